/// The search stem of one matching-level Arabic word: clitics off, sound-plural and feminine
/// endings off, broken plurals to their singular, so `بالقذائف`, `وقذائف`, `قذيفة` and `القذيفتين`
/// all give `قذيف`. Light10-style rules (Larkey et al. 2007; Lucene's ArabicStemmer) plus two
/// lexicons: known words decide the one-letter proclitics, `broken-plurals.tsv` the plurals.
///
///     ArabicLightStemmer.standard.stem("بالقذايف")   // قذيف
///     ArabicLightStemmer.standard.stem("وزير")        // وزير: `زير` is rarer than `وزير`
public struct ArabicLightStemmer: Sendable {
    /// A stem keeps at least this many letters after an ending is taken off.
    public static let minimumStem = 3

    private let known: KnownWords
    private let plurals: BrokenPlurals
    /// For a stem that lexicon plurals fold onto, the first letters of those plurals.
    private let pluralInitials: ScalarKeyTable<[Unicode.Scalar]>

    /// The stemmer over Rasd's embedded lexicons.
    public static let standard = ArabicLightStemmer(known: .shared, plurals: .shared)

    public init(known: KnownWords, plurals: BrokenPlurals) {
        self.known = known
        self.plurals = plurals
        var initials: [[Unicode.Scalar]: Set<Unicode.Scalar>] = [:]
        for pair in plurals.pairs {
            initials[Array(Self.withoutEndings(pair.singular)), default: []].insert(pair.plural[0])
        }
        var table = ScalarKeyTable<[Unicode.Scalar]>()
        for (stem, letters) in initials { table.set(stem, to: letters.sorted { $0.value < $1.value }) }
        pluralInitials = table
    }

    /// Letters one of which every word whose stem is `stem` holds: the stem's first letter (a
    /// light stem is part of its word) and the first letter of each lexicon plural that folds onto
    /// it. A word with none of them cannot stem to `stem`, so callers can skip stemming it.
    public func initials(ofWordsStemmingTo stem: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let first = stem.first else { return [] }
        return [first] + (pluralInitials[stem] ?? [])
    }

    /// The stem of a matching-level word (`ArabicNormalizer.matchingKey`).
    public func stem(_ word: String) -> String {
        SourceText.string(from: stem(scalars: Array(word.unicodeScalars)))
    }

    /// The stem of a matching-level word given as scalars.
    public func stem(scalars word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard word.count > 2 else { return word }
        // A plural the lexicon knows as written (`الوان`) is not read as article + stem.
        if let singular = plurals.singular(of: word) { return Array(Self.withoutEndings(singular)) }
        var stem = Array(word[withoutProclitics(word)...])
        if let singular = plurals.singular(of: stem) { stem = singular }
        let bare = Self.withoutEndings(stem)
        if bare.count != stem.count, let singular = plurals.singular(of: stem[..<bare.count]) {
            return Array(Self.withoutEndings(singular))
        }
        return Array(bare)
    }

    // MARK: Proclitics

    private static let و: Unicode.Scalar = "\u{0648}"
    private static let ف: Unicode.Scalar = "\u{0641}"
    private static let ب: Unicode.Scalar = "\u{0628}"
    private static let ل: Unicode.Scalar = "\u{0644}"
    private static let ك: Unicode.Scalar = "\u{0643}"
    private static let ا: Unicode.Scalar = "\u{0627}"

    /// Where the stem starts: after a conjunction (`و` `ف`), a preposition (`ب` `ك` `ل`) and the
    /// article (`ال`, or `لل` for ل+ال), each optional. With the article the rest is the stem when
    /// two letters are left; without it, letters come off only when the rest is a word the corpus
    /// knows better than the whole (`وقذائف` → `قذائف`, but `وزير` stays).
    func withoutProclitics(_ word: [Unicode.Scalar]) -> Int {
        let conjunction = word[0] == Self.و || word[0] == Self.ف ? 1 : 0
        var preposition = conjunction
        if conjunction < word.count, [Self.ب, Self.ك, Self.ل].contains(word[conjunction]) { preposition += 1 }
        let left = word.count - preposition
        if left >= 4, word[preposition] == Self.ا, word[preposition + 1] == Self.ل {
            return preposition + 2
        }
        if preposition > conjunction, word[conjunction] == Self.ل, left >= 3, word[preposition] == Self.ل {
            // `للدولة` is ل+الدولة; `للافروف` is ل+لافروف: the reading the corpus knows better.
            return score(word[preposition...]) > score(word[(preposition + 1)...]) ? preposition : preposition + 1
        }
        let whole = score(word[...])
        for start in [preposition, conjunction] where start > 0 && word.count - start >= Self.minimumStem {
            if score(word[start...]) > whole { return start }
        }
        return 0
    }

    /// How well the corpus knows a word: its count, and a broken plural counts as known.
    private func score(_ word: ArraySlice<Unicode.Scalar>) -> Int {
        if let count = known.count(ofScalars: word) { return count }
        return plurals.singular(of: word) == nil ? 0 : KnownWords.registeredWordCount
    }

    // MARK: Endings

    private static let endings: [[Unicode.Scalar]] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"]
        .map { Array($0.unicodeScalars) }

    /// The word with the endings of Light10 taken off in order, each when a stem of three letters
    /// is left: `ها ان ات ون ين يه ه ي` (`ة` is `ه` at matching level).
    static func withoutEndings(_ word: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        var stem = word[...]
        for ending in Self.endings where stem.count - ending.count >= Self.minimumStem && stem.hasSuffix(ending) {
            stem = stem.dropLast(ending.count)
        }
        return stem
    }
}

private extension ArraySlice where Element == Unicode.Scalar {
    func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
        count >= suffix.count && self.suffix(suffix.count).elementsEqual(suffix)
    }
}
