import Foundation
import RasdAnalysis

/// The files a user named: files as given, folders walked recursively (sorted, hidden entries and
/// files of other kinds skipped), `-` for standard input.
enum InputPaths {
    static let recognisedExtensions: Set<String> = ["txt", "text", "jsonl", "ndjson", "html", "htm"]

    /// Expands arguments into input paths in a stable order; a missing path becomes an error entry.
    static func expand(_ arguments: [String]) -> [Result<String, InputError>] {
        var results: [Result<String, InputError>] = []
        let files = FileManager.default
        for argument in arguments {
            if argument == "-" { results.append(.success(argument)); continue }
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: argument, isDirectory: &isFolder) else {
                results.append(.failure(InputError(argument, .unreadable("no such file or folder"))))
                continue
            }
            guard isFolder.boolValue else { results.append(.success(argument)); continue }
            results.append(contentsOf: walk(argument).map { .success($0) })
        }
        return results
    }

    private static func walk(_ folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            let ext = (name as NSString).pathExtension.lowercased()
            guard recognisedExtensions.contains(ext) else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }
}
