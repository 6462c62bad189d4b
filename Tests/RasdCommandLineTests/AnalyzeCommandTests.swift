import Foundation
import Testing

@Suite("rasd analyze")
struct AnalyzeCommandTests {
    @Test("documents come out in input order, one JSON object per line")
    func inputOrder() throws {
        let folder = try RasdProcess.scratchFolder()
        var paths: [String] = []
        for index in 0..<12 {
            let path = folder.appendingPathComponent("doc-\(index).txt").path
            try "خبر رقم \(index). قال المتحدث إن الاجتماع انتهى.\n".write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        let output = try RasdProcess.run(RasdProcess.binary, ["analyze", "--format", "jsonl"] + paths.reversed())
        #expect(output.status == 0)
        let ids = try RasdProcess.documents(output.stdout).compactMap { $0["id"] as? String }
        #expect(ids == (0..<12).reversed().map { "doc-\($0)" })
    }

    @Test("a bad file is named on stderr, the batch goes on, the exit status is 1")
    func badFilesDoNotStopTheBatch() throws {
        let folder = try RasdProcess.scratchFolder()
        let good = folder.appendingPathComponent("good.txt")
        let invalid = folder.appendingPathComponent("invalid.txt")
        let empty = folder.appendingPathComponent("empty.txt")
        let binary = folder.appendingPathComponent("binary.txt")
        try "وصل الوفد إلى العاصمة.".write(to: good, atomically: true, encoding: .utf8)
        try Data([0xD9, 0x82, 0xD8, 0xA7, 0xFF, 0xD9, 0x84]).write(to: invalid)
        try Data().write(to: empty)
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: binary)
        let missing = folder.appendingPathComponent("missing.txt").path

        let output = try RasdProcess.rasd("analyze", "--format", "jsonl", invalid.path, empty.path, good.path,
                                          binary.path, missing)
        #expect(output.status == 1)
        let ids = try RasdProcess.documents(output.stdout).compactMap { $0["id"] as? String }
        #expect(ids == ["good"])
        #expect(output.stderr.contains("\(invalid.path): not valid UTF-8 at byte 4"))
        #expect(output.stderr.contains("\(empty.path): empty"))
        #expect(output.stderr.contains("\(binary.path): looks like a binary file"))
        #expect(output.stderr.contains("\(missing): cannot be read: no such file or folder"))
        #expect(output.stderr.contains("1 documents analyzed, 4 inputs failed"))
    }

    @Test("JSON Lines: record ids, #N for records without one, given fields win, bad lines named")
    func jsonLines() throws {
        let folder = try RasdProcess.scratchFolder()
        let path = folder.appendingPathComponent("wire.jsonl")
        let lines = [
            #"{"id": "a-1", "text": "تاريخ النشر: 3 مارس 2024\nالمصدر: الجزيرة\nقال الوزير إن المحادثات مستمرة.", "outlet": "Reuters", "published": "2024-03-05T10:15:00Z"}"#,
            #"{"text": "عاد الفريق إلى بلاده."}"#,
            #"{"text": "غير مكتمل"#,
            #"{"title": "بلا نص"}"#,
            "",
            #"{"text": "وصلت السفينة.", "published": "أمس"}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(to: path, atomically: true, encoding: .utf8)
        let output = try RasdProcess.rasd("analyze", "--format", "jsonl", path.path)
        #expect(output.status == 1)
        let documents = try RasdProcess.documents(output.stdout)
        #expect(documents.compactMap { $0["id"] as? String } == ["a-1", "wire#2", "wire#5"])
        #expect(documents.first?["outlet"] as? String == "Reuters")
        #expect(documents.first?["published"] as? String == "2024-03-05T10:15:00")
        #expect(documents.last?["published"] is NSNull)
        #expect(output.stderr.contains("\(path.path):3: not a valid JSON object"))
        #expect(output.stderr.contains("\(path.path):4: the record has no \"text\" string"))
        #expect(output.stderr.contains("\(path.path):6: ignoring \"published\""))
    }

    @Test("standard input with --published as the reference date")
    func standardInput() throws {
        let output = try RasdProcess.rasd("analyze", "--format", "json", "--published", "2024-03-14", "-",
                                          stdin: Data("التقى الوزيران في الرياض اليوم.".utf8))
        #expect(output.status == 0)
        let array = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]]
        #expect(array?.count == 1)
        #expect(array?.first?["id"] as? String == "stdin")
        #expect(array?.first?["published"] as? String == "2024-03-14")
        #expect(array?.first?["text"] as? String == "التقى الوزيران في الرياض اليوم.")
    }

    @Test("a JSON Lines record over the size limit is reported and skipped")
    func oversizedRecord() throws {
        let folder = try RasdProcess.scratchFolder()
        let path = folder.appendingPathComponent("big.jsonl")
        let huge = String(repeating: "كلمة ", count: 40_000)
        let content = #"{"id": "big", "text": "\#(huge)"}"# + "\n" + #"{"id": "small", "text": "نص قصير."}"# + "\n"
        try content.write(to: path, atomically: true, encoding: .utf8)
        let output = try RasdProcess.rasd("analyze", "--format", "jsonl", "--max-document-bytes", "100000", path.path)
        #expect(output.status == 1, "stdout: \(output.stdout.prefix(300)) stderr: \(output.stderr)")
        #expect(try RasdProcess.documents(output.stdout).compactMap { $0["id"] as? String } == ["small"])
        #expect(output.stderr.contains("\(path.path):1:"))
        #expect(output.stderr.contains("over the 100000-byte limit"))
    }

    @Test("invalid options get a message a person can act on")
    func invalidOptions() throws {
        let output = try RasdProcess.rasd("analyze", "--published", "yesterday", "x.txt")
        #expect(output.status != 0)
        #expect(output.stderr.contains("--published must be an ISO 8601 date"))
    }

    @Test("CRLF text is kept exactly, offsets count the carriage returns")
    func crlfKept() throws {
        let folder = try RasdProcess.scratchFolder()
        let path = folder.appendingPathComponent("crlf.txt")
        let text = "السطر الأول.\r\nالسطر الثاني.\r\n"
        try Data(text.utf8).write(to: path)
        let output = try RasdProcess.rasd("analyze", "--format", "jsonl", path.path)
        let document = try #require(try RasdProcess.documents(output.stdout).first)
        #expect(document["text"] as? String == text)
    }

    @Test("--db also stores the documents, once however often it runs, and says how to browse them")
    func storesWithDB() throws {
        let folder = try RasdProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("examples.sqlite").path
        let input = RasdProcess.repositoryRoot.appendingPathComponent("Examples/articles").path
        let first = try RasdProcess.rasd("analyze", input, "--db", store)
        #expect(first.status == 0)
        #expect(first.stderr.contains("\(store) holds 10 documents (10 new)"))
        #expect(first.stderr.contains("serve --db \(store)` and open http://127.0.0.1:8080/"))
        let again = try RasdProcess.rasd("analyze", input, "--db", store)
        #expect(again.stderr.contains("\(store) holds 10 documents (0 new)"))
        let search = try RasdProcess.rasd("search", "--db", store, "--format", "json", "لافروف")
        #expect(search.stdout.contains("\"document\":\"wire-001\""))
    }

    @Test("--db with a PostgreSQL URL is refused before anything is analyzed, and says to use ingest")
    func refusesPostgresDB() throws {
        let input = RasdProcess.repositoryRoot.appendingPathComponent("Examples/articles").path
        let result = try RasdProcess.rasd("analyze", input, "--db", "postgres://rasd:secret@127.0.0.1:1/news")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("to store into PostgreSQL, run `rasd ingest --db postgres://rasd:***@127.0.0.1:1/news PATH…`"))
    }
}
