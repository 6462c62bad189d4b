/// A read-only hash table keyed by `WordKey`, open addressing with linear probing on the key's
/// mixed bits: the grammars look words up many times per token, and Swift's `Dictionary` runs
/// every lookup through a seeded SipHash. Built once from a dictionary. (RasdText's
/// `ScalarKeyTable` keys by runs of scalars; the grammars hold packed keys, and this table looks
/// them up without building a scalar array per lookup.) Most lookups miss (a gazetteer asked about
/// every word of a text); a bit per key in a small filter, eight bits per entry, answers most misses
/// without touching the table.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [WordKey]
    private var values: [Value?]
    private let shift: UInt64
    private let mask: Int
    /// One bit set for each key, at `filterBit(_:shift:)`.
    private var filter: [UInt64]
    private let filterShift: UInt64

    init(_ entries: [WordKey: Value]) {
        var bits: UInt64 = 4
        while (1 << bits) < max(16, entries.count * 2) { bits += 1 }
        let size = 1 << Int(bits)
        shift = 64 - bits
        mask = size - 1
        keys = [WordKey](repeating: WordKey(), count: size)
        values = [Value?](repeating: nil, count: size)
        var filterBits: UInt64 = 9
        while (1 << filterBits) < entries.count * 8 { filterBits += 1 }
        filterShift = 64 - filterBits
        filter = [UInt64](repeating: 0, count: 1 << Int(filterBits - 6))
        for (key, value) in entries {
            let bit = Self.filterBit(key.mixed, shift: filterShift)
            filter[Int(bit >> 6)] |= 1 << (bit & 63)
            var slot = Int(truncatingIfNeeded: key.mixed >> shift)
            while values[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    init() { self.init([:]) }

    subscript(key: WordKey) -> Value? {
        let mixed = key.mixed, bit = Self.filterBit(mixed, shift: filterShift)
        guard filter[Int(bit >> 6)] & (1 << (bit & 63)) != 0 else { return nil }
        var slot = Int(truncatingIfNeeded: mixed >> shift)
        while true {
            guard let value = values[slot] else { return nil }
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
    }

    func contains(_ key: WordKey) -> Bool { self[key] != nil }

    /// A key's bit in the filter: the top bits of its mixed hash, folded and multiplied again (the
    /// low bits of a product depend on the low bits of the key alone, and many words share those).
    @inline(__always)
    private static func filterBit(_ mixed: UInt64, shift: UInt64) -> UInt64 {
        ((mixed ^ (mixed >> 31)) &* 0xFF51_AFD7_ED55_8CCD) >> shift
    }

    /// Every key in the table.
    var allKeys: [WordKey] { zip(keys, values).compactMap { $0.1 == nil ? nil : $0.0 } }
}

/// A growing index from `WordKey` to small integers, open addressing with linear probing: what
/// `NERTagger` keeps its word types in, looked up for every token. Each slot holds its key and
/// value together (the value fits in the key's padding), so a probe touches one cache line.
struct WordIndex: Sendable {
    private struct Slot: Sendable {
        var key = WordKey()
        var value: Int32 = -1
    }

    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var shift: UInt64 = 54
    private(set) var count = 0

    subscript(key: WordKey) -> Int? {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: key.mixed >> shift)
        while true {
            let slot = slots[index]
            if slot.value < 0 { return nil }
            if slot.key == key { return Int(slot.value) }
            index = (index + 1) & mask
        }
    }

    /// Adds `key` with `value` (a key already present keeps its value).
    mutating func insert(_ key: WordKey, _ value: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: key.mixed >> shift)
        while slots[index].value >= 0 {
            if slots[index].key == key { return }
            index = (index + 1) & mask
        }
        slots[index] = Slot(key: key, value: Int32(value))
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        count = 0
        for slot in old where slot.value >= 0 { insert(slot.key, Int(slot.value)) }
    }
}
