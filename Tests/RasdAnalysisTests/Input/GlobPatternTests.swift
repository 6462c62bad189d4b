import Foundation
import Testing
@testable import RasdAnalysis

@Suite("Glob patterns")
struct GlobPatternTests {
    @Test("One path component", arguments: [
        ("page.html", "*.html", true), ("page.htm", "*.html", false), ("a1.txt", "a?.txt", true),
        ("b7.jsonl", "[a-c][0-9].jsonl", true), ("d7.jsonl", "[!a-c]7.jsonl", true), ("a7.jsonl", "[!a-c]7.jsonl", false),
        (".hidden.html", "*.html", false), (".hidden.html", ".*.html", true), ("[x].txt", "[x].txt", false),
        ("news-2025-02.warc.gz", "news-*-*.warc.gz", true), ("aaaaaaaaaaaaaaaaaaaaaaab", "*a*a*a*a*a*a*c", false),
    ])
    func component(name: String, pattern: String, matches: Bool) {
        #expect(GlobPattern.matches(name, pattern) == matches)
    }

    @Test("** matches any number of folders, none included; results sorted")
    func doubleStar() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-glob-\(UUID().uuidString)")
        for path in ["a.html", "x/b.html", "x/y/c.html", "x/y/d.txt", ".git/e.html", "x/.cache/f.html"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("<p>نص</p>".utf8).write(to: url)
        }
        defer { try? FileManager.default.removeItem(at: root) }
        let base = root.path
        #expect(GlobPattern("\(base)/**/*.html").matches() == ["\(base)/a.html", "\(base)/x/b.html", "\(base)/x/y/c.html"])
        #expect(GlobPattern("\(base)/x/*/*.txt").matches() == ["\(base)/x/y/d.txt"])
        #expect(GlobPattern("\(base)/*.warc").matches().isEmpty)
    }
}
