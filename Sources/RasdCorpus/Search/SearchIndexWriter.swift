import Foundation
import GRDB
import RasdText

/// Keeps the search index up to date with the `documents` table, log-structured: stored documents
/// that no segment covers yet become a new segment (title and text through `SearchAnalyzer`), and
/// whenever `mergeFactor` segments of one level end the index they are merged into one of the next
/// level by concatenating their postings. Each step is its own transaction, so an interrupted ingest
/// leaves whole segments; the next call indexes what is missing.
enum SearchIndexWriter {
    /// Documents per segment written at once (bounds the memory of one step).
    static let segmentDocuments = 2_000
    /// Segments of one level that are merged into one.
    static let mergeFactor = 4
    /// The position gap between a title and the text, so a phrase never spans the two.
    static let titleGap: UInt32 = 2

    /// Indexes stored documents past the last segment, when at least `minimum` are waiting.
    /// Terms made beforehand (`pending`) are used where it has them; the rest are read from the
    /// stored title and text (`SearchSegment`). Returns how many documents it indexed.
    @discardableResult
    static func indexPending(in pool: DatabasePool, minimum: Int = 1, segmentSize: Int = segmentDocuments,
                             pending: PendingSearchTerms? = nil) throws -> Int {
        var indexed = 0
        while true {
            let written = try pool.write { db -> Int in
                let (last, waiting) = try waitingDocuments(in: db)
                guard waiting >= max(1, minimum) else { return 0 }
                let ids = try Int64.fetchAll(db, sql: "SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ?",
                                             arguments: [last, segmentSize])
                let stored = try db.cachedStatement(sql: "SELECT title, text FROM documents WHERE id = ?")
                var segment = SearchSegment()
                for id in ids {
                    try segment.add(row: id, pending: pending) {
                        let row = try Row.fetchOne(stored, arguments: [id])
                        return (row?["title"], row?["text"] ?? "")
                    }
                }
                try writeSegment(segment.builder, documents: ids, in: db)
                if let last = ids.last { pending?.forget(through: last) }
                return ids.count
            }
            if written == 0 { break }
            indexed += written
            try pool.write { db in try mergeSegments(in: db) }
        }
        return indexed
    }

    /// The last indexed document id, and how many stored documents come after it.
    static func waitingDocuments(in db: Database) throws -> (last: Int64, count: Int) {
        let last = try Int64.fetchOne(db, sql: "SELECT MAX(last_document) FROM search_segments") ?? 0
        return (last, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE id > ?", arguments: [last]) ?? 0)
    }

    /// Writes one level-0 segment of the terms of `documents` (ids ascending, all past the last segment).
    static func writeSegment(_ segment: SegmentBuilder, documents: [Int64], in db: Database) throws {
        guard let first = documents.first, let last = documents.last else { return }
        let firstRow = (try Int64.fetchOne(db, sql: "SELECT MAX(rowid) FROM search_postings") ?? 0) + 1
        try db.execute(sql: """
            INSERT INTO search_segments (level, first_document, last_document, documents, terms, first_row, last_row)
            VALUES (0, ?, ?, ?, ?, ?, ?)
            """, arguments: [first, last, documents.count, segment.wordCount, firstRow, firstRow - 1])
        let segmentID = db.lastInsertedRowID
        let insert = try PostingsRowInserter(db)
        var row = firstRow
        var postings: [UInt8] = [], positions: [UInt8] = [], scratch: [UInt8] = []
        try segment.forEachTerm { term, builder in
            builder.encode(into: &postings, positions: &positions, scratch: &scratch)
            try insert.insert(row: row, term: term, segment: segmentID, postings: postings, positions: positions)
            row += 1
        }
        try db.execute(sql: "UPDATE search_segments SET last_row = ? WHERE id = ?", arguments: [row - 1, segmentID])
    }

    /// Merges the last `mergeFactor` segments while they share a level, into one of the next level.
    static func mergeSegments(in db: Database) throws {
        while true {
            let tail = try Row.fetchAll(db, sql: """
                SELECT id, level, first_document, last_document, documents, terms, first_row, last_row
                FROM search_segments ORDER BY first_document DESC LIMIT ?
                """, arguments: [mergeFactor])
            guard tail.count == mergeFactor, Set(tail.map { $0["level"] as Int }).count == 1 else { return }
            try merge(Array(tail.reversed()), in: db)
        }
    }

    /// Concatenates the postings of consecutive segments, term by term, into one new segment.
    private static func merge(_ segments: [Row], in db: Database) throws {
        let level: Int = segments[0]["level"]
        let firstRow = (try Int64.fetchOne(db, sql: "SELECT MAX(rowid) FROM search_postings") ?? 0) + 1
        try db.execute(sql: """
            INSERT INTO search_segments (level, first_document, last_document, documents, terms, first_row, last_row)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [level + 1, segments.first!["first_document"] as Int64, segments.last!["last_document"] as Int64,
                             segments.reduce(0) { $0 + ($1["documents"] as Int) }, segments.reduce(0) { $0 + ($1["terms"] as Int) },
                             firstRow, firstRow - 1])
        let merged = db.lastInsertedRowID
        // One reader per segment, each in term order; a k-way merge by term. A term in one
        // segment only (most terms) goes on byte for byte; one in several is concatenated.
        var readers = try segments.map { segment in
            try PostingsRowReader(db, rows: (segment["first_row"] as Int64)...(segment["last_row"] as Int64))
        }
        let insert = try PostingsRowInserter(db)
        var row = firstRow
        var holders: [Int] = []
        while true {
            holders.removeAll(keepingCapacity: true)
            for index in readers.indices where !readers[index].isDone {
                guard let first = holders.first else { holders.append(index); continue }
                let order = TermBytes.compare(readers[index].term, readers[first].term)
                if order < 0 {
                    holders = [index]
                } else if order == 0 {
                    holders.append(index)
                }
            }
            guard let first = holders.first else { break }
            if holders.count == 1 {
                let reader = readers[first]
                try insert.insert(row: row, term: reader.term, segment: merged, postings: reader.postings, positions: reader.positions)
            } else {
                let blobs = holders.map { PostingsBlob([UInt8](readers[$0].postings), positions: [UInt8](readers[$0].positions)) }
                let joined = PostingsBlob.concatenated(blobs)
                try insert.insert(row: row, term: readers[first].term, segment: merged, postings: joined.postings, positions: joined.positions)
            }
            for index in holders { try readers[index].advance() }
            row += 1
        }
        try db.execute(sql: "UPDATE search_segments SET last_row = ? WHERE id = ?", arguments: [row - 1, merged])
        for segment in segments {
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
