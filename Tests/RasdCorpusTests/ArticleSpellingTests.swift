import Foundation
import GRDB
import RasdAnalysis
import Testing
@testable import RasdCorpus

/// A name after the preposition `ل` (`للسعودية`) has the span `لسعودية`: its spellings seen count
/// it under `السعودية` when the entity is seen so too, whichever comes first; a name that starts
/// with `ل` (`للندن` → `لندن`) keeps its own spelling.
@Suite("Spellings with the article's alif elided")
struct ArticleSpellingTests {
    static let withArticle = HandmadeDocument("full", "وصل الوفد إلى السعودية أمس.")
        .mention("السعودية", "saudi-arabia", type: "GPE").document
    static let elided = HandmadeDocument("elided", "وجه الوفد الشكر للسعودية على الاستضافة.")
        .mention("لسعودية", "saudi-arabia", type: "GPE").document
    static let london = HandmadeDocument("london", "سافر الوفد من لندن إلى باريس.")
        .mention("لندن", "london", type: "GPE").document
    static let toLondon = HandmadeDocument("to-london", "عاد الوفد للندن مساء الأحد.")
        .mention("لندن", "london", type: "GPE").document

    /// The spellings of `entity` with their counts.
    static func spellings(_ entity: String, in store: SQLiteCorpusStore) throws -> [String: Int] {
        try store.pool.read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT alias, count FROM aliases WHERE entity = ?", arguments: [entity]) {
                counts[row["alias"]] = row["count"]
            }
            return counts
        }
    }

    static func store(_ batches: [[AnalyzedDocument]]) throws -> (SQLiteCorpusStore, String) {
        let path = SQLiteCorpusStoreTests.temporaryPath()
        let store = try SQLiteCorpusStore(path: path)
        for batch in batches { try store.add(batch) }
        return (store, path)
    }

    @Test("The spelling with the article is the one kept, whether it is seen before or after the elided one")
    func eitherOrder() throws {
        for batches in [[[Self.withArticle], [Self.elided]], [[Self.elided], [Self.withArticle]], [[Self.elided, Self.withArticle]]] {
            let (store, path) = try Self.store(batches)
            defer { ReanalysisTests.remove(path) }
            #expect(try Self.spellings("saudi-arabia", in: store) == ["السعودية": 2])
        }
    }

    @Test("An elided spelling stays as seen while the entity has no spelling with the article")
    func elidedAlone() throws {
        let (store, path) = try Self.store([[Self.elided]])
        defer { ReanalysisTests.remove(path) }
        #expect(try Self.spellings("saudi-arabia", in: store) == ["لسعودية": 1])
    }

    @Test("A name that starts with ل keeps its spelling after the preposition ل")
    func nameWithLam() throws {
        let (store, path) = try Self.store([[Self.london, Self.toLondon]])
        defer { ReanalysisTests.remove(path) }
        #expect(try Self.spellings("london", in: store) == ["لندن": 2])
    }

    @Test("A store made before the rule has its elided spellings folded when opened")
    func migration() throws {
        let (store, path) = try Self.store([[Self.withArticle]])
        defer { ReanalysisTests.remove(path) }
        // Make the store look like one from before migration v7: both spellings as rows.
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO aliases (entity, alias, count) VALUES ('saudi-arabia', 'لسعودية', 3)")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v7%'")
        }
        #expect(try Self.spellings("saudi-arabia", in: store) == ["السعودية": 1, "لسعودية": 3])
        let reopened = try SQLiteCorpusStore(path: path)
        #expect(try Self.spellings("saudi-arabia", in: reopened) == ["السعودية": 4])
    }
}
