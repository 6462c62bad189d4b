import Foundation
import RasdAnalysis
import RasdCorpus
@testable import RasdPostgres
import RasdTestSupport
import Testing

/// Elided spellings on PostgreSQL (`لسعودية` from `للسعودية`): counted under the spelling with the
/// article, in one batch or across batches, exactly as the SQLite store counts them.
extension PostgresCorpusStoreTests {
    /// A team-written document naming `entity` once, as `spelling`.
    static func naming(_ id: String, _ text: String, _ spelling: String, _ entity: String) -> AnalyzedDocument {
        var document = AnalyzedDocument(id: id, text: text)
        let start = text.unicodeScalars.count - text.components(separatedBy: spelling).last!.unicodeScalars.count - spelling.unicodeScalars.count
        document.entities = [EntityMention(start: start, end: start + spelling.unicodeScalars.count, text: spelling, type: "GPE", entity: entity)]
        return document
    }

    static let spellingBatches: [[AnalyzedDocument]] = [
        [naming("elided", "وجه الوفد الشكر للسعودية على الاستضافة.", "لسعودية", "saudi-arabia")],
        [naming("full", "وصل الوفد إلى السعودية أمس.", "السعودية", "saudi-arabia"),
         naming("elided-again", "شكر الوزير للسعودية دعمها.", "لسعودية", "saudi-arabia")],
        [naming("london", "سافر الوفد من لندن إلى باريس.", "لندن", "london"),
         naming("to-london", "عاد الوفد للندن مساء الأحد.", "لندن", "london")],
    ]

    @Test("Elided spellings count under the spelling with the article, as in the SQLite store")
    func elidedSpellingsEqualSQLite() throws {
        let (store, _) = try Self.postgres()
        defer { store.close() }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-pg-spellings-\(UUID().uuidString).sqlite").path
        defer { Self.removeSQLite(path) }
        let reference = try SQLiteCorpusStore(path: path)
        for batch in Self.spellingBatches {
            try store.add(batch)
            try reference.add(batch)
        }
        let entities = try store.entities(limit: 10)
        #expect(entities.first { $0.entity == "saudi-arabia" }?.aliases == ["السعودية"])
        #expect(entities.first { $0.entity == "london" }?.aliases == ["لندن"])
        #expect(try store.entity("saudi-arabia", documentLimit: 5, coOccurringLimit: 5, statementLimit: 5)
                == reference.entity("saudi-arabia", documentLimit: 5, coOccurringLimit: 5, statementLimit: 5))
        #expect(entities == (try reference.entities(limit: 10)))
    }
}
