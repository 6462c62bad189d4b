import RasdText

/// A matching-level key (`أيضًا` → `ايضا`) as a run of normalized scalars: hashed and compared
/// scalar by scalar, with none of the String machinery (no allocation when sliced from a
/// document's matching view, no canonical-equivalence work on lookup).
typealias MatchKey = ArraySlice<Unicode.Scalar>

enum MatchKeys {
    /// The key of a word or phrase as written.
    static func of(_ text: String) -> MatchKey {
        Array(ArabicNormalizer.matchingKey(text).unicodeScalars)[...]
    }

    /// The key of a run of raw scalars.
    static func of<C: Collection>(_ scalars: C) -> MatchKey where C.Element == Unicode.Scalar {
        Array(ArabicNormalizer.matchingKey(scalars).unicodeScalars)[...]
    }

    /// Keys of several words, for small literal sets.
    static func set(_ words: [String]) -> Set<MatchKey> { Set(words.map { of($0) }) }
}
