import Foundation
import GRDB

extension SQLiteCorpusStore {
    /// Writes one table as CSV (`CSVFormat`: byte order mark, header, CRLF), row by row from a
    /// cursor; with `entity`, only the rows that concern it (`CorpusTable`). Returns the rows written.
    ///
    /// ```swift
    /// let out = ExportStream.standardOutput()
    /// try store.exportCSV(.claims, entity: "north-korea", to: out)
    /// try out.flush()
    /// ```
    @discardableResult
    public func exportCSV(_ table: CorpusTable, entity: String? = nil, to stream: ExportStream) throws -> Int {
        let columns = table.columns
        return try scan { db in
            try stream.write(CSVFormat.byteOrderMark)
            try stream.write(CSVFormat.record(columns.map { .text($0.name) }))
            let rows = try Row.fetchCursor(db, sql: table.query(entity: entity != nil),
                                           arguments: entity.map { [$0] } ?? StatementArguments())
            var count = 0
            while let row = try rows.next() {
                try stream.write(CSVFormat.record(columns.indices.map { Self.field(row[$0] as DatabaseValue, as: columns[$0].kind) }))
                count += 1
            }
            return count
        }
    }

    private static func field(_ value: DatabaseValue, as kind: CorpusTable.Kind) -> CSVField {
        switch (value.storage, kind) {
        case (.null, _): return .text(nil)
        case (.int64(let number), .boolean): return .boolean(number != 0)
        case (.int64(let number), _): return .integer(number)
        case (.double(let number), _): return .number(number)
        case (.string(let text), .list): return .text(StoredJSON.strings(text).joined(separator: " | "))
        case (.string(let text), _): return .text(text)
        case (.blob, _): return .text(nil)
        }
    }
}
