import RasdText

/// Arabic number words by matching key (`Lexicons/number-words.tsv`), loaded once per process:
/// `ثلاثمائة` → hundred 300, `آلاف` → plural 1000, `الحادي` → ordinal 1.
enum NumberWords {
    enum Kind: String, Sendable {
        case unit, teen, ten, hundred, multiplier, dual, plural, fraction, vague, few, ordinal
    }

    struct Word: Sendable {
        let kind: Kind
        let value: Double
    }

    /// Every reading of a key (`عشرة` is a unit and the teen of 13–19).
    static let byKey: WordTable<[Word]> = {
        var table: [WordKey: [Word]] = [:]
        for row in LexiconRows.parse(EmbeddedLexicons.numberWords) {
            guard row.count >= 3, let kind = Kind(rawValue: row[0]), let value = Double(row[1]) else { continue }
            table[WordKey(ArabicNormalizer.matchingKey(row[2])), default: []].append(Word(kind: kind, value: value))
        }
        return WordTable(table)
    }()

    /// The reading of `key` of one kind, if it has one.
    static func word(_ key: WordKey, _ kind: Kind) -> Word? {
        byKey[key]?.first { $0.kind == kind }
    }

    /// The first reading of `key` among `kinds`.
    static func word(_ key: WordKey, among kinds: Set<Kind>) -> Word? {
        byKey[key]?.first { kinds.contains($0.kind) }
    }
}
