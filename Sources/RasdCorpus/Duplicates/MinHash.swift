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
        // One permutation hashing (Li, Owen & Zhang 2012): each shingle is hashed once; the top
        // six bits pick one of 64 bins, the rest is the value whose minimum the bin keeps. Empty
        // bins (short texts) borrow the next filled bin's value, shifted by the distance
        // (rotation densification, Shrivastava & Li 2014), so two texts still agree bin by bin.
        var minima = [UInt64](repeating: .max, count: Self.size)
        var words = 0
        minima.withUnsafeMutableBufferPointer { minima in
            // A shingle is four words in a row (all of them when a text has fewer), hashed as a
            // polynomial in an odd constant (distinct word sequences collide with probability
            // about 2⁻⁶⁴), then mixed once. The previous three words are kept as they stream by.
            var previous: (UInt64, UInt64, UInt64) = (0, 0, 0)
            func keep(_ shingle: UInt64) {
                let hash = Self.mix(shingle ^ Self.seed)
                let bin = Int(hash >> 58), value = hash & Self.valueMask
                if value < minima[bin] { minima[bin] = value }
            }
            ShingleWords.forEachWord(in: text) { word in
                words += 1
                if words >= 4 {
                    let k = Self.shingleFactor
                    keep(((previous.0 &* k &+ previous.1) &* k &+ previous.2) &* k &+ word)
                }
                previous = (previous.1, previous.2, word)
            }
            // Texts of one to three words: one shingle of them all (the unused leading slots
            // are zero, which the polynomial skips over).
            if (1...3).contains(words) { keep((previous.0 &* Self.shingleFactor &+ previous.1) &* Self.shingleFactor &+ previous.2) }
        }
        if words > 0, minima.contains(.max) {
            let filled = minima
            for bin in 0..<Self.size where filled[bin] == .max {
                var distance = 1
                while filled[(bin + distance) % Self.size] == .max { distance += 1 }
                minima[bin] = filled[(bin + distance) % Self.size] &+ UInt64(distance) &* 0x9e37_79b9_7f4a_7c15
            }
        }
        values = minima
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

    /// The odd multiplier that chains a shingle's word hashes (2⁶⁴ divided by the golden ratio).
    static let shingleFactor: UInt64 = 0x9e37_79b9_7f4a_7c15

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
