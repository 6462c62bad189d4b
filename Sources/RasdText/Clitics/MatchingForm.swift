/// A token's matching-level form (the form lexicons are keyed by) that still knows where each of
/// its scalars came from, so a stem or a piece found in the key maps back to raw offsets:
/// in `وَلافروف` the stem `لافروف` (key 1..<7) maps to the raw span after `وَ`.
public struct MatchingForm: Sendable, Hashable {
    /// The matching-level scalars: diacritics dropped, `أ إ آ`→`ا`, `ة`→`ه`, `ى`→`ي`…
    public let scalars: [Unicode.Scalar]
    /// `starts[k]`: the clean-view index where key scalar `k` came from; one more entry, the
    /// range's end. A key range `a..<b` covers clean `starts[a]..<starts[b]`, so the harakat after
    /// a letter stay with it.
    private let starts: [Int]

    /// The matching form of a range of a clean-level view (a token's `normalized`).
    public init(of range: Range<Int>, in view: NormalizedView) {
        let lookup = FoldLookup.matching
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = []
        scalars.reserveCapacity(range.count)
        starts.reserveCapacity(range.count + 1)
        for index in range {
            switch lookup.output(for: view.scalars[index]) {
            case .keep:
                scalars.append(view.scalars[index])
                starts.append(index)
            case .drop:
                break
            case .one(let folded):
                scalars.append(folded)
                starts.append(index)
            case .many(let folded):
                scalars.append(contentsOf: folded)
                starts.append(contentsOf: repeatElement(index, count: folded.count))
            }
        }
        starts.append(range.upperBound)
        self.scalars = scalars
        self.starts = starts
    }

    /// The matching form of a token found in a clean-level view.
    public init(of token: Token, in view: NormalizedView) {
        self.init(of: token.normalized, in: view)
    }

    /// Appends the matching-level scalars of a clean-view range to `key`, with no offset map: the
    /// cheap way to look a token up.
    static func appendKey(of range: Range<Int>, in view: NormalizedView, to key: inout [Unicode.Scalar]) {
        ArabicNormalizer.appendMatchingForm(of: view.scalars[range], to: &key)
    }

    /// The key: the lexicon lookup form.
    public var key: String { SourceText.string(from: scalars) }

    public var count: Int { scalars.count }

    /// The clean-view range of a key range.
    public func normalizedRange(of keyRange: Range<Int>) -> Range<Int> {
        starts[keyRange.lowerBound]..<starts[keyRange.upperBound]
    }

    /// The raw span of a key range (the view must be the one this form was made from).
    public func rawSpan(of keyRange: Range<Int>, in view: NormalizedView) -> TextSpan {
        view.rawSpan(ofNormalized: normalizedRange(of: keyRange))
    }

    /// The raw offset where key scalar `index` starts (`index == count`: the token's raw end).
    public func rawOffset(of index: Int, in view: NormalizedView) -> Int {
        index == scalars.count
            ? view.rawSpan(ofNormalized: starts[0]..<starts[index]).end
            : view.rawOffset(ofNormalized: starts[index])
    }
}
