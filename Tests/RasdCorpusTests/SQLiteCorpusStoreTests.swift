import Foundation
import GRDB
import RasdAnalysis
import Testing
@testable import RasdCorpus

/// The SQLite store on a real file: documents with their records, idempotent by text, entities
/// merged across documents with the spellings seen, and tables any SQLite tool can query.
@Suite("SQLite corpus store")
struct SQLiteCorpusStoreTests {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("rasd-store-\(UUID().uuidString).sqlite").path
    }

    static let pipeline = AnalysisPipeline(stages: [
        BoilerplateStage(), MetadataStage(), SentenceStage(), GluedWordStage(), EntityStage(tagger: nil),
        TemporalStage(), QuantityStage(), AttributionStage(), EventStage(), ClaimStage(),
    ])

    static let documents = [
        pipeline.analyze(DocumentInput(id: "a", text: "قال سيرغي لافروف إن كوريا الشمالية سلمت أكثر من ألف حاوية إلى روسيا.", published: "2023-10-19")),
        pipeline.analyze(DocumentInput(id: "b", text: "وقال سيرجي لافروف للصحافيين إن الحوار ممكن. وأضاف لافروف أن الزيارة ناجحة.", published: "2023-10-20")),
    ]

    @Test("A document and its records are stored; the same text again adds nothing")
    func idempotent() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteCorpusStore(path: path)
        #expect(try store.add(Self.documents) == 2)
        let first = try store.counts()
        #expect(first.documents == 2)
        #expect(first.attributions == Self.documents.map(\.attributions.count).reduce(0, +))
        #expect(try store.add(Self.documents) == 0)
        #expect(try store.counts() == first)
        #expect(try store.contains(contentHash: ContentHash.of(Self.documents[0].text)))
    }

    @Test("One entity across documents and spellings, with the spellings seen as aliases")
    func entityAliases() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteCorpusStore(path: path)
        try store.add(Self.documents)
        let lavrov = try store.entities(limit: 50).first { $0.entity == "sergey-lavrov" }
        #expect(lavrov?.documents == 2)
        #expect(lavrov?.mentions == 3)
        #expect(Set(lavrov?.aliases ?? []) == ["سيرغي لافروف", "سيرجي لافروف", "لافروف"])
    }

    @Test("What was stored survives reopening, and the tables answer plain SQL")
    func reopen() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SQLiteCorpusStore(path: path).add(Self.documents)
        let reopened = try SQLiteCorpusStore(path: path)
        #expect(try reopened.counts().documents == 2)
        let claims = try reopened.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM claims WHERE key = ?", arguments: ["north-korea|transfer|حاويه"])
        }
        #expect(claims == 1)
        let stored = try reopened.pool.read { db in
            try String.fetchOne(db, sql: "SELECT analysis FROM documents WHERE document = 'a'")
        }
        let decoded = try JSONDecoder().decode(AnalyzedDocument.self, from: Data((stored ?? "").utf8))
        #expect(decoded == Self.documents[0])
    }

    @Test("Records keep their SQL types: integers for offsets and flags, reals for values, NULL for what is absent")
    func recordTypes() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteCorpusStore(path: path)
        try store.add(Self.documents)
        let types = try store.pool.read { db in
            try [
                String.fetchAll(db, sql: "SELECT DISTINCT typeof(start) || typeof(\"end\") || typeof(role) FROM mentions"),
                String.fetchAll(db, sql: "SELECT DISTINCT typeof(value) || typeof(value_max) || typeof(qualifier) FROM quantities"),
                String.fetchAll(db, sql: "SELECT DISTINCT typeof(direct) || typeof(content_start) || typeof(via) FROM attributions"),
                String.fetchAll(db, sql: "SELECT DISTINCT typeof(url) || typeof(published) FROM documents"),
            ]
        }
        #expect(types[0] == ["integerintegernull"])
        #expect(types[1] == ["realnulltext"])
        #expect(types[2] == ["integerintegertext"])
        #expect(types[3] == ["nulltext"])
    }

    @Test("A whole-table read goes through a small page cache, and the reader keeps its memory map for searches")
    func scanWithoutMap() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteCorpusStore(path: path)
        try store.add(Self.documents)
        let during = try store.scan { db in
            (try Int.fetchOne(db, sql: "PRAGMA mmap_size"), try Int.fetchOne(db, sql: "PRAGMA cache_size"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mentions"))
        }
        #expect(during.0 == 0)
        #expect(during.1 == -8192)
        #expect(during.2 == Self.documents.map(\.entities.count).reduce(0, +))
        let after = try store.pool.read { db in (try Int.fetchOne(db, sql: "PRAGMA mmap_size"), try Int.fetchOne(db, sql: "PRAGMA cache_size")) }
        #expect(after.0 == 1 << 30)
        #expect(after.1 == -65536)
    }

    /// The ledger of a new store holding `inputs`, analyzed.
    static func ledger(of inputs: [DocumentInput]) throws -> [ClaimCluster] {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteCorpusStore(path: path)
        try store.add(inputs.map { pipeline.analyze($0) })
        return try store.claimLedger()
    }

    @Test("One agency's story in two outlets is one origin; a denial is counted apart")
    func ledgerOrigins() throws {
        let wire = "وذكرت وكالة رويترز أن كوريا الشمالية أرسلت نحو عشرة آلاف جندي إلى روسيا."
        let troops = try Self.ledger(of: [
            DocumentInput(id: "one", text: wire, outlet: "First", published: "2024-10-01"),
            DocumentInput(id: "two", text: wire + " ", outlet: "Second", published: "2024-10-02"),
            DocumentInput(id: "three", text: "ونفت كوريا الشمالية أنها أرسلت نحو عشرة آلاف جندي إلى روسيا.", outlet: "Third", published: "2024-10-03"),
        ]).first { $0.key == "north-korea|deployment|جندي" }
        #expect(troops?.claims.count == 3)
        #expect(troops?.sources == ["First", "Second", "Third"])
        #expect(troops?.corroborations == 1)
        #expect(troops?.denials == 1)
    }

    @Test("A claim that names no subject is one claim only with the near-copies of its own story")
    func ledgerSubjectless() throws {
        let somalia = "وأرسلت مئات الجنود إلى الصومال يوم الاثنين لحماية المطار."
        let troops = try Self.ledger(of: [
            DocumentInput(id: "one", text: somalia, outlet: "First", published: "2024-03-04"),
            DocumentInput(id: "two", text: somalia + " ", outlet: "Second", published: "2024-03-04"),
            DocumentInput(id: "three", text: "وتم إرسال نحو 200 جندي إلى ليبيا يوم الاثنين في إطار مهمة التدريب.", outlet: "Third", published: "2024-03-04"),
        ]).filter { $0.key == "-|deployment|جندي" }
        #expect(troops.map { $0.claims.map(\.document) } == [["one", "two"], ["three"]])
        #expect(troops.map(\.sources) == [["First", "Second"], ["Third"]])
        #expect(troops.map(\.corroborations) == [1, 1])
    }

    @Test("A timeline item that names no one is one item only with the near-copies of its document")
    func timelineWithoutParticipants() {
        func row(_ document: String, participants: String, copies: Int64) -> TimelineItem.Row {
            TimelineItem.Row(kind: "claim", what: "-|deployment|جندي", participants: participants, date: "2024-03-04",
                             document: document, source: "outlet-\(document)", copies: copies)
        }
        let unnamed = TimelineItem.items([row("a", participants: "[null,null]", copies: 1), row("b", participants: "[null,null]", copies: 1),
                                          row("c", participants: "[null,null]", copies: 3)])
        #expect(unnamed.map(\.documents) == [["a", "b"], ["c"]])
        let named = TimelineItem.items([row("a", participants: "[null,\"libya\"]", copies: 1),
                                        row("c", participants: "[null,\"libya\"]", copies: 3)])
        #expect(named.map(\.documents) == [["a", "c"]])
    }

    @Test("A timeline date's grain is read off its shape")
    func grains() {
        #expect(TimelineItem.grain(of: "2023") == "year")
        #expect(TimelineItem.grain(of: "2023-10") == "month")
        #expect(TimelineItem.grain(of: "2023-10-19") == "day")
        #expect(TimelineItem.grain(of: "2023-W41") == "week")
        #expect(TimelineItem.grain(of: "2025-Q3") == "quarter")
        #expect(TimelineItem.grain(of: "2013-02-12T15:00") == "minute")
    }
}
