import Foundation
import RasdAnalysis

/// The files a user named: files as given, folders walked recursively (sorted, hidden entries and
/// files of other kinds skipped), patterns a shell left unexpanded (`'data/**/*.html'`) matched,
/// `-` for standard input.
enum InputPaths {
    static let recognisedExtensions: Set<String> = [
        "txt", "text", "jsonl", "ndjson", "html", "htm", "xhtml", "warc", "rss", "atom", "xml",
    ]

    /// Expands arguments into input paths in a stable order; a missing path, or a pattern that
    /// matches nothing, becomes an error entry.
    static func expand(_ arguments: [String]) -> [Result<String, InputError>] {
        var results: [Result<String, InputError>] = []
        let files = FileManager.default
        for argument in arguments {
            if argument == "-" { results.append(.success(argument)); continue }
            var isFolder: ObjCBool = false
            if !files.fileExists(atPath: argument, isDirectory: &isFolder) && GlobPattern.isPattern(argument) {
                let matches = GlobPattern(argument).matches()
                if matches.isEmpty {
                    results.append(.failure(InputError(argument, .unreadable("no file matches this pattern"))))
                }
                for path in matches {
                    var matchIsFolder: ObjCBool = false
                    files.fileExists(atPath: path, isDirectory: &matchIsFolder)
                    if matchIsFolder.boolValue {
                        results.append(contentsOf: walk(path).map { .success($0) })
                    } else {
                        results.append(.success(path))
                    }
                }
                continue
            }
            guard files.fileExists(atPath: argument, isDirectory: &isFolder) else {
                results.append(.failure(InputError(argument, .unreadable("no such file or folder"))))
                continue
            }
            guard isFolder.boolValue else { results.append(.success(argument)); continue }
            results.append(contentsOf: walk(argument).map { .success($0) })
        }
        return results
    }

    /// Whether a file found in a folder is an input: a recognised extension (`.warc.gz` too); an
    /// `.xml` file only when it is a feed (a sitemap or a configuration file is passed over).
    static func isInput(_ path: String) -> Bool {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".warc.gz") { return true }
        let ext = (lowered as NSString).pathExtension
        guard recognisedExtensions.contains(ext) else { return false }
        guard ext == "xml" else { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }   // reported when read
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1 << 16)) ?? Data()
        return FeedReader.isFeed(rootElement: FeedReader.rootElement(of: head))
    }

    private static func walk(_ folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue, isInput(path) {
                found.append(path)
            }
        }
        return found.sorted()
    }
}
