import RasdText

/// The words MinHash shingles: one FNV-1a hash per run of letters and digits in a text's
/// matching-level form (`أَحْمَـد` and `احمد` hash alike). Decodes the UTF-8 in place, and reads
/// every one- and two-byte scalar (ASCII and the Arabic block) through one 8 KB table that holds
/// both its fold and its word class, so the common case costs one load and no call.
enum ShingleWords {
    /// Calls `body` with the hash of each word of `text`, in order.
    @inline(__always)
    static func forEachWord(in text: String, _ body: (UInt64) -> Void) {
        var word = WordHash()
        var text = text
        text.withUTF8 { bytes in
            Self.table.withUnsafeBufferPointer { table in
                guard var source = bytes.baseAddress else { return }
                let end = source + bytes.count
                while source < end {
                    let (value, width) = SourceText.scalarValue(at: source)
                    source += width
                    let entry = value < 0x800 ? table[Int(value)] : Self.slow
                    // Most scalars are letters, then separators: tested in that order.
                    if entry < Self.separator {
                        word.add(letter: entry)
                    } else if entry < Self.drop {
                        if let hash = word.end() { body(hash) }
                    } else if entry >= Self.slow {
                        // Expansions and scalars above U+07FF (rare in news text) take the
                        // general fold, one scalar at a time.
                        ArabicNormalizer.forEachMatchingScalar(of: unsafeBitCast(value, to: Unicode.Scalar.self)) { scalar in
                            if isWordScalar(scalar) { word.add(letter: scalar.value) } else if let hash = word.end() { body(hash) }
                        }
                    }
                }
            }
        }
        if let hash = word.end() { body(hash) }
    }

    /// The FNV-1a hash of the word being read; the offset basis itself stands for no word.
    struct WordHash {
        static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
        var hash = offsetBasis

        @inline(__always)
        mutating func add(letter value: UInt32) {
            hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
        }

        /// The finished word's hash, if a word was being read.
        @inline(__always)
        mutating func end() -> UInt64? {
            guard hash != Self.offsetBasis else { return nil }
            defer { hash = Self.offsetBasis }
            return hash
        }
    }

    /// Letters and digits: ASCII and Arabic letters by range (the common case, no table lookup),
    /// any other script's letters by their Unicode property.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x0621...0x064A, 0x066E...0x06D3: true
        case 0...0x7F, 0x0600...0x0620, 0x064B...0x066D: false
        default: scalar.properties.isAlphabetic
        }
    }

    // An entry is the folded scalar's value with its kind in the top two bits: a letter's entry
    // is its folded value, a separator's is `separator` or more, and so on.
    static let letter: UInt32 = 0 << 30
    static let separator: UInt32 = 1 << 30
    static let drop: UInt32 = 2 << 30
    static let slow: UInt32 = 3 << 30

    /// Fold and word class of U+0000–U+07FF, worked out once from `ArabicNormalizer`'s own fold.
    static let table: [UInt32] = (0..<UInt32(0x800)).map { value in
        guard let scalar = Unicode.Scalar(value) else { return slow }
        var folded: [Unicode.Scalar] = []
        ArabicNormalizer.forEachMatchingScalar(of: scalar) { folded.append($0) }
        switch folded.count {
        case 0: return drop
        case 1: return isWordScalar(folded[0]) ? letter | folded[0].value : separator
        default: return slow
        }
    }
}
