/// Stems already worked out, by word. News repeats its words (`في`, `الرئيس`, `وزارة` …), and
/// one stem costs several lexicon lookups and two or three arrays; a hit costs one lookup. It
/// holds at most `capacity` words and starts over when full, so its memory is bounded whatever
/// the corpus. Not shared between threads: each thread of work keeps its own, for one stemmer.
///
///     var cache = StemCache()
///     SearchAnalyzer.standard.forEachTermScalars(in: "وأطلقت القذائف", cache: &cache) { term, _ in … }
public struct StemCache: Sendable {
    /// Words kept before the cache starts over.
    public static let capacity = 8_192

    private var stems = ScalarKeyTable<[Unicode.Scalar]>()

    public init() {}

    /// How many words it holds.
    public var count: Int { stems.count }

    /// The stem of a matching-level Arabic word, by `stemmer` or from the cache.
    mutating func stem(_ word: [Unicode.Scalar], by stemmer: ArabicLightStemmer) -> [Unicode.Scalar] {
        if let known = stems[word] { return known }
        let stem = stemmer.stem(scalars: word)
        if stems.count >= Self.capacity { stems = ScalarKeyTable() }
        stems.set(word, to: stem)
        return stem
    }
}
