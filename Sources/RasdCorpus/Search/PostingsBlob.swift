/// One term's postings in one index segment, as stored in `search_postings`: `postings` holds
///
///     count, blockCount,
///     blockCount × (firstDocument, lastDocument − firstDocument, postings, documentBytes,
///                   positionBytes, frontierCount, frontierCount × (frequency, norm byte)),
///     blockCount × (document deltas, frequencies, norm bytes)
///
/// and `positions` each block's position deltas per posting, so a query that needs no phrase never
/// reads them. Numbers are varints. Blocks hold up to 128 postings and carry their own first
/// document, so two segments' blobs concatenate without decoding (`concatenated`). A block's
/// frontier is its postings that no other beats on both frequency and shortness: the best BM25
/// score in the block is one of them, whatever the corpus's average length, so a query skips a
/// block that cannot beat its weakest kept result without decoding it (block-max).
struct PostingsBlob: Sendable {
    static let blockSize = 128

    struct Block: Sendable {
        var firstDocument: Int64
        var lastDocument: Int64
        var count: Int
        var documentBytes: Range<Int>
        var positionBytes: Range<Int>
        /// Indexes into `PostingsBlob.frontier`.
        var frontier: Range<Int>
    }

    /// Postings of one term, documents ascending, to be written as a blob.
    struct Builder: Sendable {
        var documents: [Int64] = []
        var frequencies: [UInt32] = []
        var norms: [UInt8] = []
        /// Positions of every posting, concatenated; `frequencies` tells how many each has.
        var positions: [UInt32] = []

        var count: Int { documents.count }

        /// The postings blob (into `directory`) and the positions blob, in buffers the caller reuses
        /// from term to term (each is emptied first, its capacity kept): a segment encodes some
        /// hundred thousand terms, most with few postings. `scratch` is working space.
        func encode(into directory: inout [UInt8], positions positionData: inout [UInt8], scratch data: inout [UInt8]) {
            directory.removeAll(keepingCapacity: true)
            positionData.removeAll(keepingCapacity: true)
            data.removeAll(keepingCapacity: true)
            let blockCount = (documents.count + PostingsBlob.blockSize - 1) / PostingsBlob.blockSize
            Varint.append(UInt64(documents.count), to: &directory)
            Varint.append(UInt64(blockCount), to: &directory)
            var positionIndex = 0
            for block in 0..<blockCount {
                let range = (block * PostingsBlob.blockSize)..<min(documents.count, (block + 1) * PostingsBlob.blockSize)
                let documentStart = data.count
                var previous = documents[range.lowerBound]
                for index in range.dropFirst() {
                    Varint.append(UInt64(documents[index] - previous), to: &data)
                    previous = documents[index]
                }
                for index in range { Varint.append(UInt64(frequencies[index]), to: &data) }
                for index in range { data.append(norms[index]) }
                let positionStart = positionData.count
                for index in range {
                    var last: UInt32 = 0
                    for _ in 0..<frequencies[index] {
                        let position = positions[positionIndex]
                        Varint.append(UInt64(position - last), to: &positionData)
                        last = position
                        positionIndex += 1
                    }
                }
                Varint.append(UInt64(documents[range.lowerBound]), to: &directory)
                Varint.append(UInt64(documents[range.upperBound - 1] - documents[range.lowerBound]), to: &directory)
                Varint.append(UInt64(range.count), to: &directory)
                Varint.append(UInt64(data.count - documentStart), to: &directory)
                Varint.append(UInt64(positionData.count - positionStart), to: &directory)
                let frontier = Self.frontier(frequencies: frequencies[range], norms: norms[range])
                Varint.append(UInt64(frontier.count), to: &directory)
                for (frequency, norm) in frontier {
                    Varint.append(UInt64(frequency), to: &directory)
                    directory.append(norm)
                }
            }
            directory.append(contentsOf: data)
        }

        /// Empties it for the next term, keeping capacity.
        mutating func removeAll() {
            documents.removeAll(keepingCapacity: true)
            frequencies.removeAll(keepingCapacity: true)
            norms.removeAll(keepingCapacity: true)
            positions.removeAll(keepingCapacity: true)
        }

        /// The (frequency, norm) pairs no other posting beats on both counts: shortest first,
        /// each with a higher frequency than every shorter one.
        static func frontier(frequencies: ArraySlice<UInt32>, norms: ArraySlice<UInt8>) -> [(UInt32, UInt8)] {
            if frequencies.count <= 16 {
                // Few postings (most terms of a segment): sorted by norm, most frequent first
                // within one, rather than a table of every norm.
                var frontier: [(UInt32, UInt8)] = []
                var highest: UInt32 = 0
                for (norm, frequency) in zip(norms, frequencies).sorted(by: { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 > $1.1) })
                where frequency > highest {
                    frontier.append((frequency, norm))
                    highest = frequency
                }
                return frontier
            }
            var best = [UInt32](repeating: 0, count: 256)
            for (frequency, norm) in zip(frequencies, norms) where frequency > best[Int(norm)] { best[Int(norm)] = frequency }
            var frontier: [(UInt32, UInt8)] = []
            var highest: UInt32 = 0
            for norm in 0..<256 where best[norm] > highest {
                frontier.append((best[norm], UInt8(norm)))
                highest = best[norm]
            }
            return frontier
        }
    }

    /// The postings blob's bytes, and the positions blob's when they were read.
    let bytes: [UInt8]
    let positions: [UInt8]
    let count: Int
    let blocks: [Block]
    /// Every block's frontier, one after another.
    let frontier: [(frequency: UInt32, norm: UInt8)]

    /// Reads a blob's directory; `documentBytes` index `bytes`, `positionBytes` index `positions`.
    init(_ bytes: [UInt8], positions: [UInt8] = []) {
        self.bytes = bytes
        self.positions = positions
        var blocks: [Block] = []
        var frontier: [(frequency: UInt32, norm: UInt8)] = []
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            count = Int(Varint.read(buffer, at: &offset))
            let blockCount = Int(Varint.read(buffer, at: &offset))
            blocks.reserveCapacity(blockCount)
            frontier.reserveCapacity(blockCount * 2)
            var sizes: [(Int, Int)] = []
            sizes.reserveCapacity(blockCount)
            for _ in 0..<blockCount {
                let first = Int64(Varint.read(buffer, at: &offset))
                let span = Int64(Varint.read(buffer, at: &offset))
                let postings = Int(Varint.read(buffer, at: &offset))
                let documentBytes = Int(Varint.read(buffer, at: &offset))
                let positionBytes = Int(Varint.read(buffer, at: &offset))
                let frontierCount = Int(Varint.read(buffer, at: &offset))
                let frontierStart = frontier.count
                for _ in 0..<frontierCount {
                    let frequency = UInt32(truncatingIfNeeded: Varint.read(buffer, at: &offset))
                    frontier.append((frequency, offset < buffer.count ? buffer[offset] : 0))
                    offset += 1
                }
                blocks.append(Block(firstDocument: first, lastDocument: first + span, count: postings,
                                    documentBytes: 0..<0, positionBytes: 0..<0, frontier: frontierStart..<frontier.count))
                sizes.append((documentBytes, positionBytes))
            }
            var positionOffset = 0
            for index in blocks.indices {
                let documentEnd = min(buffer.count, offset + sizes[index].0)
                blocks[index].documentBytes = min(offset, documentEnd)..<documentEnd
                blocks[index].positionBytes = positionOffset..<(positionOffset + sizes[index].1)
                offset = documentEnd
                positionOffset += sizes[index].1
            }
        }
        self.count = count
        self.blocks = blocks
        self.frontier = frontier
    }

    /// The postings of consecutive segments as one blob: every document of `blobs[i]` comes before
    /// every document of `blobs[i + 1]`. Block data is copied as is.
    static func concatenated(_ blobs: [PostingsBlob]) -> (postings: [UInt8], positions: [UInt8]) {
        var directory: [UInt8] = []
        var data: [UInt8] = []
        var positionData: [UInt8] = []
        Varint.append(UInt64(blobs.reduce(0) { $0 + $1.count }), to: &directory)
        Varint.append(UInt64(blobs.reduce(0) { $0 + $1.blocks.count }), to: &directory)
        for blob in blobs {
            for block in blob.blocks {
                Varint.append(UInt64(block.firstDocument), to: &directory)
                Varint.append(UInt64(block.lastDocument - block.firstDocument), to: &directory)
                Varint.append(UInt64(block.count), to: &directory)
                Varint.append(UInt64(block.documentBytes.count), to: &directory)
                Varint.append(UInt64(block.positionBytes.count), to: &directory)
                Varint.append(UInt64(block.frontier.count), to: &directory)
                for entry in blob.frontier[block.frontier] {
                    Varint.append(UInt64(entry.frequency), to: &directory)
                    directory.append(entry.norm)
                }
                data.append(contentsOf: blob.bytes[block.documentBytes])
            }
            positionData.append(contentsOf: blob.positions)
        }
        return (directory + data, positionData)
    }
}
