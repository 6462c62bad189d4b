import Foundation
import GRDB

extension SQLiteCorpusStore {
    /// Writes one table as CSV (`CSVTableWriter`: byte order mark, header, CRLF), row by row from
    /// a cursor; with `entity`, only the rows that concern it (`CorpusTable`). Returns the rows written.
    ///
    /// ```swift
    /// let out = ExportStream.standardOutput()
    /// try store.exportCSV(.claims, entity: "north-korea", to: out)
    /// try out.flush()
    /// ```
    @discardableResult
    public func exportCSV(_ table: CorpusTable, entity: String? = nil, to stream: ExportStream) throws -> Int {
        try scan { db in
            var writer = try CSVTableWriter(table, to: stream)
            let rows = try Row.fetchCursor(db, sql: table.query(entity: entity != nil),
                                           arguments: entity.map { [$0] } ?? StatementArguments())
            while let row = try rows.next() {
                try writer.write(row.databaseValues.map(Self.stored))
            }
            return writer.rows
        }
    }

    private static func stored(_ value: DatabaseValue) -> StoredValue {
        switch value.storage {
        case .null, .blob: return .null
        case .int64(let number): return .integer(number)
        case .double(let number): return .real(number)
        case .string(let text): return .text(text)
        }
    }
}
