import Foundation

/// `<repo>/../shared/corpus/seeds`, from this file's place in the repository; test suites that
/// read the seed articles are enabled only when it is there.
public enum SharedSeeds {
    public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")
    public static var isAvailable: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("seed-000.txt").path) }
}
