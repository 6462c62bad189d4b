/// A hash table from words (runs of Unicode scalars) to a value, looked up by any run of scalars
/// without building a String: Swift's String hashing and equality go through Unicode
/// normalization, which would dominate a lookup of Arabic text. Keys live in one flat array.
public struct ScalarKeyTable<Value: Sendable>: Sendable {
    @usableFromInline var storage: [Unicode.Scalar] = []
    @usableFromInline var keyStarts: [Int32] = []
    @usableFromInline var keyLengths: [Int32] = []
    public internal(set) var values: [Value] = []
    /// Open addressing, linear probing; a bucket holds what a probe compares, so that a miss
    /// costs one cache line.
    @usableFromInline var buckets = [Bucket](repeating: Bucket(), count: 16)

    @usableFromInline struct Bucket: Sendable {
        /// Entry index + 1; 0 for an empty bucket.
        @usableFromInline var entry: Int32 = 0
        @usableFromInline var hash: UInt32 = 0
        @usableFromInline var start: Int32 = 0
        @usableFromInline var length: Int32 = 0

        @usableFromInline init() {}

        @usableFromInline init(entry: Int32, hash: UInt32, start: Int32, length: Int32) {
            self.entry = entry
            self.hash = hash
            self.start = start
            self.length = length
        }
    }

    public init() {}

    /// A table of `words` (their scalars as written), each with `value`.
    public init(_ words: some Sequence<String>, value: Value) {
        for word in words { set(Array(word.unicodeScalars), to: value) }
    }

    public var count: Int { values.count }

    /// The slot of `key`, or nil.
    @inlinable @inline(__always)
    public func index<C: Collection>(of key: C) -> Int? where C.Element == Unicode.Scalar {
        let hash = Self.hash(key)
        let length = Int32(truncatingIfNeeded: key.count)
        let mask = buckets.count - 1
        var index = Int(hash) & mask
        while true {
            let bucket = buckets[index]
            if bucket.entry == 0 { return nil }
            if bucket.hash == hash && bucket.length == length && matches(Int(bucket.start), key) {
                return Int(bucket.entry) - 1
            }
            index = (index + 1) & mask
        }
    }

    @inlinable
    public subscript<C: Collection>(key: C) -> Value? where C.Element == Unicode.Scalar {
        index(of: key).map { values[$0] }
    }

    /// Sets the value of `key`, adding the key if it is new.
    public mutating func set<C: Collection>(_ key: C, to value: Value) where C.Element == Unicode.Scalar {
        store(key, value)
    }

    /// `set` for a slice of scalars, the key the search indexer adds: compiled here for it, since
    /// a generic call from another module would walk the key through witness tables.
    public mutating func set(_ key: ArraySlice<Unicode.Scalar>, to value: Value) {
        store(key, value)
    }

    @inline(__always)
    private mutating func store<C: Collection>(_ key: C, _ value: Value) where C.Element == Unicode.Scalar {
        if let index = index(of: key) {
            values[index] = value
            return
        }
        if (values.count + 1) * 2 > buckets.count { grow() }
        keyStarts.append(Int32(storage.count))
        keyLengths.append(Int32(key.count))
        storage.append(contentsOf: key)
        values.append(value)
        insert(values.count - 1)
    }

    /// Removes `key` if present. Rebuilds the table, O(n): removal is rare.
    public mutating func remove<C: Collection>(_ key: C) where C.Element == Unicode.Scalar {
        guard let removed = index(of: key) else { return }
        var rebuilt = ScalarKeyTable<Value>()
        for entry in 0..<values.count where entry != removed {
            rebuilt.set(self.key(at: entry), to: values[entry])
        }
        self = rebuilt
    }

    /// The key of entry `index`.
    public func key(at index: Int) -> ArraySlice<Unicode.Scalar> {
        let start = Int(keyStarts[index])
        return storage[start..<(start + Int(keyLengths[index]))]
    }

    /// Whether the stored scalars from `start` on begin with `key` (lengths already equal).
    @inlinable @inline(__always)
    func matches<C: Collection>(_ start: Int, _ key: C) -> Bool where C.Element == Unicode.Scalar {
        var position = start
        for scalar in key {
            if storage[position] != scalar { return false }
            position += 1
        }
        return true
    }

    private mutating func grow() {
        buckets = [Bucket](repeating: Bucket(), count: buckets.count * 2)
        for entry in 0..<values.count { insert(entry) }
    }

    private mutating func insert(_ entry: Int) {
        let hash = Self.hash(key(at: entry))
        let mask = buckets.count - 1
        var index = Int(hash) & mask
        while buckets[index].entry != 0 { index = (index + 1) & mask }
        buckets[index] = Bucket(entry: Int32(entry + 1), hash: hash, start: keyStarts[entry], length: keyLengths[entry])
    }

    /// FNV-1a over the scalar values, folded to 32 bits.
    @inlinable @inline(__always)
    public static func hash<C: Collection>(_ key: C) -> UInt32 where C.Element == Unicode.Scalar {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for scalar in key {
            hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
