/// A hash table from words (runs of Unicode scalars) to a value, looked up by any run of scalars
/// without building a String: Swift's String hashing and equality go through Unicode
/// normalization, which dominates a lookup of Arabic text. Keys live in one flat array.
struct ScalarKeyTable<Value: Sendable>: Sendable {
    private var storage: [Unicode.Scalar] = []
    private var keyStarts: [Int32] = []
    private var keyLengths: [Int32] = []
    private(set) var values: [Value] = []
    /// Open addressing, linear probing: entry index + 1, or 0 for an empty bucket.
    private var buckets: [Int32] = Array(repeating: 0, count: 16)

    init() {}

    /// A table of `words` (their scalars as written), each with `value`.
    init(_ words: some Sequence<String>, value: Value) {
        for word in words { set(word.unicodeScalars, to: value) }
    }

    var count: Int { values.count }

    /// The slot of `key`, or nil.
    func index<C: Collection>(of key: C) -> Int? where C.Element == Unicode.Scalar {
        let mask = buckets.count - 1
        var bucket = Self.hash(key) & mask
        while true {
            let entry = Int(buckets[bucket])
            if entry == 0 { return nil }
            if matches(entry - 1, key) { return entry - 1 }
            bucket = (bucket + 1) & mask
        }
    }

    subscript<C: Collection>(key: C) -> Value? where C.Element == Unicode.Scalar {
        index(of: key).map { values[$0] }
    }

    /// Sets the value of `key`, adding the key if it is new.
    mutating func set<C: Collection>(_ key: C, to value: Value) where C.Element == Unicode.Scalar {
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
    mutating func remove<C: Collection>(_ key: C) where C.Element == Unicode.Scalar {
        guard let removed = index(of: key) else { return }
        var rebuilt = ScalarKeyTable<Value>()
        for entry in 0..<values.count where entry != removed {
            rebuilt.set(self.key(at: entry), to: values[entry])
        }
        self = rebuilt
    }

    /// The key of entry `index`.
    func key(at index: Int) -> ArraySlice<Unicode.Scalar> {
        let start = Int(keyStarts[index])
        return storage[start..<(start + Int(keyLengths[index]))]
    }

    private func matches<C: Collection>(_ entry: Int, _ key: C) -> Bool where C.Element == Unicode.Scalar {
        guard Int(keyLengths[entry]) == key.count else { return false }
        return storage[Int(keyStarts[entry])...].starts(with: key)
    }

    private mutating func grow() {
        buckets = Array(repeating: 0, count: buckets.count * 2)
        for entry in 0..<values.count { insert(entry) }
    }

    private mutating func insert(_ entry: Int) {
        let mask = buckets.count - 1
        var bucket = Self.hash(key(at: entry)) & mask
        while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
        buckets[bucket] = Int32(entry + 1)
    }

    /// FNV-1a over the scalar values, folded to a non-negative Int.
    @inline(__always)
    static func hash<C: Collection>(_ key: C) -> Int where C.Element == Unicode.Scalar {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for scalar in key {
            hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29)) & Int.max
    }
}
