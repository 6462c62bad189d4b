import RasdText

/// Phrases of one or more words with a value each (`ما يزيد على` → more_than), matched over grammar
/// tokens by matching key, longest phrase first. The first word may carry a proclitic
/// (`بأكثر من`); the match reports how many letters were peeled so the span can leave them out.
struct PhraseLexicon<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let words: [WordKey]
        let value: Value
    }

    struct Match: Sendable {
        let value: Value
        /// Token range of the phrase.
        let range: Range<Int>
        /// Proclitic letters peeled off the first word.
        let peeled: Int
    }

    /// Entries by first word, longest first (while the lexicon is built), and the table
    /// `frozen()` makes of them for lookups.
    private var byFirstWord: [WordKey: [Entry]] = [:]
    private var table = WordTable<[Entry]>()

    init() {}

    /// Adds a phrase as written; its words are keyed at matching level (`على الأقل` → `علي`, `الاقل`).
    mutating func add(_ phrase: String, _ value: Value) {
        let words = ArabicNormalizer.matchingKey(phrase).split(whereSeparator: { $0 == " " }).map { WordKey(scalars: $0.unicodeScalars) }
        guard let first = words.first else { return }
        byFirstWord[first, default: []].append(Entry(words: words, value: value))
        byFirstWord[first]!.sort { $0.words.count > $1.words.count }
    }

    /// The lexicon ready for lookups: call once, after the last `add`.
    func frozen() -> PhraseLexicon {
        var copy = self
        copy.table = WordTable(byFirstWord)
        return copy
    }

    /// Every word of every phrase.
    var words: Set<WordKey> { Set(byFirstWord.values.flatMap { $0.flatMap(\.words) }) }

    /// The first word of every phrase.
    var firstWords: Set<WordKey> { Set(byFirstWord.keys) }

    /// Whether any phrase starts with this key.
    func starts(with key: WordKey) -> Bool { byFirstWord[key] != nil }

    /// The longest phrase at token `index`; `peel` lets the first word carry a proclitic.
    func match(at index: Int, in text: GrammarText, peel: Bool = true) -> Match? {
        guard index < text.count else { return nil }
        let forms = text[index].peeledForms
        for form in forms where peel || form.letters == 0 {
            guard let entries = table[form.key] else { continue }
            for entry in entries where index + entry.words.count <= text.count {
                var matches = true
                for offset in 1..<max(1, entry.words.count) where text[index + offset].key != entry.words[offset] {
                    matches = false
                    break
                }
                if matches, entry.words.count > 1, text.tokens[(index + 1)..<(index + entry.words.count)].contains(where: \.lineBreakBefore) {
                    matches = false
                }
                if matches {
                    return Match(value: entry.value, range: index..<(index + entry.words.count), peeled: form.letters)
                }
            }
        }
        return nil
    }

    /// The longest phrase that ends just before token `end` (for hedges read backwards), first word
    /// allowed a proclitic.
    func match(endingBefore end: Int, in text: GrammarText, maxWords: Int = 4) -> Match? {
        var best: Match?
        for length in 1...maxWords where end - length >= 0 {
            if let found = match(at: end - length, in: text), found.range.upperBound == end {
                if best == nil || found.range.count > best!.range.count { best = found }
            }
        }
        return best
    }
}
