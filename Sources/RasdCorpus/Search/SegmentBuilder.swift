import Foundation

/// The postings of one search segment as its documents' terms come in, documents ascending: terms
/// are numbered as first met (open addressing over their `TermHash`, bytes compared on a match),
/// and each posting goes to one log in arrival order (no array per term: a segment has some
/// hundred thousand terms, most with one or two postings). `forEachTerm` then groups the log by
/// term, in the order the rows are written.
struct SegmentBuilder {
    /// Every term's UTF-8, one after another: term `i` is `termBytes[termStarts[i]..<termStarts[i + 1]]`.
    private var termBytes: [UInt8] = []
    private var termStarts: [Int] = [0]
    private var termHashes: [UInt64] = []
    /// Term number + 1 per slot; 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 1 << 12)
    /// The postings log: per posting its term, document, norm and where its positions end.
    private var entryTerms: [Int32] = []
    private var entryDocuments: [Int64] = []
    private var entryNorms: [UInt8] = []
    private var entryPositionEnds: [Int32] = []
    private var positions: [UInt32] = []
    /// Word terms of all documents (pair terms not counted): `search_segments.terms`.
    private(set) var wordCount = 0

    var termCount: Int { termHashes.count }

    /// Files a document's terms; documents come in ascending order.
    mutating func add(_ terms: DocumentTerms, document: Int64) {
        let norm = DocumentNorm.byte(forLength: terms.length)
        wordCount += terms.length
        terms.bytes.withUnsafeBufferPointer { bytes in
            for index in 0..<terms.count {
                let term = UnsafeBufferPointer(rebasing: bytes[Int(terms.termStarts[index])..<Int(terms.termStarts[index + 1])])
                entryTerms.append(Int32(self.number(of: term, hash: terms.hashes[index])))
                entryDocuments.append(document)
                entryNorms.append(norm)
                positions.append(contentsOf: terms.positions(of: index))
                entryPositionEnds.append(Int32(positions.count))
            }
        }
    }

    /// The number of `term`, numbering it when new.
    private mutating func number(of term: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            let known = entry - 1
            if termHashes[known] == hash && equals(known, term) { return known }
            slot = (slot + 1) & mask
        }
        let number = termHashes.count
        termHashes.append(hash)
        termBytes.append(contentsOf: term)
        termStarts.append(termBytes.count)
        slots[slot] = Int32(number + 1)
        if termHashes.count * 2 > slots.count { grow() }
        return number
    }

    private func equals(_ known: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        termBytes.withUnsafeBufferPointer { bytes in
            TermBytes.compare(UnsafeBufferPointer(rebasing: bytes[termStarts[known]..<termStarts[known + 1]]), term) == 0
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in termHashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }

    /// Calls `body` with each term's UTF-8 and its postings, terms in the order of SQLite's BINARY
    /// collation (by UTF-8 bytes).
    func forEachTerm(_ body: (_ term: UnsafeBufferPointer<UInt8>, _ postings: PostingsBlob.Builder) throws -> Void) rethrows {
        // The log grouped by term, arrival (document) order kept within a term: a counting sort.
        var firstEntries = [Int32](repeating: 0, count: termCount + 1)
        for term in entryTerms { firstEntries[Int(term) + 1] += 1 }
        for term in 0..<termCount { firstEntries[term + 1] += firstEntries[term] }
        var next = firstEntries
        var byTerm = [Int32](repeating: 0, count: entryTerms.count)
        for (entry, term) in entryTerms.enumerated() {
            byTerm[Int(next[Int(term)])] = Int32(entry)
            next[Int(term)] += 1
        }
        var postings = PostingsBlob.Builder()
        try termBytes.withUnsafeBufferPointer { bytes in
            for term in termOrder(bytes) {
                postings.removeAll()
                for entry in byTerm[Int(firstEntries[term])..<Int(firstEntries[term + 1])].lazy.map(Int.init) {
                    let start = entry == 0 ? 0 : Int(entryPositionEnds[entry - 1]), end = Int(entryPositionEnds[entry])
                    postings.append(document: entryDocuments[entry], norm: entryNorms[entry], positions: positions[start..<end])
                }
                try body(UnsafeBufferPointer(rebasing: bytes[termStarts[term]..<termStarts[term + 1]]), postings)
            }
        }
    }

    /// Term numbers by their UTF-8 bytes.
    private func termOrder(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        (0..<termCount).sorted { a, b in
            TermBytes.compare(UnsafeBufferPointer(rebasing: bytes[termStarts[a]..<termStarts[a + 1]]),
                              UnsafeBufferPointer(rebasing: bytes[termStarts[b]..<termStarts[b + 1]])) < 0
        }
    }
}
