import Foundation
import GRDB

extension SQLiteCorpusStore {
    /// Writes every stored document's analysis (the contract's `AnalyzedDocument`, as stored) as
    /// one JSON line, oldest stored first, from a cursor: memory stays flat whatever the corpus.
    /// With `entity`, only the documents that name it. Returns the documents written.
    @discardableResult
    public func exportJSONL(entity: String? = nil, to stream: ExportStream) throws -> Int {
        try scan { db in
            let rows = try Row.fetchCursor(db, sql: entity == nil
                ? "SELECT analysis FROM documents ORDER BY id"
                : "SELECT analysis FROM documents WHERE id IN (SELECT document FROM mentions WHERE entity = ?) ORDER BY id",
                arguments: entity.map { [$0] } ?? StatementArguments())
            var count = 0
            while let row = try rows.next() {
                try row.withUnsafeData(atIndex: 0) { data in try stream.write(bytes: data ?? Data()) }
                try stream.write("\n")
                count += 1
            }
            return count
        }
    }
}
