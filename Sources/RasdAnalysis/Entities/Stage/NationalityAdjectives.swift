import RasdText

/// Relation adjectives that name a country (`الروسي`, `الكورية الشمالية`), from
/// `Lexicons/nationality-adjectives.tsv`: not entities themselves, but they say whose a role is
/// (`وزير الخارجية الروسي` → `russia`).
enum NationalityAdjectives {
    /// By first word: the remaining words and the country, longest first.
    static let phrases: [WordKey: [(rest: [WordKey], country: String)]] = {
        var phrases: [WordKey: [(rest: [WordKey], country: String)]] = [:]
        for row in LexiconRows.parse(EmbeddedLexicons.nationalityAdjectives) where row.count >= 2 {
            let masculine = ArabicNormalizer.matchingKey(row[0]).split(separator: " ").map(String.init)
            // The feminine: `ي` → `يه` on every word (`الكوري الشمالي` → `الكوريه الشماليه`).
            let feminine = masculine.map { $0.hasSuffix("ي") ? $0 + "ه" : $0 }
            for words in [masculine, feminine] {
                let keys = words.map { WordKey($0) }
                guard let first = keys.first else { continue }
                phrases[first, default: []].append((Array(keys.dropFirst()), row[1]))
            }
        }
        for key in phrases.keys { phrases[key]!.sort { $0.rest.count > $1.rest.count } }
        return phrases
    }()

    /// The country `keys` name when they are, all of them, one nationality adjective.
    static func country(of keys: [WordKey]) -> String? {
        guard let first = keys.first else { return nil }
        return phrases[first]?.first { $0.rest == Array(keys.dropFirst()) }?.country
    }

    /// The country of the first nationality adjective among `keys` (a role's words), if any.
    static func country(in keys: [WordKey]) -> String? {
        for start in keys.indices {
            guard let candidates = phrases[keys[start]] else { continue }
            for candidate in candidates where start + 1 + candidate.rest.count <= keys.count {
                if zip(candidate.rest, keys[(start + 1)...]).allSatisfy({ $0 == $1 }) { return candidate.country }
            }
        }
        return nil
    }
}
