import Foundation
import Testing

/// `rasd ingest` and `rasd entities` as a user runs them: idempotent, going on past a bad input,
/// and a store that an ingest killed at any moment and run again leaves as a clean run would.
struct IngestCommandTests {
    /// Team-written JSON Lines: `count` short articles, each a statement with a number of its own.
    static func articles(_ count: Int, in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent("articles.jsonl")
        var lines = ""
        for number in 0..<count {
            let text = "وقال سيرغي لافروف في اليوم \(number + 1) إن كوريا الشمالية سلمت \(number + 100) حاوية إلى روسيا. وأضاف أن الحوار ممكن."
            let record: [String: Any] = ["id": "article-\(number)", "text": text, "published": "2024-03-14"]
            lines += String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self) + "\n"
        }
        try lines.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func holds(_ output: RasdProcess.Output) -> String? {
        output.stderr.split(separator: "\n").last { $0.contains(" holds ") }.map(String.init)?
            .components(separatedBy: " holds ").last
    }

    @Test("Ingesting the same documents twice adds nothing the second time")
    func twice() throws {
        let folder = try RasdProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.articles(12, in: folder).path
        let store = folder.appendingPathComponent("store.sqlite").path
        let first = try RasdProcess.rasd("ingest", "--db", store, input)
        #expect(first.status == 0)
        #expect(first.stderr.contains("12 documents added, 0 already stored"))
        let second = try RasdProcess.rasd("ingest", "--db", store, input)
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 documents added, 12 already stored"))
        #expect(Self.holds(first) == Self.holds(second))
        let entities = try RasdProcess.rasd("entities", "--db", store, "--format", "json")
        let lavrov = try RasdProcess.documents(entities.stdout).first { $0["entity"] as? String == "sergey-lavrov" }
        #expect(lavrov?["documents"] as? Int == 12)
    }

    @Test("A bad input is reported, the rest is stored, and the exit status says so")
    func badInput() throws {
        let folder = try RasdProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.articles(3, in: folder).path
        let store = folder.appendingPathComponent("store.sqlite").path
        let output = try RasdProcess.rasd("ingest", "--db", store, folder.appendingPathComponent("missing.txt").path, input)
        #expect(output.status == 1)
        #expect(output.stderr.contains("missing.txt"))
        #expect(output.stderr.contains("3 documents added"))
    }

    @Test("rasd entities keeps one type with --type and the entities a spelling names with --name")
    func entityFilters() throws {
        let folder = try RasdProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.articles(3, in: folder).path
        let store = folder.appendingPathComponent("store.sqlite").path
        #expect(try RasdProcess.rasd("ingest", "--db", store, input).status == 0)
        func entities(_ filter: String...) throws -> [String] {
            let output = try RasdProcess.run(RasdProcess.binary, ["entities", "--db", store, "--format", "json"] + filter)
            return try RasdProcess.documents(output.stdout).compactMap { $0["entity"] as? String }
        }
        #expect(try entities("--type", "PER") == ["sergey-lavrov"])
        #expect(try entities("--type", "gpe").sorted() == ["north-korea", "russia"])
        #expect(try entities("--name", "سيرغي") == ["sergey-lavrov"])
        #expect(try entities("--name", "كوريا") == ["north-korea"])
        let wrong = try RasdProcess.rasd("entities", "--db", store, "--type", "PERSON")
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("--type must be one of PER, ORG, GPE, LOC, MISC"))
    }

    @Test("A store without data is a clear error for rasd entities")
    func missingStore() throws {
        let output = try RasdProcess.rasd("entities", "--db", "/nonexistent/rasd.sqlite")
        #expect(output.status == 1)
        #expect(output.stderr.contains("no store at /nonexistent/rasd.sqlite"))
    }

    @Test("An ingest killed with SIGKILL and run again leaves the store a clean run leaves")
    func killedAndResumed() throws {
        let folder = try RasdProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.articles(300, in: folder).path
        let clean = folder.appendingPathComponent("clean.sqlite").path
        let resumed = folder.appendingPathComponent("resumed.sqlite").path
        let reference = try RasdProcess.rasd("ingest", "--db", clean, "--batch", "10", input)

        let process = Process()
        process.executableURL = RasdProcess.binary
        process.arguments = ["ingest", "--db", resumed, "--batch", "10", input]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.8)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let rerun = try RasdProcess.rasd("ingest", "--db", resumed, "--batch", "10", input)
        #expect(rerun.status == 0)
        #expect(Self.holds(rerun) == Self.holds(reference))
        let cleanEntities = try RasdProcess.rasd("entities", "--db", clean, "--format", "json", "--limit", "100").stdout
        let resumedEntities = try RasdProcess.rasd("entities", "--db", resumed, "--format", "json", "--limit", "100").stdout
        #expect(cleanEntities == resumedEntities)
        for query in ["حاوية", "\"كوريا الشمالية\" لافروف", "اليوم 7"] {
            let cleanHits = try RasdProcess.rasd("search", "--db", clean, "--format", "json", "--limit", "50", query).stdout
            let resumedHits = try RasdProcess.rasd("search", "--db", resumed, "--format", "json", "--limit", "50", query).stdout
            #expect(cleanHits == resumedHits, "\(query)")
        }
    }

    @Test("rasd search finds inflected forms, prints snippets with the matches marked, and refuses a bad date")
    func search() throws {
        let folder = try RasdProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.articles(3, in: folder).path
        let store = folder.appendingPathComponent("store.sqlite").path
        #expect(try RasdProcess.rasd("ingest", "--db", store, input).status == 0)
        let output = try RasdProcess.rasd("search", "--db", store, "حاويات")
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("3 documents match"))
        #expect(output.stdout.contains("[حاوية]"))
        let bad = try RasdProcess.rasd("search", "--db", store, "--from", "14/03/2024", "حاوية")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("is not a date"))
    }
}
