import GRDB
import GRDBSQLite

/// One segment's `search_postings` rows in term order, stepped straight on SQLite's statement: a
/// merge reads every row of the index, and most go on unchanged, so the current row's columns are
/// lent as SQLite's own buffers (valid until `advance`) rather than copied into Swift values.
struct PostingsRowReader: PostingsRowSource {
    private let statement: Statement
    private let connection: SQLiteConnection?
    private(set) var isDone = false

    /// The rows `rows` (a segment's `first_row...last_row`), positioned on the first.
    init(_ db: Database, rows: ClosedRange<Int64>) throws {
        statement = try db.makeStatement(sql: "SELECT term, postings, positions FROM search_postings WHERE rowid BETWEEN ? AND ? ORDER BY rowid")
        connection = db.sqliteConnection
        sqlite3_bind_int64(statement.sqliteStatement, 1, rows.lowerBound)
        sqlite3_bind_int64(statement.sqliteStatement, 2, rows.upperBound)
        try advance()
    }

    /// Moves to the next row; `isDone` after the last.
    mutating func advance() throws {
        let code = sqlite3_step(statement.sqliteStatement)
        if code == SQLITE_DONE {
            isDone = true
        } else if code != SQLITE_ROW {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: connection.map { String(cString: sqlite3_errmsg($0)) })
        }
    }

    /// The current row's term, as UTF-8.
    var term: UnsafeBufferPointer<UInt8> {
        let handle = statement.sqliteStatement
        let text = sqlite3_column_text(handle, 0)
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, 0)))
    }

    var postings: UnsafeRawBufferPointer { blob(1) }
    var positions: UnsafeRawBufferPointer { blob(2) }

    private func blob(_ column: Int32) -> UnsafeRawBufferPointer {
        let handle = statement.sqliteStatement
        let bytes = sqlite3_column_blob(handle, column)
        return UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column)))
    }
}
