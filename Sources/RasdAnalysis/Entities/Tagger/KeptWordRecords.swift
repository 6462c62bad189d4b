/// What `NERTagger` keeps for each word type it has met: the word's context features and its summed
/// weights, one record each in memory reserved once, so that a record never moves. A record is
/// written once, under the tagger's lock and before the word is entered in its index; a thread that
/// found the word in the index (under the same lock) then reads the record without the lock, in place.
final class KeptWordRecords: @unchecked Sendable {
    private let base: UnsafeMutableRawPointer
    private let capacity: Int
    /// Sums in a record.
    private let floats: Int
    /// Bytes of a record: the context, then the floats, rounded up to 16.
    private let stride: Int
    private static let contextBytes = (MemoryLayout<NERFeatures.Context>.stride + 15) & ~15

    /// Room for `capacity` records of `floats` sums each. The pages are only touched as records are
    /// written, so unused room costs address space, not memory.
    init(capacity: Int, floats: Int) {
        self.capacity = capacity
        stride = (Self.contextBytes + floats * MemoryLayout<Float>.stride + 15) & ~15
        base = .allocate(byteCount: capacity * stride, alignment: 64)
        self.floats = floats
    }

    deinit { base.deallocate() }

    func context(_ record: Int) -> NERFeatures.Context {
        (base + record * stride).load(as: NERFeatures.Context.self)
    }

    /// A word from each cache line of a record, folded: reading a sentence's records this way, all
    /// in one loop, has their lines fetched together rather than one by one as the sums are added.
    func touch(_ record: Int) -> UInt32 {
        let start = base + record * stride
        var folded: UInt32 = 0
        var offset = 0
        while offset < stride {
            folded ^= start.load(fromByteOffset: offset, as: UInt32.self)
            offset += 64
        }
        return folded
    }

    func sums(_ record: Int) -> UnsafePointer<Float> {
        UnsafePointer((base + record * stride + Self.contextBytes).assumingMemoryBound(to: Float.self))
    }

    /// Fills record `record` (the next unused one, under the tagger's lock).
    func write(_ record: Int, context: NERFeatures.Context, sums: UnsafePointer<Float>) {
        precondition(record >= 0 && record < capacity)
        let start = base + record * stride
        start.initializeMemory(as: NERFeatures.Context.self, repeating: context, count: 1)
        (start + Self.contextBytes).initializeMemory(as: Float.self, from: sums, count: floats)
    }
}
