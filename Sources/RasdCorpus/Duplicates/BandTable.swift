/// The in-memory LSH index of `NearDuplicateGrouper`: for each band key, the documents filed
/// under it in the order they were added (the order the store reads its `bands` rows in). Band
/// keys are already well-mixed hashes that include the band's number, so one open-addressing
/// table holds every band and a key's low bits are its slot: no hashing on the way in.
struct BandTable: Sendable {
    /// Per slot: a key, and its first and last entry; `first < 0` marks an empty slot.
    private var keys: [Int64]
    private var chains: [(first: Int32, last: Int32)]
    /// Each filed document and the next entry under the same key (-1 ends the chain).
    private var entries: [(document: Int32, next: Int32)] = []
    private var used = 0

    init(capacity: Int = 1024) {
        let slots = max(16, capacity).nextPowerOfTwo
        keys = Array(repeating: 0, count: slots)
        chains = Array(repeating: (-1, -1), count: slots)
    }

    /// The documents filed under `key`, first filed first.
    func documents(under key: Int64) -> [Int64] {
        guard let slot = slot(of: key), chains[slot].first >= 0 else { return [] }
        var documents: [Int64] = []
        var entry = chains[slot].first
        while entry >= 0 {
            documents.append(Int64(entries[Int(entry)].document))
            entry = entries[Int(entry)].next
        }
        return documents
    }

    /// Files `document` under `key`, after those filed before it.
    mutating func add(_ document: Int32, under key: Int64) {
        if (used + 1) * 2 > keys.count { grow() }
        let entry = Int32(entries.count)
        entries.append((document, -1))
        var slot = Int(truncatingIfNeeded: UInt64(bitPattern: key)) & (keys.count - 1)
        while chains[slot].first >= 0 && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
        if chains[slot].first >= 0 {
            entries[Int(chains[slot].last)].next = entry
            chains[slot].last = entry
        } else {
            keys[slot] = key
            chains[slot] = (entry, entry)
            used += 1
        }
    }

    /// The slot that holds `key`, or nil.
    private func slot(of key: Int64) -> Int? {
        var slot = Int(truncatingIfNeeded: UInt64(bitPattern: key)) & (keys.count - 1)
        while chains[slot].first >= 0 {
            if keys[slot] == key { return slot }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    /// Doubles the slots, keeping every chain.
    private mutating func grow() {
        let old = (keys, chains)
        keys = Array(repeating: 0, count: old.0.count * 2)
        chains = Array(repeating: (-1, -1), count: old.0.count * 2)
        for (key, chain) in zip(old.0, old.1) where chain.first >= 0 {
            var slot = Int(truncatingIfNeeded: UInt64(bitPattern: key)) & (keys.count - 1)
            while chains[slot].first >= 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            chains[slot] = chain
        }
    }
}

private extension Int {
    /// The least power of two at least `self`.
    var nextPowerOfTwo: Int { self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}
