/// A read-only hash table keyed by `WordKey`, open addressing with linear probing on the key's
/// mixed bits: the grammars look words up many times per token, and Swift's `Dictionary` runs
/// every lookup through a seeded SipHash. Built once from a dictionary. (RasdText's
/// `ScalarKeyTable` keys by runs of scalars; the grammars hold packed keys, and this table looks
/// them up without building a scalar array per lookup.)
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [WordKey]
    private var values: [Value?]
    private let shift: UInt64
    private let mask: Int

    init(_ entries: [WordKey: Value]) {
        var bits: UInt64 = 4
        while (1 << bits) < max(16, entries.count * 2) { bits += 1 }
        let size = 1 << Int(bits)
        shift = 64 - bits
        mask = size - 1
        keys = [WordKey](repeating: WordKey(), count: size)
        values = [Value?](repeating: nil, count: size)
        for (key, value) in entries {
            var slot = Int(truncatingIfNeeded: key.mixed >> shift)
            while values[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    init() { self.init([:]) }

    subscript(key: WordKey) -> Value? {
        var slot = Int(truncatingIfNeeded: key.mixed >> shift)
        while true {
            guard let value = values[slot] else { return nil }
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
    }

    func contains(_ key: WordKey) -> Bool { self[key] != nil }

    /// Every key in the table.
    var allKeys: [WordKey] { zip(keys, values).compactMap { $0.1 == nil ? nil : $0.0 } }
}
