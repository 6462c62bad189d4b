/// How far a normalized view departs from the raw text.
///
/// - `clean`: what a careful reader would call the same text — tatweel, zero-width and bidi
///   controls and soft hyphens dropped; presentation forms, Persian/Urdu letters, Eastern digits,
///   quotation marks, Arabic punctuation and exotic spaces folded. Diacritics and hamza stay.
/// - `matching`: `clean`, plus diacritics dropped and the letters that writers use interchangeably
///   folded (أ إ آ ٱ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي) and Latin lower-cased: the form lexicons are keyed by.
public enum NormalizationLevel: Int, Sendable, CaseIterable, Comparable {
    case clean = 1
    case matching = 2

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
