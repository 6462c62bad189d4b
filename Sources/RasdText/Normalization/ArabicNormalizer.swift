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
                // Folds drop or keep scalars far more often than they expand one (ligatures), so
                // the raw length almost always bounds the output: one pass into arrays of that
                // size. Only when expansions outgrow it is the exact length counted first.
                if let view = fill(input, table: table, lookup: lookup, level: level, capacity: input.count) {
                    return view
                }
                var count = 0
                for scalar in input {
                    let value = scalar.value
                    let entry = value < 0x10000 ? table[Int(value)] : value
                    if entry == FoldLookup.drop { continue }
                    count += entry & FoldLookup.expansionFlag != 0 && entry != value
                        ? lookup.expansions[Int(entry & ~FoldLookup.expansionFlag)].count : 1
                }
                return fill(input, table: table, lookup: lookup, level: level, capacity: count)!
            }
        }
    }

    /// One pass over the flat fold table (one load per scalar) into arrays of `capacity`, with no
    /// per-append checks; nil when the output would not fit.
    private static func fill(_ input: UnsafeBufferPointer<Unicode.Scalar>, table: UnsafeBufferPointer<UInt32>,
                             lookup: FoldLookup, level: NormalizationLevel, capacity: Int) -> NormalizedView? {
        var fits = true
        var written = 0
        var origins: [Int32] = []
        var scalars: [Unicode.Scalar] = []
        let firstNormalized = [Int32](unsafeUninitializedCapacity: input.count + 1) { first, firstCount in
            origins = [Int32](unsafeUninitializedCapacity: capacity) { origins, originCount in
                scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { output, outputCount in
                    for offset in 0..<input.count {
                        let scalar = input[offset]
                        let value = scalar.value
                        let origin = Int32(truncatingIfNeeded: offset)
                        first.initializeElement(at: offset, to: Int32(truncatingIfNeeded: written))
                        let entry = value < 0x10000 ? table[Int(value)] : value
                        if entry == value {
                            guard written < capacity else { fits = false; break }
                            output.initializeElement(at: written, to: scalar)
                            origins.initializeElement(at: written, to: origin)
                            written += 1
                        } else if entry == FoldLookup.drop {
                            continue
                        } else if entry & FoldLookup.expansionFlag != 0 {
                            let folded = lookup.expansions[Int(entry & ~FoldLookup.expansionFlag)]
                            guard written + folded.count <= capacity else { fits = false; break }
                            for scalar in folded {
                                output.initializeElement(at: written, to: scalar)
                                origins.initializeElement(at: written, to: origin)
                                written += 1
                            }
                        } else {
                            guard written < capacity else { fits = false; break }
                            // Table entries below the flags are scalars the table was built from.
                            output.initializeElement(at: written, to: unsafeBitCast(entry, to: Unicode.Scalar.self))
                            origins.initializeElement(at: written, to: origin)
                            written += 1
                        }
                    }
                    outputCount = written
                }
                originCount = written
            }
            // Int32 needs no deinitialization, so a partly filled buffer can be given up as empty.
            if fits { first.initializeElement(at: input.count, to: Int32(truncatingIfNeeded: written)) }
            firstCount = fits ? input.count + 1 : 0
        }
        guard fits else { return nil }
        return NormalizedView(level: level, scalars: scalars, rawCount: input.count,
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

    /// Calls `body` with each scalar of the matching-level form of `text`, decoding its UTF-8 in
    /// place: no copy of the text is made. Inlinable, so that `body` is inlined into the caller's
    /// loop instead of called once per scalar.
    @inlinable
    public static func forEachMatchingScalar(in text: String, _ body: (Unicode.Scalar) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            guard var source = bytes.baseAddress else { return }
            let end = source + bytes.count
            while source < end {
                let (value, width) = SourceText.scalarValue(at: source)
                source += width
                // A String's UTF-8 is valid, so every value is a scalar.
                forEachMatchingScalar(of: unsafeBitCast(value, to: Unicode.Scalar.self), body)
            }
        }
    }

    /// Calls `body` with each scalar of the matching-level form of one scalar: none (harakat,
    /// tatweel), itself, another (`أ` → `ا`), or several (a ligature such as `ﻻ` → `لا`).
    @inlinable @inline(__always)
    public static func forEachMatchingScalar(of scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
        // The table's entries are read here rather than through `FoldLookup.Output`, whose array
        // payload costs a retain per scalar.
        let lookup = FoldLookup.matching
        let value = scalar.value
        let entry = value < 0x10000 ? lookup.entries[Int(value)] : value
        if entry == value {
            body(scalar)
        } else if entry == FoldLookup.drop {
            return
        } else if entry & FoldLookup.expansionFlag != 0 {
            for piece in lookup.expansions[Int(entry & ~FoldLookup.expansionFlag)] { body(piece) }
        } else {
            body(unsafeBitCast(entry, to: Unicode.Scalar.self))
        }
    }

    /// Appends the matching-level form of `scalars` to `output` (no offset map: for keys). Every
    /// key-building loop in Rasd goes through here.
    public static func appendMatchingForm<C: Collection, Output: RangeReplaceableCollection>(
        of scalars: C, to output: inout Output
    ) where C.Element == Unicode.Scalar, Output.Element == Unicode.Scalar {
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
