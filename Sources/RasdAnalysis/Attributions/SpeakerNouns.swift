import RasdText

/// Nouns that head a speaker (`Lexicons/speaker-nouns.tsv`): a person's title before the name
/// (`وزير`, `المتحدثة`) or a speaker in its own right (`مصادر`, `الحكومة`, `المحللون`), with how a
/// verb that refers back to it agrees.
enum SpeakerNouns {
    struct Entry: Sendable {
        let agreement: Agreement
        let isTitle: Bool
    }

    static let byKey: WordTable<Entry> = {
        var table: [WordKey: Entry] = [:]
        for row in LexiconRows.parse(EmbeddedLexicons.speakerNouns) where row.count >= 3 {
            let agreement: Agreement = row[1] == "f" ? .feminine : row[1] == "p" ? .plural : .masculine
            table[WordKey(ArabicNormalizer.matchingKey(row[0]))] = Entry(agreement: agreement, isTitle: row[2] == "title")
        }
        return WordTable(table)
    }()

    /// The entry of a key, bare or with the article.
    static func entry(for key: WordKey) -> Entry? {
        if let entry = byKey[key] { return entry }
        return key.count > 3 && key.hasPrefix("ال") ? byKey[key.dropping(2)] : nil
    }

    /// The entry of a word as it stands: bare, with the article, after `و`/`ف` (`والمسؤولون`).
    static func entry(for token: GrammarToken) -> Entry? {
        for form in token.peeledForms where form.letters <= 1 {
            if form.letters == 1, !(token.key.has("و", at: 0) || token.key.has("ف", at: 0)) { continue }
            if let entry = entry(for: form.key) { return entry }
        }
        return nil
    }

    /// People the gazetteer knows as women (`Lexicons/gazetteer-women.txt`), by entity id: a
    /// feminine verb with no subject (`وقالت`) may refer back to them, though news often
    /// introduces a woman with a masculine title and verb.
    static let women: Set<String> = Set(LexiconRows.parse(EmbeddedLexicons.gazetteerWomen).compactMap(\.first))
}
