import Foundation

/// The postings of one search segment as its documents' terms come in, documents ascending: terms
/// are numbered as first met (open addressing over their `TermHash`, bytes compared on a match),
/// each with its postings; `termOrder()` then lists them in the order the rows are written.
struct SegmentBuilder {
    /// Every term's UTF-8, one after another: term `i` is `termBytes[termStarts[i]..<termStarts[i + 1]]`.
    private(set) var termBytes: [UInt8] = []
    private(set) var termStarts: [Int] = [0]
    private var termHashes: [UInt64] = []
    /// Term number + 1 per slot; 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 1 << 12)
    private(set) var postings: [PostingsBlob.Builder] = []
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
                let number = self.number(of: term, hash: terms.hashes[index])
                postings[number].append(document: document, norm: norm, positions: terms.positions(of: index))
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
        postings.append(PostingsBlob.Builder())
        slots[slot] = Int32(number + 1)
        if termHashes.count * 2 > slots.count { grow() }
        return number
    }

    private func equals(_ known: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = termStarts[known], length = termStarts[known + 1] - start
        guard length == term.count else { return false }
        return termBytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, term.baseAddress!, length) == 0 }
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

    /// Term numbers in the order of SQLite's BINARY collation: by UTF-8 bytes.
    func termOrder() -> [Int] {
        termBytes.withUnsafeBufferPointer { bytes in
            (0..<termCount).sorted { a, b in
                let aStart = termStarts[a], aLength = termStarts[a + 1] - aStart
                let bStart = termStarts[b], bLength = termStarts[b + 1] - bStart
                let order = memcmp(bytes.baseAddress! + aStart, bytes.baseAddress! + bStart, min(aLength, bLength))
                return order != 0 ? order < 0 : aLength < bLength
            }
        }
    }

    /// Term `number`'s UTF-8.
    func withTerm<R>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try termBytes.withUnsafeBufferPointer { bytes in
            try body(UnsafeBufferPointer(rebasing: bytes[termStarts[number]..<termStarts[number + 1]]))
        }
    }
}
