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
        return lookup.entries.withUnsafeBufferPointer { table in
            raw.withUnsafeBufferPointer { input in
                // Two passes over the flat fold table (one load per scalar): the first counts the
                // normalized length, the second fills preallocated arrays with no per-append checks.
                var count = 0
                for scalar in input {
                    let value = scalar.value
                    let entry = value < 0x10000 ? table[Int(value)] : value
                    if entry == FoldLookup.drop { continue }
                    count += entry & FoldLookup.expansionFlag != 0 && entry != value
                        ? lookup.expansions[Int(entry & ~FoldLookup.expansionFlag)].count : 1
                }
                var firstNormalized: [Int32] = []
                var origins: [Int32] = []
                var scalars: [Unicode.Scalar] = []
                firstNormalized = [Int32](unsafeUninitializedCapacity: input.count + 1) { first, firstCount in
                    origins = [Int32](unsafeUninitializedCapacity: count) { origins, originCount in
                        scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { output, outputCount in
                            var written = 0
                            for offset in 0..<input.count {
                                let scalar = input[offset]
                                let value = scalar.value
                                let origin = Int32(truncatingIfNeeded: offset)
                                first.initializeElement(at: offset, to: Int32(truncatingIfNeeded: written))
                                let entry = value < 0x10000 ? table[Int(value)] : value
                                if entry == value {
                                    output.initializeElement(at: written, to: scalar)
                                    origins.initializeElement(at: written, to: origin)
                                    written += 1
                                } else if entry == FoldLookup.drop {
                                    continue
                                } else if entry & FoldLookup.expansionFlag != 0 {
                                    for folded in lookup.expansions[Int(entry & ~FoldLookup.expansionFlag)] {
                                        output.initializeElement(at: written, to: folded)
                                        origins.initializeElement(at: written, to: origin)
                                        written += 1
                                    }
                                } else {
                                    // Table entries below the flags are scalars the table was built from.
                                    output.initializeElement(at: written, to: unsafeBitCast(entry, to: Unicode.Scalar.self))
                                    origins.initializeElement(at: written, to: origin)
                                    written += 1
                                }
                            }
                            first.initializeElement(at: input.count, to: Int32(truncatingIfNeeded: written))
                            outputCount = written
                        }
                        originCount = count
                    }
                    firstCount = input.count + 1
                }
                return NormalizedView(level: level, scalars: scalars, rawCount: raw.count,
                                      origins: origins, firstNormalized: firstNormalized)
            }
        }
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
