/// A normalized copy of a document's text that never loses its way back: each normalized scalar
/// records the raw scalar it came from, so any normalized range maps to an exact raw `TextSpan`.
///
/// Folds map one raw scalar to zero, one or several normalized scalars, so both directions are
/// monotone: `rawOffset(ofNormalized:)` and `normalizedOffset(ofRaw:)` never decrease.
public struct NormalizedView: Sendable {
    public let level: NormalizationLevel
    /// The normalized text, one element per scalar.
    public let scalars: [Unicode.Scalar]
    /// Number of scalars in the raw text this view was made from.
    public let rawCount: Int
    /// `origins[i]`: raw offset of the scalar that produced normalized scalar `i`.
    private let origins: [Int32]
    /// `firstNormalized[j]`: the first normalized index produced by raw scalar `j` or later;
    /// `rawCount + 1` entries, the last one `scalars.count`.
    private let firstNormalized: [Int32]

    init(level: NormalizationLevel, scalars: [Unicode.Scalar], rawCount: Int,
         origins: [Int32], firstNormalized: [Int32]) {
        self.level = level
        self.scalars = scalars
        self.rawCount = rawCount
        self.origins = origins
        self.firstNormalized = firstNormalized
    }

    public var count: Int { scalars.count }

    /// The normalized text as a String.
    public var string: String { SourceText.string(from: scalars) }

    /// The normalized text of a normalized range.
    public func string(_ range: Range<Int>) -> String { SourceText.string(from: scalars[range]) }

    /// The raw offset where normalized index `index` starts (`rawCount` for `index == count`).
    public func rawOffset(ofNormalized index: Int) -> Int {
        precondition(index >= 0 && index <= scalars.count, "normalized index \(index) out of 0...\(scalars.count)")
        return index == scalars.count ? rawCount : Int(origins[index])
    }

    /// The raw span a normalized range came from. It covers whole raw scalars: a range that
    /// starts or ends inside a ligature's expansion grows to the whole ligature. Characters the
    /// normalizer dropped between the range's first and last scalar are inside the span.
    public func rawSpan(ofNormalized range: Range<Int>) -> TextSpan {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count,
                     "normalized range \(range) out of 0..<\(scalars.count)")
        if range.isEmpty {
            let offset = rawOffset(ofNormalized: range.lowerBound)
            return TextSpan(start: offset, end: offset)
        }
        return TextSpan(start: Int(origins[range.lowerBound]), end: Int(origins[range.upperBound - 1]) + 1)
    }

    /// The first normalized index at or after raw offset `offset` (`count` at the end).
    public func normalizedOffset(ofRaw offset: Int) -> Int {
        precondition(offset >= 0 && offset <= rawCount, "raw offset \(offset) out of 0...\(rawCount)")
        return Int(firstNormalized[offset])
    }

    /// The normalized range produced by the raw scalars of `span`.
    public func normalizedRange(ofRaw span: TextSpan) -> Range<Int> {
        normalizedOffset(ofRaw: span.start)..<normalizedOffset(ofRaw: span.end)
    }
}
