/// Produces normalized views of Arabic text with an exact offset map back to the raw text
/// (see `ArabicFoldTable` for every fold). Stateless and cheap to share across threads.
///
///     let view = ArabicNormalizer.normalize(SourceText("أَحْمَـد"), level: .matching)
///     view.string                          // "احمد"
///     view.rawSpan(ofNormalized: 0..<4)    // [0, 8): diacritics and tatweel fall inside
public enum ArabicNormalizer {
    /// Normalizes a whole document.
    public static func normalize(_ source: SourceText, level: NormalizationLevel) -> NormalizedView {
        normalize(source.scalars, level: level)
    }

    /// Normalizes a run of scalars; offsets in the view are relative to the run's start.
    public static func normalize(_ raw: [Unicode.Scalar], level: NormalizationLevel) -> NormalizedView {
        let lookup = FoldLookup.forLevel(level)
        var scalars: [Unicode.Scalar] = []
        var origins: [Int32] = []
        var firstNormalized: [Int32] = []
        scalars.reserveCapacity(raw.count)
        origins.reserveCapacity(raw.count)
        firstNormalized.reserveCapacity(raw.count + 1)
        for (offset, scalar) in raw.enumerated() {
            firstNormalized.append(Int32(truncatingIfNeeded: scalars.count))
            switch lookup.output(for: scalar) {
            case .keep:
                scalars.append(scalar)
                origins.append(Int32(truncatingIfNeeded: offset))
            case .drop:
                break
            case .one(let folded):
                scalars.append(folded)
                origins.append(Int32(truncatingIfNeeded: offset))
            case .many(let folded):
                scalars.append(contentsOf: folded)
                origins.append(contentsOf: repeatElement(Int32(truncatingIfNeeded: offset), count: folded.count))
            }
        }
        firstNormalized.append(Int32(truncatingIfNeeded: scalars.count))
        return NormalizedView(level: level, scalars: scalars, rawCount: raw.count,
                              origins: origins, firstNormalized: firstNormalized)
    }

    /// The matching-level key of a word or phrase: the form every lexicon is keyed by.
    /// `matchingKey("أَحْمَد")` is `"احمد"`; `matchingKey("مدرسة")` is `"مدرسه"`.
    public static func matchingKey<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        appendMatchingForm(of: scalars, to: &view)
        return String(view)
    }

    /// The matching-level key of a string.
    public static func matchingKey(_ text: String) -> String { matchingKey(text.unicodeScalars) }

    /// Appends the matching-level form of `scalars` to `output` (no offset map: for keys).
    public static func appendMatchingForm<C: Collection>(of scalars: C, to output: inout String.UnicodeScalarView)
    where C.Element == Unicode.Scalar {
        let lookup = FoldLookup.matching
        for scalar in scalars {
            switch lookup.output(for: scalar) {
            case .keep: output.append(scalar)
            case .drop: break
            case .one(let folded): output.append(folded)
            case .many(let folded): output.append(contentsOf: folded)
            }
        }
    }
}
