import Foundation

/// A document's length in terms, kept in one byte beside each posting (as Lucene's norms): exact
/// below 128, then steps of 4 %, up to about 18,000 terms. BM25 needs only this much precision.
enum DocumentNorm {
    static func byte(forLength length: Int) -> UInt8 {
        if length < 128 { return UInt8(length) }
        let step = Int(log(Double(length) / 128) / log(1.04))
        return UInt8(128 + min(127, step))
    }

    /// The length each byte stands for.
    static let lengths: [Double] = (0..<256).map { byte in
        byte < 128 ? Double(byte) : 128 * pow(1.04, Double(byte - 128))
    }
}
