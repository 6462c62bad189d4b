import Foundation
import PostgresNIO
import RasdAnalysis
import RasdCorpus

/// Exports from PostgreSQL, streamed through a server-side cursor so that memory stays flat
/// whatever the corpus: the same JSON Lines and CSV as the SQLite store's.
extension PostgresCorpusStore {
    /// Each analysis is read back from `jsonb` and written again as the contract's bytes (`contractJSON`).
    @discardableResult
    public func exportJSONL(entity: String? = nil, to stream: ExportStream) throws -> Int {
        var query: PostgresQuery = "SELECT analysis::text FROM documents"
        if let entity {
            query.sql += " WHERE id IN (SELECT document FROM mentions WHERE entity = $1)"
            query.binds.append(entity)
        }
        query.sql += " ORDER BY id"
        var count = 0
        try forEachRow(query) { row in
            try stream.write(bytes: Self.contractJSON(fromJSONB: try row.decode(String.self)))
            try stream.write("\n")
            count += 1
        }
        return count
    }

    /// A stored analysis (`analysis::text`) as the contract's bytes: `jsonb` keeps the values, not
    /// the key order and spacing `AnalyzedDocument.json()` writes.
    static func contractJSON(fromJSONB text: String) throws -> [UInt8] {
        try JSONDecoder().decode(AnalyzedDocument.self, from: Data(text.utf8)).json()
    }

    @discardableResult
    public func exportCSV(_ table: CorpusTable, entity: String? = nil, to stream: ExportStream) throws -> Int {
        var writer = try CSVTableWriter(table, to: stream)
        var query = PostgresQuery(unsafeSQL: table.query(entity: entity != nil, dialect: .postgres))
        if let entity { query.binds.append(entity) }
        try forEachRow(query) { row in try writer.write(row.map(Self.stored)) }
        return writer.rows
    }

    private static func stored(_ cell: PostgresCell) throws -> StoredValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .bool: return .boolean(try cell.decode(Bool.self))
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .float4, .float8: return .real(try cell.decode(Double.self))
        default: return .text(try cell.decode(String.self))
        }
    }

    /// Runs `query` through a cursor inside one read-only snapshot, handing `body` its rows
    /// `batch` at a time as the server sends them.
    func forEachRow(_ query: PostgresQuery, batch: Int = 500, _ body: (PostgresRow) throws -> Void) throws {
        try withSnapshot { connection in try forEachRow(query, batch: batch, on: connection, body) }
    }

    /// Runs `query` through a cursor in the transaction open on `connection` (a cursor lives in
    /// one), `batch` rows at a time; `body` may run other statements on the connection between
    /// them. The cursor is closed when it is done, so the transaction may declare another.
    func forEachRow(_ query: PostgresQuery, batch: Int = 500, on connection: PostgresConnection,
                    _ body: (PostgresRow) throws -> Void) throws {
        var declare = query
        declare.sql = "DECLARE rasd_rows NO SCROLL CURSOR FOR " + query.sql
        _ = try run(declare, on: connection)
        while true {
            var fetched = 0
            for row in try run(PostgresQuery(unsafeSQL: "FETCH FORWARD \(batch) FROM rasd_rows"), on: connection) {
                try body(row)
                fetched += 1
            }
            if fetched < batch { break }
        }
        _ = try run("CLOSE rasd_rows", on: connection)
    }
}
