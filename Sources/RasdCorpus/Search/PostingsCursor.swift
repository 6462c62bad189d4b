/// Walks one term's postings over every segment in document order, decoding a block only when a
/// query lands in it. `advance(to:)` skips whole blocks by their directory entries.
struct PostingsCursor: Sendable {
    private let blobs: [PostingsBlob]
    /// Every block of every segment, in document order: (blob, block index).
    private let blockAddresses: [(blob: Int, block: Int)]
    /// First and last document of each block, in document order.
    let firstDocuments: [Int64]
    let lastDocuments: [Int64]
    let count: Int

    private(set) var blockIndex = -1
    private(set) var documents: [Int64] = []
    private(set) var frequencies: [UInt32] = []
    private(set) var norms: [UInt8] = []
    /// The posting the cursor is on, within the decoded block.
    private(set) var index = 0
    /// The decoded block's positions, and where each posting's start: decoded on first use and
    /// only as far as the postings asked for (`positions()`).
    private var positionBlock = -1
    private var blockPositions: [UInt32] = []
    private var positionStarts: [Int] = []
    /// Where the next undecoded posting's positions start in the positions blob.
    private var positionOffset = 0

    init(blobs: [PostingsBlob]) {
        self.blobs = blobs
        var addresses: [(Int, Int)] = []
        var firsts: [Int64] = [], lasts: [Int64] = []
        for (blobIndex, blob) in blobs.enumerated() {
            for (blockIndex, block) in blob.blocks.enumerated() {
                addresses.append((blobIndex, blockIndex))
                firsts.append(block.firstDocument)
                lasts.append(block.lastDocument)
            }
        }
        blockAddresses = addresses
        firstDocuments = firsts
        lastDocuments = lasts
        count = blobs.reduce(0) { $0 + $1.count }
        documents.reserveCapacity(PostingsBlob.blockSize)
        frequencies.reserveCapacity(PostingsBlob.blockSize)
        norms.reserveCapacity(PostingsBlob.blockSize)
    }

    var blockCount: Int { blockAddresses.count }

    /// About how much memory the cursor's lists hold (for `PostingsCache`).
    var byteCount: Int { blobs.reduce(0) { $0 + $1.bytes.count + $1.positions.count } + blockAddresses.count * 48 }

    /// The best score each block could give, by `score(frequency, norm)` over its frontier.
    func blockBounds(_ score: (UInt32, UInt8) -> Double) -> [Double] {
        blockAddresses.map { address in
            let blob = blobs[address.blob]
            return blob.frontier[blob.blocks[address.block].frontier].reduce(0.0) { max($0, score($1.frequency, $1.norm)) }
        }
    }

    /// The document the cursor is on, or nil when it has run past the end.
    var document: Int64? { index < documents.count ? documents[index] : nil }
    var frequency: UInt32 { frequencies[index] }
    var norm: UInt8 { norms[index] }

    /// Decodes block `number` and puts the cursor on its first posting.
    mutating func load(block number: Int) {
        blockIndex = number
        index = 0
        guard number < blockAddresses.count else {
            documents.removeAll(keepingCapacity: true)
            return
        }
        let address = blockAddresses[number]
        let meta = blobs[address.blob].blocks[address.block]
        let count = meta.count
        let bytes = blobs[address.blob].bytes
        bytes.withUnsafeBufferPointer { buffer in
            var offset = meta.documentBytes.lowerBound
            Self.refill(&documents, count: count) { output in
                var document = meta.firstDocument
                output[0] = document
                for posting in 1..<max(1, count) {
                    document += Int64(Varint.read(buffer, at: &offset))
                    output[posting] = document
                }
            }
            Self.refill(&frequencies, count: count) { output in
                for posting in 0..<count { output[posting] = UInt32(truncatingIfNeeded: Varint.read(buffer, at: &offset)) }
            }
            Self.refill(&norms, count: count) { output in
                for posting in 0..<count {
                    output[posting] = offset < buffer.count ? buffer[offset] : 0
                    offset += 1
                }
            }
        }
    }

    /// Makes `array` `count` long and lets `fill` write every element, in the storage it has: a
    /// cursor decodes block after block into the same three arrays instead of allocating new ones.
    private static func refill<Element: FixedWidthInteger>(_ array: inout [Element], count: Int,
                                                           _ fill: (UnsafeMutableBufferPointer<Element>) -> Void) {
        if array.count > count {
            array.removeLast(array.count - count)
        } else if array.count < count {
            array.append(contentsOf: repeatElement(0, count: count - array.count))
        }
        guard count > 0 else { return }
        array.withUnsafeMutableBufferPointer { fill($0) }
    }

    /// Puts the cursor on posting `index` of the decoded block.
    mutating func move(to index: Int) { self.index = index }

    /// The first block whose last document is `document` or later (`blockCount` if none is).
    func firstBlock(endingAtOrAfter document: Int64) -> Int {
        var low = 0, high = lastDocuments.count
        while low < high {
            let middle = (low + high) / 2
            if lastDocuments[middle] < document { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Moves to the first posting whose document is `target` or later; its document, or nil. The
    /// target may lie behind the cursor (a query that visits its lead term's blocks best first).
    mutating func advance(to target: Int64) -> Int64? {
        let inBlock = blockIndex >= 0 && blockIndex < blockAddresses.count && lastDocuments[blockIndex] >= target
            && (blockIndex == 0 || lastDocuments[blockIndex - 1] < target)
        if !inBlock {
            let low = firstBlock(endingAtOrAfter: target)
            guard low < blockAddresses.count else {
                blockIndex = blockAddresses.count
                documents.removeAll(keepingCapacity: true)
                index = 0
                return nil
            }
            if low != blockIndex { load(block: low) }
            index = 0
        } else if index > 0 && documents[min(index, documents.count) - 1] >= target {
            index = 0  // the target is behind the cursor, within this block
        }
        while index < documents.count && documents[index] < target { index += 1 }
        return document
    }

    /// The positions of the posting the cursor is on (the cursor was made with positions). A
    /// block's positions are decoded only as far as the postings asked for: a phrase is checked in
    /// a few of a block's documents, not all of them.
    mutating func positions() -> ArraySlice<UInt32> {
        if positionBlock != blockIndex {
            positionBlock = blockIndex
            blockPositions.removeAll(keepingCapacity: true)
            positionStarts.removeAll(keepingCapacity: true)
            positionStarts.append(0)
            let address = blockAddresses[blockIndex]
            positionOffset = blobs[address.blob].blocks[address.block].positionBytes.lowerBound
        }
        if positionStarts.count <= index + 1 { decodePositions(through: index) }
        return blockPositions[positionStarts[index]..<positionStarts[index + 1]]
    }

    /// Decodes the positions of the block's postings up to `posting`, after those decoded already.
    private mutating func decodePositions(through posting: Int) {
        let address = blockAddresses[blockIndex]
        blobs[address.blob].positions.withUnsafeBufferPointer { buffer in
            var offset = positionOffset
            while positionStarts.count <= posting + 1 {
                var position: UInt32 = 0
                for _ in 0..<frequencies[positionStarts.count - 1] {
                    position &+= UInt32(truncatingIfNeeded: Varint.read(buffer, at: &offset))
                    blockPositions.append(position)
                }
                positionStarts.append(blockPositions.count)
            }
            positionOffset = offset
        }
    }
}
