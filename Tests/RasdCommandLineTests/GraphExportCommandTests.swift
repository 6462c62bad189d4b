import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `rasd entity`, `rasd graph` and `rasd export` as a user runs them, over a store of three
/// team-written articles: Lavrov meets Kim in Pyongyang; Lavrov speaks through TASS; Putin
/// receives Kim in Moscow.
struct GraphExportCommandTests {
    static let articles: [[String: String]] = [
        ["id": "pyongyang-meeting", "published": "2023-10-19", "outlet": "Team", "title": "لقاء في بيونغ يانغ",
         "text": "التقى وزير الخارجية الروسي سيرغي لافروف الزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ يوم الخميس."],
        ["id": "tass-statement", "published": "2024-06-01", "outlet": "Team",
         "text": "وقال لافروف إن روسيا وكوريا الشمالية شريكان، بحسب وكالة تاس."],
        ["id": "moscow-visit", "published": "2025-07-12", "outlet": "Team",
         "text": "استقبل الرئيس فلاديمير بوتين في موسكو كيم جونغ أون، وقال بوتين إن العلاقات مع كوريا الشمالية قوية."],
    ]

    /// A scratch folder with the articles as `articles.jsonl` and a store of them, `store.sqlite`.
    static func store() throws -> (folder: URL, input: String, store: String) {
        let folder = try RasdProcess.scratchFolder()
        let input = folder.appendingPathComponent("articles.jsonl")
        let lines = try articles.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let store = folder.appendingPathComponent("store.sqlite").path
        let ingest = try RasdProcess.rasd("ingest", "--db", store, input.path)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return (folder, input.path, store)
    }

    @Test("rasd entity shows Lavrov's page: names, spellings, role, documents newest first, statements, timeline")
    func entityPage() throws {
        let (folder, _, store) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try RasdProcess.rasd("entity", "--db", store, "sergey-lavrov")
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Sergey Lavrov · سيرغي لافروف  (sergey-lavrov, PER)")
        #expect(lines.contains("2 mentions in 2 documents"))
        #expect(lines.contains("roles      وزير الخارجية الروسي [russia] (1)"))
        #expect(lines.contains("documents, newest first (2 of 2)"))
        let newest = lines.firstIndex { $0.contains("2024-06-01  tass-statement") }
        let oldest = lines.firstIndex { $0.contains("2023-10-19  pyongyang-meeting") }
        #expect(newest != nil && oldest != nil && newest! < oldest!)
        #expect(lines.contains("statements, newest first (1 of 1)"))
        #expect(lines.contains { $0.hasPrefix("  2023-10-19  event  meeting  (sergey-lavrov, kim-jong-un)") })
    }

    @Test("rasd entity --format json is the profile as one object")
    func entityJSON() throws {
        let (folder, _, store) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try RasdProcess.rasd("entity", "--db", store, "sergey-lavrov", "--format", "json")
        let profile = try #require(try RasdProcess.documents(output.stdout).first)
        #expect(profile["entity"] as? String == "sergey-lavrov")
        #expect(profile["documents"] as? Int == 2)
        #expect((profile["newest_documents"] as? [[String: Any]])?.compactMap { $0["document"] as? String }
                == ["tass-statement", "pyongyang-meeting"])
        #expect(profile["statement_count"] as? Int == 1)
        #expect((profile["statements"] as? [[String: Any]])?.first?["via"] as? [String] == ["tass"])
    }

    @Test("An entity the store does not know exits 1 and points to rasd entities", arguments: [
        ["entity", "nobody"], ["graph", "--entity", "nobody"], ["export", "--format", "jsonl", "--entity", "nobody"],
    ])
    func unknownEntity(arguments: [String]) throws {
        let (folder, _, store) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try RasdProcess.run(RasdProcess.binary, arguments + ["--db", store])
        #expect(output.status == 1)
        #expect(output.stderr.contains("no entity nobody in \(store)"))
        #expect(output.stderr.contains("rasd entities"))
        #expect(output.stdout.isEmpty)
    }

    @Test("rasd graph and rasd entity on a missing store say how to make one", arguments: [["graph"], ["entity", "x"], ["export", "--format", "gexf"]])
    func missingStore(arguments: [String]) throws {
        let output = try RasdProcess.run(RasdProcess.binary, arguments + ["--db", "/nonexistent/rasd.sqlite"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("no store at /nonexistent/rasd.sqlite"))
    }

    @Test("rasd graph --format json: around Lavrov, the meeting with Kim and what Lavrov said about Russia")
    func graphJSON() throws {
        let (folder, _, store) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try RasdProcess.rasd("graph", "--db", store, "--entity", "sergey-lavrov", "--format", "json")
        #expect(output.status == 0, "\(output.stderr)")
        let graph = try #require(try RasdProcess.documents(output.stdout).first)
        let nodes = graph["nodes"] as? [[String: Any]] ?? []
        #expect(nodes.first?["entity"] as? String == "sergey-lavrov")
        #expect(nodes.first?["hops"] as? Int == 0)
        let edges = (graph["edges"] as? [[String: Any]] ?? []).map {
            "\($0["source"] as? String ?? "") \($0["kind"] as? String ?? "") \($0["target"] as? String ?? "") \($0["weight"] as? Int ?? 0)"
        }
        #expect(edges.contains("kim-jong-un meeting sergey-lavrov 1"))
        #expect(edges.contains("sergey-lavrov says-about russia 1"))
        #expect(edges.contains("kim-jong-un co-mention sergey-lavrov 1"))
    }

    @Test("rasd graph's table lists the entities and the edges, events and statements apart from co-mentions")
    func graphTable() throws {
        let (folder, _, store) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try RasdProcess.rasd("graph", "--db", store, "--entity", "sergey-lavrov")
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix("within 1 hop of sergey-lavrov, edges seen in at least 1 document") == true)
        #expect(lines.contains("     1  meeting     kim-jong-un — sergey-lavrov  (pyongyang-meeting)"))
        #expect(lines.contains("     1  says-about  sergey-lavrov → russia  (tass-statement)"))
        #expect(lines.contains { $0.hasPrefix("co-mentions (") })
    }

    @Test("rasd export --format jsonl writes what rasd analyze writes for the same input, and it satisfies the contract")
    func exportJSONL() throws {
        let (folder, input, store) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = try RasdProcess.rasd("export", "--db", store, "--format", "jsonl")
        #expect(export.status == 0, "\(export.stderr)")
        let analysis = try RasdProcess.rasd("analyze", "--format", "jsonl", input)
        #expect(export.stdout == analysis.stdout)
        #expect(export.stdout.split(separator: "\n").count == 3)
        let validator = RasdProcess.shared.appendingPathComponent("tools/validate-analysis")
        guard FileManager.default.fileExists(atPath: validator.path) else { return }
        let file = folder.appendingPathComponent("export.jsonl")
        try export.stdout.write(to: file, atomically: true, encoding: .utf8)
        let check = try RasdProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", validator.path, file.path])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("documents=3 problems=0"))
    }

    @Test("rasd export --format csv --out writes the table with a byte order mark and CRLF, and says how many rows")
    func exportCSV() throws {
        let (folder, _, store) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mentions.csv").path
        let output = try RasdProcess.rasd("export", "--db", store, "--format", "csv", "--table", "mentions", "--entity", "sergey-lavrov",
                                          "--out", file)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("rasd: 2 rows of mentions written to \(file)"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let records = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(records.first == "document,start,end,text,entity,type,role,role_country,document_row")
        #expect(records.last == "")
        #expect(records.dropFirst().dropLast().map { $0.split(separator: ",").first.map(String.init) ?? "" }
                == ["pyongyang-meeting", "tass-statement"])
    }

    @Test("rasd export --format csv without --table is a usage error that names the tables")
    func csvNeedsTable() throws {
        let (folder, _, store) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try RasdProcess.rasd("export", "--db", store, "--format", "csv")
        #expect(output.status == 64)
        #expect(output.stderr.contains("--format csv needs --table: documents, entities, mentions"))
    }

    @Test("rasd export --format gexf writes GEXF 1.3 that an XML parser reads, Lavrov labelled by name")
    func exportGEXF() throws {
        let (folder, _, store) = try Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try RasdProcess.rasd("export", "--db", store, "--format", "gexf", "--entity", "sergey-lavrov")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
        #expect(output.stdout.contains("<node id=\"sergey-lavrov\" label=\"Sergey Lavrov\">"))
        #expect(output.stdout.contains("kind=\"meeting\" weight=\"1\""))
        let parser = XMLParser(data: Data(output.stdout.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
    }
}
