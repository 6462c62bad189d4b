import RasdText

/// A document's MinHash signature over word 4-gram shingles of its matching-level text (harakat,
/// hamza seats and punctuation folded away), and the LSH bands that find its near-copies without
/// comparing it with every stored document: 64 minima in 16 bands of 4, so two texts that share
/// half their shingles meet in a band with high probability. The 64 minima come from one hash
/// per shingle (one permutation hashing), not 64.
public struct MinHash: Sendable, Equatable {
    public static let size = 64
    public static let bands = 16
    static let rows = size / bands
    /// The estimated resemblance above which two documents are near-copies of one story.
    public static let threshold = 0.6

    public let values: [UInt64]

    public init(values: [UInt64]) { self.values = values }

    /// The signature of a text.
    public init(text: String) {
        var words: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        ArabicNormalizer.forEachMatchingScalar(in: text) { scalar in
            if Self.isWordScalar(scalar) {
                hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3
                inWord = true
            } else if inWord {
                words.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(hash) }
        // One permutation hashing (Li, Owen & Zhang 2012): each shingle is hashed once; the top
        // six bits pick one of 64 bins, the rest is the value whose minimum the bin keeps. Empty
        // bins (short texts) borrow the next filled bin's value, shifted by the distance
        // (rotation densification, Shrivastava & Li 2014), so two texts still agree bin by bin.
        var minima = [UInt64](repeating: .max, count: Self.size)
        let width = min(4, max(1, words.count))
        if !words.isEmpty {
            for start in 0...(words.count - width) {
                var shingle: UInt64 = 0
                for word in words[start..<(start + width)] { shingle = Self.mix(shingle &* 31 &+ word) }
                let hash = Self.mix(shingle ^ Self.seed)
                let bin = Int(hash >> 58), value = hash & Self.valueMask
                if value < minima[bin] { minima[bin] = value }
            }
            if minima.contains(.max) {
                let filled = minima
                for bin in 0..<Self.size where filled[bin] == .max {
                    var distance = 1
                    while filled[(bin + distance) % Self.size] == .max { distance += 1 }
                    minima[bin] = filled[(bin + distance) % Self.size] &+ UInt64(distance) &* 0x9e37_79b9_7f4a_7c15
                }
            }
        }
        values = minima
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

    /// The key of each band: the signature's rows in that band, mixed into one word.
    public var bandKeys: [Int64] {
        (0..<Self.bands).map { band in
            var key = UInt64(band) &* 0x9e37_79b9_7f4a_7c15
            for value in values[(band * Self.rows)..<((band + 1) * Self.rows)] { key = Self.mix(key ^ value) }
            return Int64(bitPattern: key)
        }
    }

    /// The share of equal minima: an estimate of the two texts' Jaccard resemblance.
    public func resemblance(to other: MinHash) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        return Double(zip(values, other.values).filter { $0 == $1 }.count) / Double(values.count)
    }

    /// The signature as bytes, for the store, and back.
    public var bytes: [UInt8] { values.flatMap { value in (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } } }

    public init?(bytes: [UInt8]) {
        guard bytes.count == Self.size * 8 else { return nil }
        values = (0..<Self.size).map { index in
            (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[index * 8 + $1]) << (8 * UInt64($1)) }
        }
    }

    /// The bits of a hash below the bin number.
    static let valueMask: UInt64 = (1 << 58) - 1

    /// The one hash function's seed (splitmix64's first output from a fixed state).
    static let seed: UInt64 = mix(0x5eed_4a5d_0000_0001 &+ 0x9e37_79b9_7f4a_7c15)

    /// splitmix64's finalizer.
    static func mix(_ input: UInt64) -> UInt64 {
        var z = input
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
