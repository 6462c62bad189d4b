import Foundation
import GRDB
import RasdText

/// Keeps the search index up to date with the `documents` table, log-structured: stored documents
/// that no segment covers yet become a new segment (title and text through `SearchAnalyzer`), and
/// whenever `mergeFactor` segments of one level end the index they are merged into one of the next
/// level by concatenating their postings. A level-0 segment is made in memory, `partDocuments` at a
/// time (`EncodedSegment`), and written once it has `segmentDocuments`: one segment of 8,000
/// instead of four of 2,000 merged in the database halves the index's database work. Each write
/// is its own transaction, so an interrupted ingest leaves whole segments; the next call indexes
/// what is missing.
enum SearchIndexWriter {
    /// Documents of a level-0 segment.
    static let segmentDocuments = 8_000
    /// Documents of one part made in memory (bounds the memory of one step).
    static let partDocuments = 2_000
    /// Segments of one level that are merged into one.
    static let mergeFactor = 4
    /// The position gap between a title and the text, so a phrase never spans the two.
    static let titleGap: UInt32 = 2

    /// Indexes stored documents past the last segment, when at least `minimum` are waiting; with
    /// fewer, makes the parts (`parts`) of whole `partSize` runs of them and writes nothing. Terms
    /// made beforehand (`pending`) are used where it has them; the rest are read from the stored
    /// title and text (`SearchSegment`). Returns how many documents it wrote into segments.
    @discardableResult
    static func indexPending(in pool: DatabasePool, minimum: Int = 1, segmentSize: Int = segmentDocuments,
                             partSize: Int = partDocuments, pending: PendingSearchTerms? = nil,
                             parts: SegmentParts? = nil) throws -> Int {
        let partSize = max(1, min(partSize, segmentSize))
        var indexed = 0
        while true {
            let written = try pool.write { db -> Int in
                let (last, waiting) = try waitingDocuments(in: db)
                var made = try validParts(parts?.all ?? [], after: last, in: db)
                var covered = made.reduce(0) { $0 + $1.documentCount }
                defer { parts?.replace(with: made) }
                let enough = waiting >= max(1, minimum)
                // Parts up to a segment's worth when it is written now; else whole parts only.
                while covered < min(waiting, segmentSize), enough || waiting - covered >= partSize {
                    let part = try makePart(after: made.last?.lastDocument ?? last, limit: min(partSize, segmentSize - covered),
                                            pending: pending, in: db)
                    guard let part else { break }
                    made.append(part)
                    covered += part.documentCount
                }
                guard enough, !made.isEmpty else { return 0 }
                try writeSegment(made, in: db)
                made = []
                return covered
            }
            if written == 0 { break }
            indexed += written
            try pool.write { db in try mergeSegments(in: db) }
        }
        return indexed
    }

    /// `parts` when they start at the first stored document past `last`, else none (another process
    /// indexed in between). Parts hold consecutive rows, and a document stored later gets a larger
    /// id, so the start is all there is to check.
    private static func validParts(_ parts: [EncodedSegment], after last: Int64, in db: Database) throws -> [EncodedSegment] {
        guard let first = parts.first else { return [] }
        let next = try Int64.fetchOne(db, sql: "SELECT MIN(id) FROM documents WHERE id > ?", arguments: [last])
        return next == first.firstDocument ? parts : []
    }

    /// The rows of the next `limit` stored documents past `last`, or nil when there are none.
    private static func makePart(after last: Int64, limit: Int, pending: PendingSearchTerms?, in db: Database) throws -> EncodedSegment? {
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ?", arguments: [last, limit])
        guard let through = ids.last else { return nil }
        let stored = try db.cachedStatement(sql: "SELECT title, text FROM documents WHERE id = ?")
        var segment = SearchSegment()
        for id in ids {
            try segment.add(row: id, pending: pending) {
                let row = try Row.fetchOne(stored, arguments: [id])
                return (row?["title"], row?["text"] ?? "")
            }
        }
        pending?.forget(through: through)
        return EncodedSegment(segment)
    }

    /// The last indexed document id, and how many stored documents come after it.
    static func waitingDocuments(in db: Database) throws -> (last: Int64, count: Int) {
        let last = try Int64.fetchOne(db, sql: "SELECT MAX(last_document) FROM search_segments") ?? 0
        return (last, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE id > ?", arguments: [last]) ?? 0)
    }

    /// Writes consecutive parts (documents ascending, all past the last segment) as one level-0
    /// segment, or, when it would be the `mergeFactor`th level-0 segment ending the index, straight
    /// into the level-1 segment that merges it with the others: its rows are then never written
    /// to be deleted.
    static func writeSegment(_ parts: [EncodedSegment], in db: Database) throws {
        guard !parts.isEmpty else { return }
        let tail = try lastSegments(mergeFactor - 1, in: db)
        if tail.count == mergeFactor - 1, tail.allSatisfy({ $0["level"] as Int == 0 }) {
            try writeSegment(level: 1, merging: tail, parts: parts, in: db)
        } else {
            try writeSegment(level: 0, merging: [], parts: parts, in: db)
        }
    }

    /// Merges the last `mergeFactor` segments while they share a level, into one of the next level.
    static func mergeSegments(in db: Database) throws {
        while true {
            let tail = try lastSegments(mergeFactor, in: db)
            guard tail.count == mergeFactor, Set(tail.map { $0["level"] as Int }).count == 1 else { return }
            try writeSegment(level: tail[0]["level"] + 1, merging: tail, parts: [], in: db)
        }
    }

    /// The last `count` segments, oldest first.
    private static func lastSegments(_ count: Int, in db: Database) throws -> [Row] {
        try Row.fetchAll(db, sql: """
            SELECT id, level, first_document, last_document, documents, terms, first_row, last_row
            FROM search_segments ORDER BY first_document DESC LIMIT ?
            """, arguments: [count]).reversed()
    }

    /// One new segment of `level` from consecutive sources, oldest first: stored segments
    /// (`merging`, whose rows and entries it then deletes) and then parts made in memory, their
    /// rows merged term by term (`SegmentRows`).
    private static func writeSegment(level: Int, merging stored: [Row], parts: [EncodedSegment], in db: Database) throws {
        guard let firstDocument = stored.first?["first_document"] as Int64? ?? parts.first?.firstDocument,
              let lastDocument = parts.last?.lastDocument ?? stored.last?["last_document"] as Int64? else { return }
        let documents = stored.reduce(0) { $0 + ($1["documents"] as Int) } + parts.reduce(0) { $0 + $1.documentCount }
        let terms = stored.reduce(0) { $0 + ($1["terms"] as Int) } + parts.reduce(0) { $0 + $1.wordCount }
        let firstRow = (try Int64.fetchOne(db, sql: "SELECT MAX(rowid) FROM search_postings") ?? 0) + 1
        try db.execute(sql: """
            INSERT INTO search_segments (level, first_document, last_document, documents, terms, first_row, last_row)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [level, firstDocument, lastDocument, documents, terms, firstRow, firstRow - 1])
        let segmentID = db.lastInsertedRowID
        let sources: [any PostingsRowSource] = try stored.map { segment in
            try PostingsRowReader(db, rows: (segment["first_row"] as Int64)...(segment["last_row"] as Int64))
        } + parts.map(EncodedSegment.Cursor.init)
        let insert = try PostingsRowInserter(db)
        var row = firstRow
        try SegmentRows.merge(sources) { term, postings, positions in
            try insert.insert(row: row, term: term, segment: segmentID, postings: postings, positions: positions)
            row += 1
        }
        try db.execute(sql: "UPDATE search_segments SET last_row = ? WHERE id = ?", arguments: [row - 1, segmentID])
        for segment in stored {
            try db.execute(sql: "DELETE FROM search_postings WHERE rowid BETWEEN ? AND ?",
                           arguments: [segment["first_row"] as Int64, segment["last_row"] as Int64])
            try db.execute(sql: "DELETE FROM search_segments WHERE id = ?", arguments: [segment["id"] as Int64])
        }
    }
}

extension PostingsBlob.Builder {
    /// Adds one document's posting; documents come in ascending order.
    mutating func append(document: Int64, norm: UInt8, positions: some Collection<UInt32>) {
        documents.append(document)
        frequencies.append(UInt32(positions.count))
        norms.append(norm)
        self.positions.append(contentsOf: positions)
    }
}
