import Foundation
import GRDB
import RasdAnalysis
import RasdTestSupport
import Testing
@testable import RasdCorpus

/// The five seed articles ingested together (`../shared/corpus/seeds`), as the corpus issue
/// measures the store: Lavrov one entity with his spellings as aliases, Kirby's container claim
/// under one key from two sources.
@Suite("Seed articles in a store", .enabled(if: SharedSeeds.isAvailable,
       "../shared/corpus/seeds is not beside the repository: seed store tests are skipped"))
struct SeedCorpusStoreTests {
    static let seeds = SharedSeeds.folder

    static func store() throws -> (SQLiteCorpusStore, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-seeds-\(UUID().uuidString).sqlite").path
        let store = try SQLiteCorpusStore(path: path)
        let documents = try (0..<5).map { number -> AnalyzedDocument in
            let id = "seed-00\(number)"
            let text = try String(contentsOf: seeds.appendingPathComponent("\(id).txt"), encoding: .utf8)
            return AnalysisPipeline.standard.analyze(DocumentInput(id: id, text: text))
        }
        try store.add(documents)
        try store.indexPendingDocuments()
        return (store, path)
    }

    @Test("Lavrov is one entity, in the three articles that name him, with the spellings seen as aliases")
    func lavrov() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lavrov = try store.entities(limit: 500).first { $0.entity == "sergey-lavrov" }
        #expect(lavrov?.documents == 3)
        #expect(lavrov?.aliases.contains("لافروف") == true)
        #expect(lavrov?.aliases.contains("سيرغي لافروف") == true)
    }

    @Test("Kirby's container claim has one key from two sources' articles")
    func kirbyClaim() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let rows = try store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT documents.document AS document, claims.source AS source, claims.value AS value FROM claims
                JOIN documents ON documents.id = claims.document WHERE claims.key = ? ORDER BY documents.document
                """, arguments: ["north-korea|transfer|حاويه"])
        }
        let kirby = rows.filter { ($0["source"] as String?) == "john-kirby" }.map { $0["document"] as String }
        #expect(kirby == ["seed-000", "seed-003"])
        #expect(rows.contains { ($0["value"] as Double?) == 28000 })
    }
}

extension SeedCorpusStoreTests {
    @Test("The ledger shows Kirby's claim from two articles, the Kremlin's denial of it, and the figure moving from 1,000 to 28,000")
    func ledger() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let containers = try store.claimLedger().first { $0.key == "north-korea|transfer|حاويه" }
        #expect(containers?.claims.filter { $0.source == "john-kirby" }.map(\.document).sorted() == ["seed-000", "seed-003"])
        #expect(containers?.corroborations == 2)
        #expect(containers?.values.map(\.value) == [1000, 1000, 28000])
        let denials = containers?.claims.filter { $0.stance == "deny" }
        #expect(denials?.map(\.source) == ["kremlin"])
        #expect(denials?.map(\.document) == ["seed-000"])
        #expect(containers?.denials == 1)
        #expect(try store.claimLedger(entity: "john-kirby").map(\.key) == ["north-korea|transfer|حاويه"])
    }

    @Test("A ledger entry lists its reports by date, those with no date (seed-001 has none) last")
    func ledgerUndatedLast() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let transfers = try store.claimLedger().first { $0.key == "north-korea|transfer|russia" }
        #expect(transfers?.claims.map(\.document) == ["seed-000", "seed-000", "seed-001", "seed-001"])
        #expect(transfers?.claims.map { $0.date ?? $0.published } == ["2023-10-19", "2023-10-19", nil, nil])
    }
}

extension SeedCorpusStoreTests {
    @Test("The timeline orders Lavrov's 2023 meeting in Pyongyang before his 2025 one")
    func timeline() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let items = try store.timeline(entity: "sergey-lavrov")
        let meetings = items.filter { $0.kind == "event" && $0.what == "meeting" }.map(\.date)
        #expect(meetings.first == "2023-10-19")
        #expect(meetings.last == "2025-07-12")
        #expect(items.map(\.date) == items.map(\.date).sorted())
        #expect(items.allSatisfy { $0.participants.contains("sergey-lavrov") })
    }

    @Test("A search for قذائف finds the four articles that say قذيفة, القذائف, بقذائف or وقذائف, and not the fifth")
    func searchInflected() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let found = try store.search(SearchRequest(query: "قذائف")).hits.map(\.document)
        #expect(Set(found) == ["seed-000", "seed-001", "seed-002", "seed-003"])
    }
}
