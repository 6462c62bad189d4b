import NIOCore
import PostgresNIO
import RasdCorpus

/// The search index in PostgreSQL, log-structured as SQLite's (`SearchIndexWriter`): stored
/// documents become a segment once `segmentDocuments` wait (and the rest when an ingest ends), and
/// whenever `mergeFactor` segments of one level end the index they are merged into one of the
/// next level — a term in one segment only is copied on the server, one in several has its blobs
/// concatenated here.
extension PostgresCorpusStore {
    /// Documents per segment written at once, as in SQLite.
    static let segmentDocuments = 2_000
    /// Segments of one level that are merged into one.
    static let mergeFactor = 4
    /// Term rows per `INSERT`.
    static let rowsPerInsert = 2_000

    /// Writes `segment` as a level-0 segment, then merges the segments it completes.
    func writeSegment(_ segment: SearchSegment, on connection: PostgresConnection) throws {
        guard let first = segment.documents.first, let last = segment.documents.last else { return }
        guard let id = try run("""
            INSERT INTO search_segments (level, first_document, last_document, documents, terms)
            VALUES (0, \(first), \(last), \(segment.documents.count), \(segment.wordCount)) RETURNING id
            """, on: connection).first?.decode(Int64.self) else { return }
        var rows = PostingsRows(segment: id)
        try segment.forEachRow { term, postings, positions in
            try rows.add(term, postings: postings, positions: positions, store: self, on: connection)
        }
        try rows.flush(store: self, on: connection)
        try mergeSegments(on: connection)
    }

    /// A segment's term rows on their way to the server, `rowsPerInsert` to an `INSERT`.
    private struct PostingsRows {
        let segment: Int64
        var terms: [String] = [], postings: [ByteBuffer] = [], positions: [ByteBuffer] = []

        init(segment: Int64) { self.segment = segment }

        mutating func add(_ term: String, postings termPostings: [UInt8], positions termPositions: [UInt8],
                          store: PostgresCorpusStore, on connection: PostgresConnection) throws {
            terms.append(term)
            postings.append(ByteBuffer(bytes: termPostings))
            positions.append(ByteBuffer(bytes: termPositions))
            if terms.count == PostgresCorpusStore.rowsPerInsert { try flush(store: store, on: connection) }
        }

        mutating func flush(store: PostgresCorpusStore, on connection: PostgresConnection) throws {
            guard !terms.isEmpty else { return }
            _ = try store.run("""
                INSERT INTO search_postings (term, segment, postings, positions)
                SELECT term, \(segment), postings, positions FROM unnest(\(terms)::text[], \(postings)::bytea[], \(positions)::bytea[])
                    AS rows(term, postings, positions)
                """, on: connection)
            terms.removeAll(keepingCapacity: true)
            postings.removeAll(keepingCapacity: true)
            positions.removeAll(keepingCapacity: true)
        }
    }

    /// Merges the last `mergeFactor` segments while they share a level, into one of the next level.
    private func mergeSegments(on connection: PostgresConnection) throws {
        while true {
            let tail = try run("""
                SELECT id, level, first_document, last_document, documents, terms FROM search_segments
                ORDER BY first_document DESC LIMIT \(Self.mergeFactor)
                """, on: connection).map { try $0.decode((Int64, Int, Int64, Int64, Int64, Int64).self) }.reversed()
            guard tail.count == Self.mergeFactor, Set(tail.map(\.1)).count == 1, let first = tail.first, let last = tail.last else { return }
            let old = tail.map(\.0)
            guard let merged = try run("""
                INSERT INTO search_segments (level, first_document, last_document, documents, terms)
                VALUES (\(first.1 + 1), \(first.2), \(last.3), \(tail.reduce(0) { $0 + $1.4 }), \(tail.reduce(0) { $0 + $1.5 }))
                RETURNING id
                """, on: connection).first?.decode(Int64.self) else { return }
            // Terms of one segment only (most of them) go on as they are, without leaving the server.
            _ = try run("""
                INSERT INTO search_postings (term, segment, postings, positions)
                SELECT term, \(merged), postings, positions FROM search_postings p
                WHERE segment = ANY(\(old)) AND NOT EXISTS (
                    SELECT 1 FROM search_postings q WHERE q.term = p.term AND q.segment = ANY(\(old)) AND q.segment <> p.segment)
                """, on: connection)
            // The terms of several segments stream through a cursor: a merge of high levels
            // concatenates most of the index, which must not all be held at once.
            var rows = PostingsRows(segment: merged)
            try forEachRow("""
                SELECT term, array_agg(postings ORDER BY segment), array_agg(positions ORDER BY segment) FROM search_postings
                WHERE segment = ANY(\(old)) GROUP BY term HAVING COUNT(*) > 1
                """, on: connection) { row in
                let (term, postings, positions) = try row.decode((String, [ByteBuffer], [ByteBuffer]).self)
                let joined = SearchSegment.concatenate(zip(postings, positions).map { (Array($0.readableBytesView), Array($1.readableBytesView)) })
                try rows.add(term, postings: joined.postings, positions: joined.positions, store: self, on: connection)
            }
            try rows.flush(store: self, on: connection)
            _ = try run("DELETE FROM search_postings WHERE segment = ANY(\(old))", on: connection)
            _ = try run("DELETE FROM search_segments WHERE id = ANY(\(old))", on: connection)
        }
    }

    /// Indexes the stored documents past the last segment, `segmentDocuments` to a segment, each
    /// segment in its own transaction, when at least `minimum` wait: with the terms the workers
    /// made where `pendingTerms` keeps them, else from the stored title and text (another process
    /// stored them, this one restarted, or the store was made before it kept an index).
    @discardableResult
    public func indexPendingDocuments(minimum: Int = 1) throws -> Int {
        var indexed = 0
        while true {
            let written = try inWriteTransaction { connection -> Int in
                let waiting = try run("""
                    SELECT id FROM documents WHERE id > (SELECT COALESCE(MAX(last_document), 0) FROM search_segments)
                    ORDER BY id LIMIT \(Self.segmentDocuments)
                    """, on: connection).map { try $0.decode(Int64.self) }
                guard waiting.count >= min(max(1, minimum), Self.segmentDocuments) else { return 0 }
                var texts: [Int64: (title: String?, text: String)] = [:]
                let missing = pendingTerms.missing(waiting)
                if !missing.isEmpty {
                    for row in try run("SELECT id, title, text FROM documents WHERE id = ANY(\(missing))", on: connection) {
                        let (id, title, text) = try row.decode((Int64, String?, String).self)
                        texts[id] = (title, text)
                    }
                }
                var segment = SearchSegment()
                for row in waiting { segment.add(row: row, pending: pendingTerms) { texts[row] ?? (nil, "") } }
                try writeSegment(segment, on: connection)
                return waiting.count
            }
            if written == 0 { break }
            indexed += written
        }
        return indexed
    }
}
