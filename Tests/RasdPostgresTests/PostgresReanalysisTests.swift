import Foundation
import RasdAnalysis
import RasdCorpus
@testable import RasdPostgres
import RasdTestSupport
import Testing

/// `replaceAnalyses` on PostgreSQL: seeds stored with an analysis that found no entity, analysed
/// again, give the SQLite store of the full analyses; a failure halfway changes nothing.
extension PostgresCorpusStoreTests {
    /// The seeds as an analysis without the entity stage left them, in a new database.
    static func storeWithoutEntities() throws -> PostgresCorpusStore {
        let (store, _) = try postgres()
        try store.add(seeds.map { seed in
            AnalysisPipeline.withoutEntities.analyze(DocumentInput(id: seed.id, text: seed.text))
        })
        return store
    }

    /// Every stored input of `store` analysed by the standard pipeline, a batch per document.
    static func standardAnalyses(of store: PostgresCorpusStore) throws -> [[Reanalysis]] {
        try store.storedInputs(after: 0, limit: 100).map { [Reanalysis(row: $0.row, document: AnalysisPipeline.standard.analyze($0.input))] }
    }

    @Test("Seeds stored without entities and analysed again are the SQLite store of the full analyses")
    func reanalysedEqualSQLite() throws {
        let store = try Self.storeWithoutEntities()
        defer { store.close() }
        #expect(try store.counts().entities == 0)
        var left = try Self.standardAnalyses(of: store)[...]
        #expect(try store.replaceAnalyses { left.popFirst() } == 5)
        let (reference, path) = try Self.sqlite()
        defer { Self.removeSQLite(path) }
        #expect(try store.counts() == reference.counts())
        #expect(try store.entities(limit: 100) == reference.entities(limit: 100))
        #expect(try store.claimLedger(entity: nil) == reference.claimLedger(entity: nil))
        for seed in Self.seeds {
            #expect(try store.analysisJSON(document: seed.id) == reference.analysisJSON(document: seed.id))
        }
    }

    @Test("A reanalysis that fails halfway leaves the old analyses and records in place")
    func failedReanalysisChangesNothing() throws {
        let store = try Self.storeWithoutEntities()
        defer { store.close() }
        let before = try store.counts()
        let analysis = try store.analysisJSON(document: "seed-000")
        struct Interrupted: Error {}
        var left = try Self.standardAnalyses(of: store)[...]
        #expect(throws: Interrupted.self) {
            try store.replaceAnalyses {
                if left.count == 2 { throw Interrupted() }
                return left.popFirst()
            }
        }
        #expect(try store.counts() == before)
        #expect(try store.analysisJSON(document: "seed-000") == analysis)
    }
}
