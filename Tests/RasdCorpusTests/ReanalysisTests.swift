import Foundation
import GRDB
import RasdAnalysis
import Testing
@testable import RasdCorpus

/// `replaceAnalyses` on a real SQLite file: a store whose documents were analysed by an older
/// Rasd gets the new analyses and only their records, in one transaction that leaves the store as
/// it was when it fails; texts, metadata, the search index and near-copy groups stay.
@Suite("Analysing a stored corpus again")
struct ReanalysisTests {
    static let published = "2023-10-19"
    static let texts = [
        "قال سيرغي لافروف إن كوريا الشمالية سلمت أكثر من ألف حاوية إلى روسيا.",
        "وقال سيرجي لافروف للصحافيين إن الحوار ممكن. وأضاف لافروف أن الزيارة ناجحة.",
    ]

    /// The documents as an older analysis left them: Lavrov under a stale identifier, no other record.
    static var oldAnalyses: [AnalyzedDocument] {
        [
            HandmadeDocument("a", texts[0], published: published, outlet: "First")
                .mention("سيرغي لافروف", "per:sirgilafrof").document,
            HandmadeDocument("b", texts[1], published: published, outlet: "Second")
                .mention("سيرجي لافروف", "per:sirjilafrof").mention("لافروف", "per:lafrof").document,
        ]
    }

    /// A store holding the old analyses, and its path.
    static func oldStore() throws -> (SQLiteCorpusStore, String) {
        let path = SQLiteCorpusStoreTests.temporaryPath()
        let store = try SQLiteCorpusStore(path: path)
        try store.add(oldAnalyses)
        try store.indexPendingDocuments(minimum: 1)
        return (store, path)
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Every stored input analysed by the tests' pipeline, in batches of `size`.
    static func newAnalyses(of store: SQLiteCorpusStore, size: Int) throws -> [[Reanalysis]] {
        let inputs = try store.storedInputs(after: 0, limit: 100)
        return stride(from: 0, to: inputs.count, by: size).map { start in
            inputs[start..<min(inputs.count, start + size)].map {
                Reanalysis(row: $0.row, document: SQLiteCorpusStoreTests.pipeline.analyze($0.input))
            }
        }
    }

    /// Hands `batches` over one by one, then nil.
    static func handing(_ batches: [[Reanalysis]]) -> () throws -> [Reanalysis]? {
        var left = batches[...]
        return { left.popFirst() }
    }

    static func stored(_ sql: String, in store: SQLiteCorpusStore) throws -> [String] {
        try store.pool.read { db in try String.fetchAll(db, sql: sql) }
    }

    @Test("Stored inputs come back with their text and metadata as given, oldest stored first, a page at a time")
    func storedInputs() throws {
        let (store, path) = try Self.oldStore()
        defer { Self.remove(path) }
        let first = try store.storedInputs(after: 0, limit: 1)
        #expect(first.map(\.input) == [DocumentInput(id: "a", text: Self.texts[0], outlet: "First", published: Self.published)])
        let rest = try store.storedInputs(after: first[0].row, limit: 10)
        #expect(rest.map(\.input.id) == ["b"])
        #expect(rest[0].input.outlet == "Second")
        #expect(try store.storedInputs(after: rest[0].row, limit: 10).isEmpty)
    }

    @Test("The new analyses replace the old ones: Lavrov is one entity with his spellings, and the stale identifiers are gone")
    func replaced() throws {
        let (store, path) = try Self.oldStore()
        defer { Self.remove(path) }
        #expect(try store.counts().attributions == 0)
        #expect(try store.replaceAnalyses(Self.handing(Self.newAnalyses(of: store, size: 1))) == 2)
        let entities = try store.entities(limit: 50)
        #expect(!entities.contains { $0.entity.hasPrefix("per:") })
        let lavrov = entities.first { $0.entity == "sergey-lavrov" }
        #expect(lavrov?.documents == 2)
        #expect(lavrov?.mentions == 3)
        #expect(Set(lavrov?.aliases ?? []) == ["سيرغي لافروف", "سيرجي لافروف", "لافروف"])
        // The records are exactly those of a store made from the new analyses.
        let freshPath = SQLiteCorpusStoreTests.temporaryPath()
        defer { Self.remove(freshPath) }
        let fresh = try SQLiteCorpusStore(path: freshPath)
        try fresh.add(Self.newAnalyses(of: store, size: 2).flatMap { $0.map(\.document) })
        #expect(try store.counts() == fresh.counts())
        #expect(try store.entities(limit: 50) == fresh.entities(limit: 50))
        #expect(try store.claimLedger(entity: nil) == fresh.claimLedger(entity: nil))
        #expect(try Self.stored("SELECT analysis FROM documents ORDER BY id", in: store)
                == Self.stored("SELECT analysis FROM documents ORDER BY id", in: fresh))
    }

    @Test("Texts, metadata, the search index and near-copy groups stay as they were")
    func textsAndIndexStay() throws {
        let (store, path) = try Self.oldStore()
        defer { Self.remove(path) }
        let kept = "SELECT document || content_hash || COALESCE(outlet, '') || COALESCE(published, '') || text FROM documents ORDER BY id"
        let before = try Self.stored(kept, in: store)
        let segments = try Self.stored("SELECT id || ':' || first_document || '-' || last_document FROM search_segments", in: store)
        let found = try store.search(SearchRequest(query: "حاوية")).hits.map(\.document)
        try store.replaceAnalyses(Self.handing(Self.newAnalyses(of: store, size: 2)))
        #expect(try Self.stored(kept, in: store) == before)
        #expect(try Self.stored("SELECT id || ':' || first_document || '-' || last_document FROM search_segments", in: store) == segments)
        #expect(found == ["a"])
        #expect(try store.search(SearchRequest(query: "حاوية")).hits.map(\.document) == found)
        #expect(try store.unindexedDocuments() == 0)
    }

    @Test("A batch that fails halfway leaves every old analysis and record in place")
    func failureRollsBack() throws {
        let (store, path) = try Self.oldStore()
        defer { Self.remove(path) }
        let before = try store.entities(limit: 50)
        let analyses = try Self.stored("SELECT analysis FROM documents ORDER BY id", in: store)
        struct Interrupted: Error {}
        var handed = 0
        let batches = try Self.newAnalyses(of: store, size: 1)
        #expect(throws: Interrupted.self) {
            try store.replaceAnalyses {
                handed += 1
                if handed == 2 { throw Interrupted() }
                return batches[0]
            }
        }
        #expect(try store.entities(limit: 50) == before)
        #expect(try Self.stored("SELECT analysis FROM documents ORDER BY id", in: store) == analyses)
    }

    @Test("Batches that leave a stored document out change nothing and say how many were left out")
    func missingDocumentRollsBack() throws {
        let (store, path) = try Self.oldStore()
        defer { Self.remove(path) }
        let before = try store.entities(limit: 50)
        let onlyFirst = try Self.newAnalyses(of: store, size: 1).prefix(1)
        #expect(throws: ReanalysisIncomplete.self) { try store.replaceAnalyses(Self.handing(Array(onlyFirst))) }
        #expect(try store.entities(limit: 50) == before)
        #expect("\(ReanalysisIncomplete(stored: 2, reanalysed: 1))" == "1 of 2 stored documents got no new analysis; the store is left as it was")
    }
}
