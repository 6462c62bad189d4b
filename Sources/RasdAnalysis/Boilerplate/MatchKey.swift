import RasdText

/// A matching-level key (`أيضًا` → `ايضا`) as normalized scalars, hashed and compared scalar by
/// scalar: no String work on lookup, no allocation when sliced from a document's matching view.
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
