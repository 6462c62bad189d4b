import Synchronization

/// Stored documents' search rows made in memory, ready to write: each term once, in byte order,
/// with its postings and positions blobs (`PostingsBlob`). `rasd ingest` makes one of every 2,000
/// documents it stores (`SearchIndexWriter.partDocuments`) and writes four as one segment, merged
/// as they are written (`SegmentRows`) rather than in the database. Encoded, a document's rows take
/// about 4.5 kB, against some 20 kB for the terms (`DocumentTerms`) they are made from.
final class EncodedSegment: @unchecked Sendable {
    // @unchecked: immutable after init; `storage` is its own allocation, freed with it.
    let firstDocument: Int64
    let lastDocument: Int64
    let documentCount: Int
    /// Word terms of its documents (`search_segments.terms`).
    let wordCount: Int
    /// Each row's term, postings and positions, back to back; `ends` holds where each of the three
    /// ends, three per row.
    private let storage: UnsafeMutableRawBufferPointer
    private let ends: [Int32]

    var rowCount: Int { ends.count / 3 }

    /// The rows of `segment`'s documents (at least one).
    init(_ segment: SearchSegment) {
        precondition(!segment.documents.isEmpty)
        firstDocument = segment.documents.first!
        lastDocument = segment.documents.last!
        documentCount = segment.documents.count
        wordCount = segment.wordCount
        var bytes: [UInt8] = [], ends: [Int32] = []
        var postings: [UInt8] = [], positions: [UInt8] = [], scratch: [UInt8] = []
        segment.builder.forEachTerm { term, builder in
            builder.encode(into: &postings, positions: &positions, scratch: &scratch)
            bytes.append(contentsOf: term)
            ends.append(Int32(bytes.count))
            bytes.append(contentsOf: postings)
            ends.append(Int32(bytes.count))
            bytes.append(contentsOf: positions)
            ends.append(Int32(bytes.count))
        }
        storage = .allocate(byteCount: max(1, bytes.count), alignment: 1)
        storage.copyBytes(from: bytes)
        self.ends = ends
    }

    deinit { storage.deallocate() }

    /// Row `row`'s `part`: 0 its term, 1 its postings, 2 its positions.
    fileprivate func bytes(row: Int, part: Int) -> UnsafeRawBufferPointer {
        let index = row * 3 + part
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return UnsafeRawBufferPointer(rebasing: storage[start..<Int(ends[index])])
    }

    /// Steps through its rows, for `SegmentRows.merge`.
    struct Cursor: PostingsRowSource {
        let segment: EncodedSegment
        private var row = 0

        init(_ segment: EncodedSegment) { self.segment = segment }

        var isDone: Bool { row >= segment.rowCount }
        var term: UnsafeBufferPointer<UInt8> { segment.bytes(row: row, part: 0).assumingMemoryBound(to: UInt8.self) }
        var postings: UnsafeRawBufferPointer { segment.bytes(row: row, part: 1) }
        var positions: UnsafeRawBufferPointer { segment.bytes(row: row, part: 2) }
        mutating func advance() { row += 1 }
    }
}

/// The parts of the next level-0 segment that SQLite's `SearchIndexWriter` has made and not
/// written yet, documents ascending. Memory only: if the process stops, the documents they cover
/// are read again from their stored text.
final class SegmentParts: Sendable {
    private let parts = Mutex<[EncodedSegment]>([])

    var all: [EncodedSegment] { parts.withLock { $0 } }

    func replace(with new: [EncodedSegment]) {
        parts.withLock { $0 = new }
    }
}
