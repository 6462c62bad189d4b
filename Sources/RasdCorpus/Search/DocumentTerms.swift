import Foundation
import RasdText

/// What one document gives the search index: each distinct term once, as UTF-8 with its hash, its
/// positions ascending, and the document's length in words (its BM25 norm). This is the one
/// definition of what a document indexes: title words, a gap, text words, and a pair term (`في نهايه`)
/// at the first word's position wherever a word meets a function word. `rasd ingest` makes it on
/// the analysis workers (`CorpusStore.prepare`), so the store's one writer thread only files it.
struct DocumentTerms: Sendable {
    /// The distinct terms' UTF-8, one after another: term `i` is `bytes[termStarts[i]..<termStarts[i + 1]]`.
    private(set) var bytes: [UInt8] = []
    private(set) var termStarts: [Int32] = [0]
    /// `TermHash.of` each term's bytes.
    private(set) var hashes: [UInt64] = []
    /// Each term's positions, ascending, one term after another (`positionStarts` as `termStarts`).
    private(set) var positions: [UInt32] = []
    private(set) var positionStarts: [Int32] = [0]
    /// Word terms in the title and text (pair terms not counted).
    private(set) var length = 0

    /// How many distinct terms.
    var count: Int { hashes.count }

    /// The terms of a document's title (when it has one) and text.
    init(title: String?, text: String, analyzer: SearchAnalyzer) {
        var cache = StemCache()
        self.init(title: title, text: text, analyzer: analyzer, cache: &cache)
    }

    /// The same, with stems kept in `cache` from document to document.
    init(title: String?, text: String, analyzer: SearchAnalyzer, cache: inout StemCache) {
        // Every occurrence's UTF-8 goes to one arena; occurrences are then sorted by (hash, bytes,
        // position), so each distinct term's positions come out together and ascending.
        var arena: [UInt8] = []
        arena.reserveCapacity(text.utf8.count + (title?.utf8.count ?? 0) + 64)
        var occurrences: [Occurrence] = []
        var position: UInt32 = 0
        // Closure literals, not a local function passed as one: a local function's captured
        // variables are boxed and every access to them checked at run time.
        if let title {
            analyzer.forEachTermScalars(in: title, cache: &cache) { term, _ in
                Self.add(term, at: &position, to: &arena, &occurrences, analyzer: analyzer)
            }
            position += SearchIndexWriter.titleGap
        }
        analyzer.forEachTermScalars(in: text, cache: &cache) { term, _ in
            Self.add(term, at: &position, to: &arena, &occurrences, analyzer: analyzer)
        }
        length = occurrences.count
        // Adjacent pairs with a function word, as one more term at the first word's position.
        let pairSeparator = UInt8(ascii: " ")
        for index in 0..<max(0, length - 1) {
            let (first, second) = (occurrences[index], occurrences[index + 1])
            guard second.position == first.position + 1, first.isCommon || second.isCommon else { continue }
            let start = arena.count
            // Byte by byte: appending a slice of the arena to itself would copy the whole arena.
            for byte in Int(first.start)..<Int(first.start + first.length) { arena.append(arena[byte]) }
            arena.append(pairSeparator)
            for byte in Int(second.start)..<Int(second.start + second.length) { arena.append(arena[byte]) }
            occurrences.append(Occurrence(start: Int32(start), length: Int32(arena.count - start), position: first.position,
                                          isCommon: false, hash: 0))
        }
        arena.withUnsafeBufferPointer { arena in
            for index in occurrences.indices {
                let occurrence = occurrences[index]
                occurrences[index].hash = TermHash.of(UnsafeBufferPointer(rebasing: arena[Int(occurrence.start)..<Int(occurrence.start + occurrence.length)]))
            }
            occurrences.sort { a, b in
                if a.hash != b.hash { return a.hash < b.hash }
                let order = Self.compare(a, b, in: arena)
                return order != 0 ? order < 0 : a.position < b.position
            }
        }
        bytes.reserveCapacity(arena.count / 2)
        var index = 0
        while index < occurrences.count {
            let first = occurrences[index]
            bytes.append(contentsOf: arena[Int(first.start)..<Int(first.start + first.length)])
            termStarts.append(Int32(bytes.count))
            hashes.append(first.hash)
            positions.append(first.position)
            index += 1
            while index < occurrences.count, occurrences[index].hash == first.hash,
                  arena.withUnsafeBufferPointer({ Self.compare(first, occurrences[index], in: $0) }) == 0 {
                positions.append(occurrences[index].position)
                index += 1
            }
            positionStarts.append(Int32(positions.count))
        }
    }

    /// Files one word's term at `position` (and moves it on one).
    private static func add(_ term: [Unicode.Scalar], at position: inout UInt32, to arena: inout [UInt8],
                            _ occurrences: inout [Occurrence], analyzer: SearchAnalyzer) {
        let start = arena.count
        for scalar in term { appendUTF8(scalar, to: &arena) }
        occurrences.append(Occurrence(start: Int32(start), length: Int32(arena.count - start), position: position,
                                      isCommon: analyzer.isCommon(term), hash: 0))
        position += 1
    }

    /// One word or pair of the document: its UTF-8 in the arena, its position, its hash.
    private struct Occurrence {
        var start: Int32
        var length: Int32
        var position: UInt32
        var isCommon: Bool
        var hash: UInt64
    }

    /// How two occurrences' bytes order.
    private static func compare(_ a: Occurrence, _ b: Occurrence, in arena: UnsafeBufferPointer<UInt8>) -> Int32 {
        TermBytes.compare(UnsafeBufferPointer(rebasing: arena[Int(a.start)..<Int(a.start + a.length)]),
                          UnsafeBufferPointer(rebasing: arena[Int(b.start)..<Int(b.start + b.length)]))
    }

    private static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case ..<0x80:
            bytes.append(UInt8(value))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case ..<0x1_0000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | (value >> 12) & 0x3F))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Term `index`'s UTF-8.
    func term(_ index: Int) -> ArraySlice<UInt8> {
        bytes[Int(termStarts[index])..<Int(termStarts[index + 1])]
    }

    /// Term `index`'s positions, ascending.
    func positions(of index: Int) -> ArraySlice<UInt32> {
        positions[Int(positionStarts[index])..<Int(positionStarts[index + 1])]
    }
}

/// Terms as UTF-8 bytes, ordered as SQLite's BINARY collation orders them (the order of a
/// segment's rows).
enum TermBytes {
    /// Negative, zero or positive as `a` sorts before, with or after `b`: memcmp, then length.
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int32 {
        let shorter = min(a.count, b.count)
        if shorter > 0, let left = a.baseAddress, let right = b.baseAddress {
            let order = memcmp(left, right, shorter)
            if order != 0 { return order }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}

/// A 64-bit hash of a term's UTF-8 (FNV-1a, then a finishing mix so low bits pick a slot).
enum TermHash {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }
}
