import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GRDB
import RasdAnalysis
import Testing
@testable import RasdCorpus

/// Exports of small team-written stores: CSV as spreadsheets read it, JSON Lines equal to the
/// stored analyses, GEXF that an XML parser reads back exactly.
@Suite("Exports")
struct ExportTests {
    typealias Doc = HandmadeDocument

    /// What an export wrote, as bytes.
    final class Collected {
        var bytes: [UInt8] = []
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    static func export(_ body: (ExportStream) throws -> Void) throws -> Collected {
        let collected = Collected()
        let stream = ExportStream(capacity: 7) { collected.bytes.append(contentsOf: $0) }
        try body(stream)
        try stream.flush()
        return collected
    }

    static func store() throws -> (store: SQLiteCorpusStore, path: String) {
        try Doc.store([
            Doc("d1", "قال لافروف: \"نعم، ممكن\"\nثم غادر إلى كيم.", published: "2023-10-19", title: "=HYPERLINK(\"x\")", outlet: "A, B")
                .mention("لافروف", "lavrov", canonical: "Sergey Lavrov").mention("كيم", "kim")
                .statement("قال", speaker: "lavrov", speakerText: "لافروف", content: "\"نعم، ممكن\"\nثم غادر", via: ["afp", "tass"])
                .event("meeting", "غادر", ["lavrov", "kim"]),
            Doc("d2", "بوتين وحده.").mention("بوتين", "putin"),
        ])
    }

    // MARK: CSV

    @Test("A CSV field is quoted when it must be, guarded when a spreadsheet would run it, numeric when it is a number",
          arguments: [
              (CSVField.text("لافروف"), "لافروف"),
              (.text("نعم، ممكن"), "نعم، ممكن"),          // the Arabic comma is not a separator
              (.text("a,b"), "\"a,b\""),
              (.text("قال \"نعم\""), "\"قال \"\"نعم\"\"\""),
              (.text("سطر\nسطر"), "\"سطر\nسطر\""),
              (.text("سطر\r\nسطر"), "\"سطر\r\nسطر\""),
              (.text("=1+1"), "'=1+1"),
              (.text("+20"), "'+20"),
              (.text("-5"), "'-5"),
              (.text("@SUM(A1)"), "'@SUM(A1)"),
              (.text("\tx"), "'\tx"),
              (.text("=\"a,b\""), "\"'=\"\"a,b\"\"\""),
              (.text("a=b"), "a=b"),
              (.text(""), ""),
              (.text(nil), ""),
              (.number(-5), "-5"),
              (.number(1000), "1000"),
              (.number(1.5), "1.5"),
              (.integer(-3), "-3"),
              (.boolean(true), "true"),
              (.boolean(nil), ""),
          ])
    func csvField(field: CSVField, expected: String) {
        #expect(field.encoded == expected)
    }

    @Test("A CSV export starts with a byte order mark and ends every record with CRLF")
    func csvFraming() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let written = try Self.export { try store.exportCSV(.documents, to: $0) }
        #expect(Array(written.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(written.text.hasSuffix("\r\n"))
        let records = try CSVReader.records(written.text)
        #expect(records.count == 3)
        #expect(records[0] == ["id", "document", "title", "url", "outlet", "author", "published", "duplicate_group", "characters"])
        #expect(records[1] == ["1", "d1", "'=HYPERLINK(\"x\")", "", "A, B", "", "2023-10-19", "1", "40"])
    }

    @Test("Each table's CSV header is its documented columns", arguments: CorpusTable.allCases)
    func csvHeaders(table: CorpusTable) throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let header = try CSVReader.records(try Self.export { try store.exportCSV(table, to: $0) }.text).first
        let expected: [CorpusTable: [String]] = [
            .documents: ["id", "document", "title", "url", "outlet", "author", "published", "duplicate_group", "characters"],
            .entities: ["entity", "type", "canonical", "canonical_ar", "mentions", "documents", "aliases"],
            .mentions: ["document", "start", "end", "text", "entity", "type", "role", "role_country", "document_row"],
            .dates: ["document", "start", "end", "text", "value", "end_value", "grain", "relative", "document_row"],
            .quantities: ["document", "start", "end", "text", "value", "value_max", "unit", "unit_lemma", "qualifier", "per", "document_row"],
            .attributions: ["document", "cue_start", "cue_end", "cue", "speaker_start", "speaker_end", "speaker", "speaker_entity",
                            "content_start", "content_end", "content", "direct", "stance", "via", "document_row"],
            .events: ["document", "type", "trigger_start", "trigger_end", "trigger", "participants", "place", "date", "document_row"],
            .claims: ["document", "key", "subject", "predicate", "object", "value", "value_max", "qualifier", "date", "source",
                      "recipient", "stance", "via", "evidence_start", "evidence_end", "evidence", "document_row"],
        ]
        #expect(header == expected[table])
    }

    @Test("A statement's quoted, multi-line content and its relays read back exactly from the CSV")
    func csvAttributions() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let records = try CSVReader.records(try Self.export { try store.exportCSV(.attributions, to: $0) }.text)
        #expect(records.count == 2)
        #expect(records[1] == ["d1", "0", "3", "قال", "4", "10", "لافروف", "lavrov", "12", "31", "\"نعم، ممكن\"\nثم غادر", "false",
                               "assert", "afp | tass", "1"])
    }

    @Test("Event participants are joined with | and the row names its document")
    func csvEvents() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let records = try CSVReader.records(try Self.export { try store.exportCSV(.events, to: $0) }.text)
        #expect(records.dropFirst().map { [$0[0], $0[1], $0[5]] } == [["d1", "meeting", "lavrov | kim"]])
    }

    @Test("With an entity, the mentions CSV has its mentions only, and the documents CSV the documents that name it")
    func csvEntityFilter() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let mentions = try CSVReader.records(try Self.export { try store.exportCSV(.mentions, entity: "putin", to: $0) }.text)
        #expect(mentions.dropFirst().map { [$0[0], $0[3], $0[4]] } == [["d2", "بوتين", "putin"]])
        let documents = try CSVReader.records(try Self.export { try store.exportCSV(.documents, entity: "kim", to: $0) }.text)
        #expect(documents.dropFirst().map { $0[1] } == ["d1"])
        let entities = try CSVReader.records(try Self.export { try store.exportCSV(.entities, entity: "kim", to: $0) }.text)
        #expect(Set(entities.dropFirst().map { $0[0] }) == ["kim", "lavrov"])
    }

    // MARK: JSON Lines

    @Test("The JSON Lines export is the stored analyses, one per line, in stored order")
    func jsonl() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let written = try Self.export { try store.exportJSONL(to: $0) }
        let stored = try store.pool.read { db in try String.fetchAll(db, sql: "SELECT analysis FROM documents ORDER BY id") }
        #expect(written.text == stored.map { $0 + "\n" }.joined())
        let decoded = try written.text.split(separator: "\n").map { try JSONDecoder().decode(AnalyzedDocument.self, from: Data($0.utf8)) }
        #expect(decoded.map(\.id) == ["d1", "d2"])
        #expect(decoded[0].attributions.first?.content.text == "\"نعم، ممكن\"\nثم غادر")
    }

    @Test("With an entity, the JSON Lines export has the documents that name it")
    func jsonlEntity() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var count = 0
        let written = try Self.export { count = try store.exportJSONL(entity: "putin", to: $0) }
        #expect(count == 1)
        #expect(written.text.split(separator: "\n").count == 1)
        #expect(written.text.contains("\"id\":\"d2\""))
    }

    // MARK: GEXF

    @Test("Text is escaped for XML: markup characters as entities, line breaks as references, forbidden controls dropped",
          arguments: [
              ("AT&T", "AT&amp;T"), ("<b>", "&lt;b&gt;"), ("\"x\" 'y'", "&quot;x&quot; &apos;y&apos;"),
              ("سطر\nسطر", "سطر&#10;سطر"), ("a\u{1}b", "ab"), ("كيم جونغ أون", "كيم جونغ أون"),
          ])
    func xmlEscaping(text: String, expected: String) {
        #expect(XMLEscaping.escaped(text) == expected)
    }

    static func gexfStore() throws -> (store: SQLiteCorpusStore, path: String) {
        try Doc.store([
            Doc("d1", "اجتمعت شركة آند مع كيم.").mention("شركة آند", "org:a&b<c>", type: "ORG", canonical: "AT&T <\"Bell\"> 'Labs'\nInc")
                .mention("كيم", "kim", canonicalAr: "كيم جونغ أون").event("meeting", "اجتمعت", ["org:a&b<c>", "kim"])
                .statement("اجتمعت", speaker: "kim", content: "شركة آند"),
        ])
    }

    @Test("The GEXF is well-formed GEXF 1.3 whose names, Arabic included, read back exactly")
    func gexf() throws {
        let (store, path) = try Self.gexfStore()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let written = try Self.export { try store.exportGEXF(to: $0) }
        let xml = try GEXFReader.read(Data(written.bytes))
        #expect(xml.root == "gexf")
        #expect(xml.namespace == "http://gexf.net/1.3")
        #expect(xml.version == "1.3")
        #expect(xml.nodes.map(\.id) == ["kim", "org:a&b<c>"])
        #expect(xml.nodes.map(\.label) == ["كيم جونغ أون", "AT&T <\"Bell\"> 'Labs'\nInc"])
        #expect(xml.nodeValues["kim"]?["type"] == "PER")
        #expect(xml.nodeValues["kim"]?["documents"] == "1")
    }

    @Test("GEXF edges carry their kind, weight and direction")
    func gexfEdges() throws {
        let (store, path) = try Self.gexfStore()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let xml = try GEXFReader.read(Data(try Self.export { try store.exportGEXF(to: $0) }.bytes))
        let edges = xml.edges.map { "\($0["source"] ?? "") \($0["kind"] ?? "") \($0["target"] ?? "") \($0["weight"] ?? "") \($0["type"] ?? "-")" }
        #expect(Set(edges) == [
            "kim co-mention org:a&b<c> 1 -", "kim meeting org:a&b<c> 1 -", "kim says-about org:a&b<c> 1 directed",
        ])
        #expect(xml.edges.allSatisfy { $0["documents"] == "d1" })
    }
}

/// An RFC 4180 reader for the tests: a byte order mark first, records ended by CRLF, fields in
/// quotes may hold commas, quotes (doubled) and line breaks.
enum CSVReader {
    struct Malformed: Error { var at: Int }

    static func records(_ text: String) throws -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == "\u{FEFF}" else { throw Malformed(at: 0) }
        var records: [[String]] = [], record: [String] = [], field = String.UnicodeScalarView()
        var index = 1, quoted = false
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" { field.append("\""); index += 1 } else { quoted = false }
                } else {
                    field.append(scalar)
                }
            } else if scalar == "\"" {
                guard field.isEmpty else { throw Malformed(at: index) }
                quoted = true
            } else if scalar == "," {
                record.append(String(field)); field = String.UnicodeScalarView()
            } else if scalar == "\r" {
                guard index + 1 < scalars.count, scalars[index + 1] == "\n" else { throw Malformed(at: index) }
                record.append(String(field)); field = String.UnicodeScalarView()
                records.append(record); record = []
                index += 1
            } else if scalar == "\n" {
                throw Malformed(at: index)  // a bare line feed outside quotes
            } else {
                field.append(scalar)
            }
            index += 1
        }
        guard !quoted, record.isEmpty, field.isEmpty else { throw Malformed(at: scalars.count) }
        return records
    }
}

/// What the tests read back from a GEXF file with Foundation's XMLParser.
final class GEXFReader: NSObject, XMLParserDelegate {
    struct Node { var id: String; var label: String }
    var root = "", namespace = "", version = ""
    var nodes: [Node] = []
    var nodeValues: [String: [String: String]] = [:]
    var edges: [[String: String]] = []
    private var inNode: String?, inEdge = false

    static func read(_ data: Data) throws -> GEXFReader {
        let reader = GEXFReader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch element {
        case "gexf":
            root = element
            namespace = namespaceURI ?? ""
            version = attributes["version"] ?? ""
        case "node":
            nodes.append(Node(id: attributes["id"] ?? "", label: attributes["label"] ?? ""))
            inNode = attributes["id"]
        case "edge":
            edges.append(attributes)
            inEdge = true
        case "attvalue":
            if let node = inNode { nodeValues[node, default: [:]][attributes["for"] ?? ""] = attributes["value"] }
            if inEdge { edges[edges.count - 1][attributes["for"] ?? ""] = attributes["value"] }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "node" { inNode = nil }
        if element == "edge" { inEdge = false }
    }
}
