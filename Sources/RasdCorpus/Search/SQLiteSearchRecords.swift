import Foundation
import GRDB

/// A search's records in a SQLite store, read in one transaction (`SQLiteCorpusStore.search`).
struct SQLiteSearchRecords: SearchIndexRecords {
    let db: Database

    func indexTotals() throws -> SearchIndexTotals {
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT COALESCE(SUM(documents), 0), COALESCE(SUM(terms), 0), COALESCE(MAX(id), 0), COUNT(*) FROM search_segments
            """))
        // The index's state: segments are only added or merged into new ones, never changed.
        let values = [0, 1, 2, 3].map { row?[$0] as Int64? ?? 0 }
        return SearchIndexTotals(documents: values[0], terms: values[1], generation: values)
    }

    func postingsRows(of term: String, positions: Bool) throws -> [(postings: [UInt8], positions: [UInt8])] {
        if positions {
            let statement = try db.cachedStatement(sql: "SELECT postings, positions FROM search_postings WHERE term = ? ORDER BY segment")
            return try Row.fetchAll(statement, arguments: [term]).map { row in ([UInt8](row[0] as Data), [UInt8](row[1] as Data)) }
        }
        let statement = try db.cachedStatement(sql: "SELECT postings FROM search_postings WHERE term = ? ORDER BY segment")
        return try Data.fetchAll(statement, arguments: [term]).map { ([UInt8]($0), []) }
    }

    func documentCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0
    }

    func documents(mentioning entity: String) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT DISTINCT document FROM mentions WHERE entity = ?", arguments: [entity])
    }

    func documents(withEvent type: String) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT DISTINCT document FROM events WHERE type = ?", arguments: [type])
    }

    func documents(fromOutlet outlet: String) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT id FROM documents WHERE outlet = ?", arguments: [outlet])
    }

    func documents(publishedFrom from: String?, to: String?) throws -> [Int64] {
        // ISO dates compare as strings; a bound's prefix takes its whole year, month or day.
        try Int64.fetchAll(db, sql: """
            SELECT id FROM documents WHERE published IS NOT NULL
            AND (?1 IS NULL OR published >= ?1) AND (?2 IS NULL OR published <= ?2 || '~')
            """, arguments: [from, to])
    }

    func newestDocuments(limit: Int, offset: Int) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT id FROM documents ORDER BY published DESC, id DESC LIMIT ? OFFSET ?",
                           arguments: [limit, offset])
    }

    func published(_ rows: [Int64]) throws -> [Int64: String] {
        var dates: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, published FROM documents WHERE published IS NOT NULL AND id IN (SELECT value FROM json_each(?))
            """, arguments: [StoredJSON.array(rows)]) {
            dates[row["id"]] = row["published"]
        }
        return dates
    }

    /// Read in one statement (a page is at most 1,000 rows), each row in place by column index.
    func hitFields(_ rows: [Int64], text: Bool) throws -> [Int64: SearchHitFields] {
        let placeholders = Array(repeating: "?", count: rows.count).joined(separator: ",")
        let statement = try db.cachedStatement(sql: (text
            ? "SELECT id, document, title, outlet, published, url, text FROM documents WHERE id IN ("
            : "SELECT id, document, title, outlet, published, url FROM documents WHERE id IN (") + placeholders + ")")
        var found: [Int64: SearchHitFields] = [:]
        let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(rows))
        while let record = try cursor.next() {
            found[record[0]] = SearchHitFields(document: record[1], title: record[2], outlet: record[3], published: record[4],
                                               url: record[5], text: text ? record[6] : nil)
        }
        return found
    }
}
