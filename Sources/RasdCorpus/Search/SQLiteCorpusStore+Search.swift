import Foundation
import GRDB
import RasdText

extension SQLiteCorpusStore {
    public enum SearchError: Error, Equatable, CustomStringConvertible {
        case query(SearchQuery.ParseError)
        case badDate(String)
        case badLimit(Int)

        public var description: String {
            switch self {
            case .query(let error): "\(error)"
            case .badDate(let text): "'\(text)' is not a date; write 2023, 2023-10 or 2023-10-19"
            case .badLimit(let limit): "a page holds 1 to \(SearchRequest.maximumLimit) results, not \(limit)"
            }
        }
    }

    /// Full-text search with the Arabic analyzer (`SearchAnalyzer`), BM25 ranking, phrases,
    /// exclusions and filters; a query with no words lists the filtered documents, newest first.
    public func search(_ request: SearchRequest) throws -> SearchResults {
        let query: SearchQuery
        do { query = try SearchQuery(request.query) } catch let error as SearchQuery.ParseError { throw SearchError.query(error) }
        for date in [request.from, request.to].compactMap({ $0 }) where !Self.isDatePrefix(date) { throw SearchError.badDate(date) }
        guard (1...SearchRequest.maximumLimit).contains(request.limit) else { throw SearchError.badLimit(request.limit) }
        let offset = max(0, request.offset)
        return try pool.read { db in
            let filter = try DocumentFilter(request, in: db)
            var ranked: [(score: Double, document: Int64)]
            var total: Int?
            if query.isEmpty {
                let allowed = filter?.documents
                total = try allowed?.count ?? (Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0)
                ranked = try Self.newest(allowed, limit: request.limit, offset: offset, in: db).map { (0, $0) }
            } else {
                let engine = SearchEngine(query: query, filter: filter, capacity: offset + request.limit, countAll: request.countAll,
                                          cache: postingsCache)
                let outcome = try engine.run(in: db)
                ranked = Array(outcome.ranked.dropFirst(offset))
                total = outcome.total
            }
            let maker = SnippetMaker(terms: Set(query.scoringTerms), analyzer: .standard)
            let hits = try Self.hits(ranked, snippets: request.snippets ? maker : nil, in: db)
            return SearchResults(query: request.query, terms: query.scoringTerms, total: total, hits: hits)
        }
    }

    /// Every document that matches `query`, by input id, best first and uncut: for evaluations
    /// and exports, where one page of results is not enough.
    public func matchingDocuments(_ query: String) throws -> [String] {
        let parsed: SearchQuery
        do { parsed = try SearchQuery(query) } catch let error as SearchQuery.ParseError { throw SearchError.query(error) }
        guard !parsed.isEmpty else { return [] }
        return try pool.read { db in
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0
            let outcome = try SearchEngine(query: parsed, filter: nil, capacity: max(1, count), countAll: true).run(in: db)
            let ids = String(decoding: try JSONEncoder().encode(outcome.ranked.map(\.document)), as: UTF8.self)
            let names = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
                SELECT id, document FROM documents WHERE id IN (SELECT value FROM json_each(?))
                """, arguments: [ids]).map { ($0[0] as Int64, $0[1] as String) })
            return outcome.ranked.compactMap { names[$0.document] }
        }
    }

    /// Indexes stored documents the search index does not cover yet (after an interrupted ingest);
    /// returns how many.
    @discardableResult
    public func indexPendingDocuments(minimum: Int = 1) throws -> Int {
        try SearchIndexWriter.indexPending(in: pool, minimum: minimum, pending: pendingTerms)
    }

    /// `indexPendingDocuments` in segments of `segmentSize` documents (tests of merging).
    @discardableResult
    func indexPendingDocuments(segmentSize: Int) throws -> Int {
        try SearchIndexWriter.indexPending(in: pool, minimum: 1, segmentSize: segmentSize, pending: pendingTerms)
    }

    /// Drops the search index and builds it again from the stored documents (after a change of
    /// analyzer); returns how many documents it indexed.
    @discardableResult
    public func rebuildSearchIndex() throws -> Int {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM search_postings; DELETE FROM search_segments;")
        }
        postingsCache.removeAll()
        pendingTerms.removeAll()
        return try indexPendingDocuments()
    }

    /// How many stored documents are not searchable yet.
    public func unindexedDocuments() throws -> Int {
        try pool.read { db in try SearchIndexWriter.waitingDocuments(in: db).count }
    }

    private static func newest(_ allowed: [Int64]?, limit: Int, offset: Int, in db: Database) throws -> [Int64] {
        if let allowed {
            guard !allowed.isEmpty else { return [] }
            let rows = try Row.fetchAll(db, sql: "SELECT id, published FROM documents WHERE id IN (SELECT value FROM json_each(?))",
                                        arguments: [String(decoding: try JSONEncoder().encode(allowed), as: UTF8.self)])
            let sorted = rows.map { (id: $0["id"] as Int64, published: $0["published"] as String? ?? "") }
                .sorted { ($0.published, $0.id) > ($1.published, $1.id) }
            return sorted.dropFirst(offset).prefix(limit).map(\.id)
        }
        return try Int64.fetchAll(db, sql: "SELECT id FROM documents ORDER BY published DESC, id DESC LIMIT ? OFFSET ?",
                                  arguments: [limit, offset])
    }

    /// The ranked documents' hits, read in one statement (a page is at most 100 rows), in rank order.
    private static func hits(_ ranked: [(score: Double, document: Int64)], snippets maker: SnippetMaker?,
                             in db: Database) throws -> [SearchHit] {
        guard !ranked.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: ranked.count).joined(separator: ",")
        let statement = try db.cachedStatement(sql: (maker == nil
            ? "SELECT id, document, title, outlet, published, url FROM documents WHERE id IN ("
            : "SELECT id, document, title, outlet, published, url, text FROM documents WHERE id IN (") + placeholders + ")")
        var found: [Int64: SearchHit] = [:]
        // A cursor's row is read in place, by column index (no copy, no name lookup).
        let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(ranked.map(\.document)))
        while let record = try cursor.next() {
            let row: Int64 = record[0]
            var hit = SearchHit(row: row, document: record[1], title: record[2], outlet: record[3], published: record[4],
                                url: record[5], score: 0, snippet: nil)
            if let maker {
                let text: String = record[6]
                hit.snippet = maker.snippet(of: text, field: "text")
                    ?? hit.title.flatMap { maker.snippet(of: $0, field: "title") }
                    ?? maker.opening(of: text, field: "text")
            }
            found[row] = hit
        }
        return ranked.map { item in
            var hit = found[item.document]
                ?? SearchHit(row: item.document, document: "", title: nil, outlet: nil, published: nil, url: nil, score: 0, snippet: nil)
            hit.score = item.score
            return hit
        }
    }

    /// `2023`, `2023-10` or `2023-10-19`: the dates the filters take.
    public static func isDatePrefix(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return false }
        return zip(parts, widths).allSatisfy { part, width in part.count == width && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) }
    }
}
