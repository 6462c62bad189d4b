/// One segment's search rows in term order, as a merge steps through them: stored rows
/// (`PostingsRowReader`) or rows made in memory (`EncodedSegment.Cursor`). The buffers stay valid
/// until `advance`.
protocol PostingsRowSource {
    var isDone: Bool { get }
    var term: UnsafeBufferPointer<UInt8> { get }
    var postings: UnsafeRawBufferPointer { get }
    var positions: UnsafeRawBufferPointer { get }
    mutating func advance() throws
}

/// Merging consecutive segments' rows into one segment's.
enum SegmentRows {
    /// Steps `sources` (consecutive segments: every document of one before every document of the
    /// next) together in term order, a k-way merge by term, and gives `body` each term once. A
    /// term in one source (most terms) goes on byte for byte; one in several is concatenated.
    static func merge(
        _ sources: [any PostingsRowSource],
        _ body: (_ term: UnsafeBufferPointer<UInt8>, _ postings: UnsafeRawBufferPointer, _ positions: UnsafeRawBufferPointer) throws -> Void
    ) throws {
        var sources = sources
        var holders: [Int] = []
        while true {
            holders.removeAll(keepingCapacity: true)
            for index in sources.indices where !sources[index].isDone {
                guard let first = holders.first else { holders.append(index); continue }
                let order = TermBytes.compare(sources[index].term, sources[first].term)
                if order < 0 {
                    holders = [index]
                } else if order == 0 {
                    holders.append(index)
                }
            }
            guard let first = holders.first else { break }
            if holders.count == 1 {
                let source = sources[first]
                try body(source.term, source.postings, source.positions)
            } else {
                let joined = PostingsBlob.concatenated(holders.map { PostingsBlob([UInt8](sources[$0].postings), positions: [UInt8](sources[$0].positions)) })
                try joined.postings.withUnsafeBytes { postings in
                    try joined.positions.withUnsafeBytes { positions in
                        try body(sources[first].term, postings, positions)
                    }
                }
            }
            for index in holders { try sources[index].advance() }
        }
    }
}
