import Foundation

/// The lexicon files of a target as they stand in the repository, to check that the embedded
/// copies (`Scripts/embed-lexicons`) are up to date.
public enum LexiconFiles {
    /// File name → contents (one trailing newline dropped, as the embedder does) of
    /// `Sources/<target>/Lexicons/*.{txt,tsv}`.
    public static func contents(ofTarget target: String, testFile: String = #filePath) -> [String: String] {
        let root = URL(fileURLWithPath: testFile).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = root.appendingPathComponent("Sources/\(target)/Lexicons")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var result: [String: String] = [:]
        for name in names where name.hasSuffix(".txt") || name.hasSuffix(".tsv") {
            guard var text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { continue }
            if text.hasSuffix("\n") { text.removeLast() }
            result[name] = text
        }
        return result
    }
}
