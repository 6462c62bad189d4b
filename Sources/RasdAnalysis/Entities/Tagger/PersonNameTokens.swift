import RasdText

/// Arabic tokens of person names and how common they are among people (`Lexicons/person-name-tokens.tsv`,
/// from Wikidata): `سيرغي`, `لافروف`, `جونغ`. The tagger reads membership as evidence of a name.
enum PersonNameTokens {
    /// Matching key → class: 1 (2–9 people), 2 (10–99), 3 (100 or more).
    static let classes: WordTable<UInt8> = {
        var table: [WordKey: UInt8] = [:]
        for row in LexiconRows.parse(EmbeddedLexicons.personNameTokens) {
            guard row.count >= 2, let people = Int(row[1]) else { continue }
            let key = WordKey(ArabicNormalizer.matchingKey(row[0]))
            let value: UInt8 = people >= 100 ? 3 : people >= 10 ? 2 : 1
            table[key] = max(table[key] ?? 0, value)
        }
        return WordTable(table)
    }()

    static func nameClass(_ key: [Unicode.Scalar]) -> UInt8 {
        classes[WordKey(scalars: key)] ?? 0
    }
}
