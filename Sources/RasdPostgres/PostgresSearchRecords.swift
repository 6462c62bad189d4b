import Foundation
import NIOCore
import PostgresNIO
import RasdCorpus

/// A search's records in PostgreSQL, in the SQLite store's terms (`SearchIndexRecords`), read on the
/// reading connection (`PostgresCorpusStore.search`).
struct PostgresSearchRecords: SearchIndexRecords {
    let store: PostgresCorpusStore
    let connection: PostgresConnection

    private func rows(_ query: PostgresQuery) throws -> PostgresQueryResult { try store.run(query, on: connection) }

    private func ids(_ query: PostgresQuery) throws -> [Int64] {
        try rows(query).map { try $0.decode(Int64.self) }
    }

    func indexTotals() throws -> SearchIndexTotals {
        guard let row = try rows("""
            SELECT COALESCE(SUM(documents), 0)::bigint, COALESCE(SUM(terms), 0)::bigint, COALESCE(MAX(id), 0), COUNT(*) FROM search_segments
            """).first else { return SearchIndexTotals(documents: 0, terms: 0, generation: []) }
        let (documents, terms, last, segments) = try row.decode((Int64, Int64, Int64, Int64).self)
        return SearchIndexTotals(documents: documents, terms: terms, generation: [documents, terms, last, segments])
    }

    func postingsRows(of term: String, positions: Bool) throws -> [(postings: [UInt8], positions: [UInt8])] {
        if positions {
            return try rows("SELECT postings, positions FROM search_postings WHERE term = \(term) ORDER BY segment").map { row in
                let (postings, positions) = try row.decode((ByteBuffer, ByteBuffer).self)
                return (Array(postings.readableBytesView), Array(positions.readableBytesView))
            }
        }
        return try rows("SELECT postings FROM search_postings WHERE term = \(term) ORDER BY segment").map { row in
            (Array(try row.decode(ByteBuffer.self).readableBytesView), [])
        }
    }

    func documentCount() throws -> Int {
        try rows("SELECT COUNT(*) FROM documents").first?.decode(Int.self) ?? 0
    }

    func documents(mentioning entity: String) throws -> [Int64] {
        try ids("SELECT DISTINCT document FROM mentions WHERE entity = \(entity)")
    }

    func documents(withEvent type: String) throws -> [Int64] {
        try ids("SELECT DISTINCT document FROM events WHERE type = \(type)")
    }

    func documents(fromOutlet outlet: String) throws -> [Int64] {
        try ids("SELECT id FROM documents WHERE outlet = \(outlet)")
    }

    func documents(publishedFrom from: String?, to: String?) throws -> [Int64] {
        // ISO dates compare as strings, byte by byte; a bound's prefix takes its whole year, month or day.
        try ids("""
            SELECT id FROM documents WHERE published IS NOT NULL
            AND (\(from)::text IS NULL OR published COLLATE "C" >= \(from))
            AND (\(to)::text IS NULL OR published COLLATE "C" <= \(to) || '~')
            """)
    }

    /// Newest first, as SQLite orders them: undated documents (NULL, lowest there) last.
    func newestDocuments(limit: Int, offset: Int) throws -> [Int64] {
        try ids("SELECT id FROM documents ORDER BY published COLLATE \"C\" DESC NULLS LAST, id DESC LIMIT \(limit) OFFSET \(offset)")
    }

    func published(_ rows: [Int64]) throws -> [Int64: String] {
        var dates: [Int64: String] = [:]
        for row in try self.rows("SELECT id, published FROM documents WHERE published IS NOT NULL AND id = ANY(\(rows))") {
            let (id, published) = try row.decode((Int64, String).self)
            dates[id] = published
        }
        return dates
    }

    func hitFields(_ rows: [Int64], text: Bool) throws -> [Int64: SearchHitFields] {
        var found: [Int64: SearchHitFields] = [:]
        for row in try self.rows(text
            ? "SELECT id, document, title, outlet, published, url, text FROM documents WHERE id = ANY(\(rows))"
            : "SELECT id, document, title, outlet, published, url, NULL::text FROM documents WHERE id = ANY(\(rows))") {
            let (id, document, title, outlet, published, url, body) = try row.decode((Int64, String, String?, String?, String?, String?, String?).self)
            found[id] = SearchHitFields(document: document, title: title, outlet: outlet, published: published, url: url, text: body)
        }
        return found
    }
}

extension PostgresCorpusStore {
    /// Full-text search (`CorpusSearch`) over the store's own index. Not in a transaction of its
    /// own: each statement sees committed segments, and the hot postings lists are kept between
    /// searches (`postingsCache`, emptied by any new or merged segment), so a search costs the
    /// server two or three statements.
    public func search(_ request: SearchRequest) throws -> SearchResults {
        try withConnection { connection in
            try CorpusSearch.run(request, records: PostgresSearchRecords(store: self, connection: connection), cache: postingsCache)
        }
    }
}
