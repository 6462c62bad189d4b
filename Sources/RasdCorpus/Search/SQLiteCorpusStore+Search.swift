import Foundation
import GRDB
import RasdText

extension SQLiteCorpusStore {
    public typealias SearchError = RasdCorpus.SearchError

    /// Full-text search with the Arabic analyzer (`SearchAnalyzer`), BM25 ranking, phrases,
    /// exclusions and filters; a query with no words lists the filtered documents, newest first.
    public func search(_ request: SearchRequest) throws -> SearchResults {
        try pool.read { db in try CorpusSearch.run(request, records: SQLiteSearchRecords(db: db), cache: postingsCache) }
    }

    /// Every document that matches `query`, by input id, best first and uncut: for evaluations
    /// and exports, where one page of results is not enough.
    public func matchingDocuments(_ query: String) throws -> [String] {
        let parsed = try CorpusSearch.parse(query)
        guard !parsed.isEmpty else { return [] }
        return try pool.read { db in
            let records = SQLiteSearchRecords(db: db)
            let outcome = try SearchEngine(query: parsed, filter: nil, capacity: max(1, try records.documentCount()), countAll: true)
                .run(records: records)
            let ids = StoredJSON.array(outcome.ranked.map(\.document))
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
        try SearchIndexWriter.indexPending(in: pool, minimum: minimum, pending: pendingTerms, parts: segmentParts)
    }

    /// `indexPendingDocuments` in segments of `segmentSize` documents made `partSize` at a time
    /// (tests of parts and merging).
    @discardableResult
    func indexPendingDocuments(minimum: Int = 1, segmentSize: Int, partSize: Int = SearchIndexWriter.partDocuments) throws -> Int {
        try SearchIndexWriter.indexPending(in: pool, minimum: minimum, segmentSize: segmentSize, partSize: partSize,
                                           pending: pendingTerms, parts: segmentParts)
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
        segmentParts.replace(with: [])
        return try indexPendingDocuments()
    }

    /// How many stored documents are not searchable yet.
    public func unindexedDocuments() throws -> Int {
        try pool.read { db in try SearchIndexWriter.waitingDocuments(in: db).count }
    }
}
