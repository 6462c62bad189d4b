import Foundation
import GRDB
import GRDBSQLite

/// Inserts `search_postings` rows, the most numerous rows a segment writes (a term and its two
/// blobs each), by binding straight to SQLite's prepared statement: GRDB's arguments box every
/// value and copy every blob first, which cost as much as SQLite's own insert.
struct PostingsRowInserter {
    private let statement: Statement
    private let connection: SQLiteConnection?

    init(_ db: Database) throws {
        statement = try db.cachedStatement(sql: "INSERT INTO search_postings (rowid, term, segment, postings, positions) VALUES (?, ?, ?, ?, ?)")
        connection = db.sqliteConnection
    }

    func insert(row: Int64, term: String, segment: Int64, postings: [UInt8], positions: [UInt8]) throws {
        sqlite3_bind_text(statement.sqliteStatement, 2, term, -1, SQLiteStep.transient)
        try postings.withUnsafeBytes { postings in
            try positions.withUnsafeBytes { positions in
                try insert(row: row, segment: segment, postings: postings, positions: positions)
            }
        }
    }

    /// `insert` with the term as UTF-8 (a segment's terms are never made Strings).
    func insert(row: Int64, term: UnsafeBufferPointer<UInt8>, segment: Int64, postings: [UInt8], positions: [UInt8]) throws {
        try postings.withUnsafeBytes { postings in
            try positions.withUnsafeBytes { positions in
                try insert(row: row, term: term, segment: segment, postings: postings, positions: positions)
            }
        }
    }

    /// `insert` from bytes that are not arrays (a merge passes SQLite's own column buffers on).
    func insert(row: Int64, term: UnsafeBufferPointer<UInt8>, segment: Int64,
                postings: UnsafeRawBufferPointer, positions: UnsafeRawBufferPointer) throws {
        term.withMemoryRebound(to: CChar.self) { text in
            if let base = text.baseAddress {
                sqlite3_bind_text(statement.sqliteStatement, 2, base, Int32(text.count), SQLiteStep.transient)
            } else {
                // An empty term (a nil pointer would bind NULL).
                sqlite3_bind_text(statement.sqliteStatement, 2, "", 0, SQLiteStep.transient)
            }
        }
        try insert(row: row, segment: segment, postings: postings, positions: positions)
    }

    /// Binds the rest of the row (the term is bound) and steps.
    private func insert(row: Int64, segment: Int64, postings: UnsafeRawBufferPointer, positions: UnsafeRawBufferPointer) throws {
        let handle = statement.sqliteStatement
        sqlite3_bind_int64(handle, 1, row)
        sqlite3_bind_int64(handle, 3, segment)
        Self.bind(postings, at: 4, of: handle)
        Self.bind(positions, at: 5, of: handle)
        try SQLiteStep.once(handle, connection: connection)
    }

    /// A blob, empty ones included (a nil pointer would bind NULL, which the column refuses).
    private static func bind(_ bytes: UnsafeRawBufferPointer, at index: Int32, of handle: SQLiteStatement) {
        if let base = bytes.baseAddress, bytes.count > 0 {
            sqlite3_bind_blob(handle, index, base, Int32(bytes.count), SQLiteStep.transient)
        } else {
            sqlite3_bind_zeroblob(handle, index, 0)
        }
    }
}
