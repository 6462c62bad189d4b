/// One term's postings in one index segment, as stored in `search_postings.postings`:
///
///     count, blockCount,
///     blockCount × (firstDocument, lastDocument − firstDocument, postings, maxFrequency, minNorm,
///                   documentBytes, positionBytes),
///     blockCount × (document deltas, frequencies, norm bytes | position deltas per posting)
///
/// Numbers are varints. Blocks hold up to 128 postings and carry their own first document, so two
/// segments' blobs concatenate without decoding (`concatenated`), and a query skips a block by its
/// directory entry alone: by document range, or by the score bound of its best frequency and
/// shortest document (block-max).
struct PostingsBlob {
    static let blockSize = 128

    struct Block {
        var firstDocument: Int64
        var lastDocument: Int64
        var count: Int
        var maxFrequency: UInt32
        var minNorm: UInt8
        var documentBytes: Range<Int>
        var positionBytes: Range<Int>
    }

    /// Postings of one term, documents ascending, to be written as a blob.
    struct Builder {
        var documents: [Int64] = []
        var frequencies: [UInt32] = []
        var norms: [UInt8] = []
        /// Positions of every posting, concatenated; `frequencies` tells how many each has.
        var positions: [UInt32] = []

        var count: Int { documents.count }

        func encoded() -> [UInt8] {
            var directory: [UInt8] = []
            var data: [UInt8] = []
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
                let positionStart = data.count
                for index in range {
                    var last: UInt32 = 0
                    for _ in 0..<frequencies[index] {
                        let position = positions[positionIndex]
                        Varint.append(UInt64(position - last), to: &data)
                        last = position
                        positionIndex += 1
                    }
                }
                Varint.append(UInt64(documents[range.lowerBound]), to: &directory)
                Varint.append(UInt64(documents[range.upperBound - 1] - documents[range.lowerBound]), to: &directory)
                Varint.append(UInt64(range.count), to: &directory)
                Varint.append(UInt64(frequencies[range].max() ?? 0), to: &directory)
                directory.append(norms[range].min() ?? 0)
                Varint.append(UInt64(positionStart - documentStart), to: &directory)
                Varint.append(UInt64(data.count - positionStart), to: &directory)
            }
            return directory + data
        }
    }

    /// The blob's bytes.
    let bytes: [UInt8]
    let count: Int
    let blocks: [Block]

    /// Reads a blob's directory; block byte ranges index `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var blocks: [Block] = []
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            count = Int(Varint.read(buffer, at: &offset))
            let blockCount = Int(Varint.read(buffer, at: &offset))
            blocks.reserveCapacity(blockCount)
            var sizes: [(Int, Int)] = []
            sizes.reserveCapacity(blockCount)
            for _ in 0..<blockCount {
                let first = Int64(Varint.read(buffer, at: &offset))
                let span = Int64(Varint.read(buffer, at: &offset))
                let postings = Int(Varint.read(buffer, at: &offset))
                let maxFrequency = UInt32(truncatingIfNeeded: Varint.read(buffer, at: &offset))
                let minNorm = offset < buffer.count ? buffer[offset] : 0
                offset += 1
                let documentBytes = Int(Varint.read(buffer, at: &offset))
                let positionBytes = Int(Varint.read(buffer, at: &offset))
                blocks.append(Block(firstDocument: first, lastDocument: first + span, count: postings,
                                    maxFrequency: maxFrequency, minNorm: minNorm, documentBytes: 0..<0, positionBytes: 0..<0))
                sizes.append((documentBytes, positionBytes))
            }
            for index in blocks.indices {
                let documentEnd = min(buffer.count, offset + sizes[index].0)
                let positionEnd = min(buffer.count, documentEnd + sizes[index].1)
                blocks[index].documentBytes = offset..<documentEnd
                blocks[index].positionBytes = documentEnd..<positionEnd
                offset = positionEnd
            }
        }
        self.count = count
        self.blocks = blocks
    }

    /// The postings of consecutive segments as one blob: every document of `blobs[i]` comes before
    /// every document of `blobs[i + 1]`. Block data is copied as is.
    static func concatenated(_ blobs: [PostingsBlob]) -> [UInt8] {
        var directory: [UInt8] = []
        var data: [UInt8] = []
        Varint.append(UInt64(blobs.reduce(0) { $0 + $1.count }), to: &directory)
        Varint.append(UInt64(blobs.reduce(0) { $0 + $1.blocks.count }), to: &directory)
        for blob in blobs {
            for block in blob.blocks {
                Varint.append(UInt64(block.firstDocument), to: &directory)
                Varint.append(UInt64(block.lastDocument - block.firstDocument), to: &directory)
                Varint.append(UInt64(block.count), to: &directory)
                Varint.append(UInt64(block.maxFrequency), to: &directory)
                directory.append(block.minNorm)
                Varint.append(UInt64(block.documentBytes.count), to: &directory)
                Varint.append(UInt64(block.positionBytes.count), to: &directory)
                data.append(contentsOf: blob.bytes[block.documentBytes])
                data.append(contentsOf: blob.bytes[block.positionBytes])
            }
        }
        return directory + data
    }
}
