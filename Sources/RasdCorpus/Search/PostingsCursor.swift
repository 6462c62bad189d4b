/// Walks one term's postings over every segment in document order, decoding a block only when a
/// query lands in it. `advance(to:)` skips whole blocks by their directory entries.
struct PostingsCursor {
    private let blobs: [PostingsBlob]
    /// Every block of every segment, in document order: (blob, block index).
    let blocks: [(blob: Int, block: Int)]
    let count: Int

    private(set) var blockIndex = -1
    private(set) var documents: [Int64] = []
    private(set) var frequencies: [UInt32] = []
    private(set) var norms: [UInt8] = []
    /// The posting the cursor is on, within the decoded block.
    private(set) var index = 0

    init(blobs: [PostingsBlob]) {
        self.blobs = blobs
        var blocks: [(Int, Int)] = []
        for (blobIndex, blob) in blobs.enumerated() {
            for blockIndex in blob.blocks.indices { blocks.append((blobIndex, blockIndex)) }
        }
        self.blocks = blocks
        self.count = blobs.reduce(0) { $0 + $1.count }
        documents.reserveCapacity(PostingsBlob.blockSize)
        frequencies.reserveCapacity(PostingsBlob.blockSize)
        norms.reserveCapacity(PostingsBlob.blockSize)
    }

    func block(_ number: Int) -> PostingsBlob.Block {
        let (blob, block) = blocks[number]
        return blobs[blob].blocks[block]
    }

    /// The document the cursor is on, or nil when it has run past the end.
    var document: Int64? { blockIndex < blocks.count && index < documents.count ? documents[index] : nil }
    var frequency: UInt32 { frequencies[index] }
    var norm: UInt8 { norms[index] }

    /// Decodes block `number` and puts the cursor on its first posting.
    mutating func load(block number: Int) {
        blockIndex = number
        index = 0
        documents.removeAll(keepingCapacity: true)
        frequencies.removeAll(keepingCapacity: true)
        norms.removeAll(keepingCapacity: true)
        guard number < blocks.count else { return }
        let meta = block(number)
        blobs[blocks[number].blob].bytes.withUnsafeBufferPointer { buffer in
            var offset = meta.documentBytes.lowerBound
            var document = meta.firstDocument
            documents.append(document)
            for _ in 1..<max(1, meta.count) {
                document += Int64(Varint.read(buffer, at: &offset))
                documents.append(document)
            }
            for _ in 0..<meta.count { frequencies.append(UInt32(truncatingIfNeeded: Varint.read(buffer, at: &offset))) }
            for _ in 0..<meta.count {
                norms.append(offset < buffer.count ? buffer[offset] : 0)
                offset += 1
            }
        }
    }

    /// Puts the cursor on posting `index` of the decoded block.
    mutating func move(to index: Int) { self.index = index }

    /// Moves to the first posting whose document is `target` or later; its document, or nil.
    mutating func advance(to target: Int64) -> Int64? {
        guard blockIndex < blocks.count else { return nil }
        if blockIndex < 0 || block(blockIndex).lastDocument < target {
            var next = max(0, blockIndex)
            while next < blocks.count && block(next).lastDocument < target { next += 1 }
            guard next < blocks.count else {
                blockIndex = blocks.count
                documents.removeAll(keepingCapacity: true)
                return nil
            }
            load(block: next)
        }
        while index < documents.count && documents[index] < target { index += 1 }
        return document
    }

    /// The positions of the posting the cursor is on.
    func positions() -> [UInt32] {
        let meta = block(blockIndex)
        var skip = 0
        for earlier in 0..<index { skip += Int(frequencies[earlier]) }
        var positions: [UInt32] = []
        positions.reserveCapacity(Int(frequencies[index]))
        blobs[blocks[blockIndex].blob].bytes.withUnsafeBufferPointer { buffer in
            var offset = meta.positionBytes.lowerBound
            for _ in 0..<skip { _ = Varint.read(buffer, at: &offset) }
            var position: UInt32 = 0
            for _ in 0..<frequencies[index] {
                position += UInt32(truncatingIfNeeded: Varint.read(buffer, at: &offset))
                positions.append(position)
            }
        }
        return positions
    }
}
