import GRDB
import GRDBSQLite

/// Binds one row's values, left to right, straight onto a prepared statement. The store's writer
/// inserts some forty record rows for each document (mentions, entities, dates, quantities …);
/// through GRDB's arguments each value was first boxed in an existential inside a new array, which
/// cost about as much as SQLite's own insert of the row. Binds text and numbers as GRDB does.
struct RowBinder {
    fileprivate let handle: SQLiteStatement
    fileprivate var index: Int32 = 0

    mutating func add(_ value: Int64) {
        index += 1
        sqlite3_bind_int64(handle, index, value)
    }

    mutating func add(_ value: Int) { add(Int64(value)) }

    mutating func add(_ value: Bool) { add(Int64(value ? 1 : 0)) }

    mutating func add(_ value: Int?) {
        guard let value else { return addNull() }
        add(Int64(value))
    }

    mutating func add(_ value: Double?) {
        index += 1
        if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    mutating func add(_ value: String?) {
        index += 1
        if let value { sqlite3_bind_text(handle, index, value, -1, SQLiteStep.transient) } else { sqlite3_bind_null(handle, index) }
    }

    mutating func addNull() {
        index += 1
        sqlite3_bind_null(handle, index)
    }
}

extension Statement {
    /// Runs the statement once with the values `bind` adds, then resets it for the next row.
    func execute(in db: Database, binding bind: (inout RowBinder) -> Void) throws {
        var binder = RowBinder(handle: sqliteStatement)
        bind(&binder)
        try SQLiteStep.once(sqliteStatement, connection: db.sqliteConnection, sql: sql)
    }
}

/// What the writers that bind straight onto SQLite share (`RowBinder`, `PostingsRowInserter`).
enum SQLiteStep {
    /// SQLite's SQLITE_TRANSIENT: it copies the bound bytes before the call returns.
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Steps a statement that returns no row and resets it; throws SQLite's error when it failed.
    /// `sql` is read only then: GRDB's `Statement.sql` trims a copy of the text on every read.
    static func once(_ handle: SQLiteStatement, connection: SQLiteConnection?, sql: @autoclosure () -> String? = nil) throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: connection.map { String(cString: sqlite3_errmsg($0)) }, sql: sql())
        }
    }
}
