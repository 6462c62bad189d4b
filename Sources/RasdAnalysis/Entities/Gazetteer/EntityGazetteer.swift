import RasdText

/// Known entities with their identifiers, canonical names and Arabic spellings
/// (`Lexicons/gazetteer-places.tsv`, `gazetteer-organizations.tsv`, `gazetteer-people.tsv`), loaded
/// once per process, and a longest-match lookup of their spellings over a sentence's tokens: a
/// first token may carry a proclitic (`وبيونغ يانغ`, `للأمم المتحدة`).
public struct EntityGazetteer: Sendable {
    public struct Entry: Sendable, Hashable {
        public let entity: String
        /// `PER`, `ORG`, `GPE` or `LOC`.
        public let type: String
        public let canonical: String
        public let canonicalAr: String
    }

    /// A spelling found in a sentence: tokens `start..<end`, which entry, and the proclitic letters
    /// peeled off the first token.
    public struct Match: Sendable {
        public let start: Int
        public let end: Int
        public let entry: Int
        public let peeled: Int
    }

    public let entries: [Entry]
    /// Spellings by first word (matching key): the remaining words and the entry, longest first.
    private let phrases: WordTable<[(rest: [WordKey], entry: Int)]>
    /// Entries by the transliteration key of each spelling (`TransliterationKey.key`), for the
    /// spellings the table does not list (`سيرجى لافروف`), with the entry's spellings of that key;
    /// a key two entries share is left out.
    private let byTransliteration: [TransliterationKey.Spelling: (entry: Int, spellings: [TransliterationKey.SpelledName])]

    public static let shared = EntityGazetteer(tables: tableTexts)

    /// Towns of the Arab world the shipped tables leave out (`Lexicons/regional-places.tsv`): they
    /// only identify a place the tagger found, and are never looked for in text, so a town named
    /// like a word (`الخبر`, news) costs nothing.
    public static let regionalPlaces = EntityGazetteer(tables: [EmbeddedLexicons.byFileName["regional-places.tsv"] ?? ""])

    /// The shipped tables' texts, people first.
    public static let tableTexts = ["gazetteer-people.tsv", "gazetteer-organizations.tsv", "gazetteer-places.tsv"]
        .map { EmbeddedLexicons.byFileName[$0] ?? "" }

    /// Reads `entity<TAB>type<TAB>canonical<TAB>canonical_ar<TAB>aliases` tables; earlier tables win
    /// a spelling two entities share.
    public init(tables: [String]) {
        var entries: [Entry] = []
        var phrases: [WordKey: [(rest: [WordKey], entry: Int)]] = [:]
        var seen: Set<[WordKey]> = []
        var transliterated: [String: (entry: Int, spellings: [TransliterationKey.SpelledName])] = [:]
        var ambiguous: Set<String> = []
        for table in tables {
            for row in LexiconRows.parse(table) where row.count >= 4 {
                let entry = Entry(entity: row[0], type: row[1], canonical: row[2], canonicalAr: row[3])
                let index = entries.count
                entries.append(entry)
                let aliases = row.count > 4 ? row[4].split(separator: "|").map { String($0) } : []
                for spelling in [row[3]] + aliases {
                    let key = TransliterationKey.key(spelling)
                    if let other = transliterated[key], other.entry != index {
                        ambiguous.insert(key)
                    } else {
                        transliterated[key, default: (index, [])].spellings.append(TransliterationKey.spelled(spelling))
                    }
                    let written = Self.tokens(of: spelling)
                    for words in [written] + Self.foreignSoundVariants(of: written, person: entry.type == "PER") {
                        guard let first = words.first, !seen.contains(words) else { continue }
                        seen.insert(words)
                        phrases[first, default: []].append((Array(words.dropFirst()), index))
                    }
                }
            }
        }
        for key in phrases.keys { phrases[key]!.sort { $0.rest.count > $1.rest.count } }
        self.entries = entries
        self.phrases = WordTable(phrases)
        for key in ambiguous { transliterated[key] = nil }
        self.byTransliteration = Dictionary(uniqueKeysWithValues: transliterated.map { (TransliterationKey.Spelling(text: $0.key), $0.value) })
    }

    /// A spelling's tokens at matching level, cut as the tokenizer cuts text: at spaces, and around
    /// marks (`كيم جونغ-أون` → `كيم`, `جونغ`, `-`, `اون`; `أ.ف.ب` → `ا`, `.`, `ف`, `.`, `ب`).
    static func tokens(of spelling: String) -> [WordKey] {
        var tokens: [WordKey] = []
        var word: [Unicode.Scalar] = []
        func flush() {
            if !word.isEmpty { tokens.append(WordKey(scalars: word)) }
            word.removeAll()
        }
        for scalar in ArabicNormalizer.matchingKey(spelling).unicodeScalars {
            if scalar.properties.isWhitespace {
                flush()
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(scalar)
            } else {
                flush()
                tokens.append(WordKey(scalars: [scalar]))
            }
        }
        flush()
        return tokens
    }

    /// The other ways Arabic news writes a foreign name's g and v (`شويغو`, `شويجو`, `شويقو`;
    /// `فلاديفوستوك`, `ڤلاديفوستوك`): for people, and for other names of two words or a long one.
    /// A changed word that news uses as a word of its own (`غدة` from `جدة`) is not made.
    static func foreignSoundVariants(of words: [WordKey], person: Bool) -> [[WordKey]] {
        let letters = words.map(\.scalars)
        guard person || words.count > 1 || (letters.first?.count ?? 0) >= 6 else { return [] }
        let g: [Unicode.Scalar] = ["غ", "ج", "ق", "گ"]
        let v: [Unicode.Scalar] = ["ف", "ڤ"]
        var positions: [(word: Int, letter: Int, choices: [Unicode.Scalar])] = []
        for (wordIndex, word) in letters.enumerated() {
            for (letterIndex, letter) in word.enumerated() {
                if g.contains(letter) { positions.append((wordIndex, letterIndex, g)) }
                if v.contains(letter) { positions.append((wordIndex, letterIndex, v)) }
            }
        }
        guard !positions.isEmpty, positions.count <= 3 else { return [] }
        var variants: [[WordKey]] = []
        var choice = [Int](repeating: 0, count: positions.count)
        while true {
            var changed = letters
            for (position, chosen) in zip(positions, choice) { changed[position.word][position.letter] = position.choices[chosen] }
            if changed != letters {
                let isWordOfItsOwn = zip(changed, letters).contains { new, old in
                    new != old && (KnownWords.shared.count(ofScalars: new) ?? 0) >= 20
                }
                if !isWordOfItsOwn { variants.append(changed.map { WordKey(scalars: $0) }) }
            }
            // The next combination of choices.
            var digit = 0
            while digit < choice.count {
                choice[digit] += 1
                if choice[digit] < positions[digit].choices.count { break }
                choice[digit] = 0
                digit += 1
            }
            if digit == choice.count { break }
        }
        return variants
    }

    /// The entry whose spelling has the same transliteration key as `name`, if exactly one has and
    /// `name` can be another spelling of it (`TransliterationKey.isVariant`).
    public func entry(transliterating name: String) -> Int? {
        entry(transliterationKey: TransliterationKey.key(name), name: name)
    }

    /// The entry with this transliteration key (`TransliterationKey.key`) of `name`, if one has it
    /// and `name` differs from one of its spellings only as transliterations do
    /// (`TransliterationKey.isVariant`): `سيرجى لافروف` and `نتانياهو` join their entries, `الجبيل`
    /// does not join Kabul (`كابول`), nor `جازان` Kazan (`قازان`).
    func entry(transliterationKey key: String, name: String) -> Int? {
        guard let found = byTransliteration[.init(text: key)] else { return nil }
        let spelled = TransliterationKey.spelled(name)
        let latin = entries[found.entry].canonical
        return found.spellings.contains { TransliterationKey.isVariant(spelled, of: $0, latin: latin) } ? found.entry : nil
    }

    /// The entry with the transliteration key of `name`, if exactly one has it, whether or not `name`
    /// can be a spelling of it.
    func entry(transliterationKeyOf name: String) -> Int? {
        byTransliteration[.init(text: TransliterationKey.key(name))]?.entry
    }

    /// Whether `name` is a listed spelling, as written (at matching level).
    func lists(_ name: String) -> Bool {
        let keys = Self.tokens(of: name)
        return matches(keys: keys).contains { $0.start == 0 && $0.end == keys.count && $0.peeled == 0 }
    }

    /// Whether some spelling begins with this word (`لافروف`, `بيونغ`).
    func startsSpelling(_ key: WordKey) -> Bool { phrases[key] != nil }

    /// The longest spellings over a sentence, left to right, none overlapping. `keys[i]` is token
    /// `i`'s matching key; its first-token forms peel `و ف ب ل ك` (and `لل` → `ال`).
    func matches(keys: [WordKey]) -> [Match] {
        var found: [Match] = []
        var index = 0
        while index < keys.count {
            var best: Match?
            for form in PeeledForm.forms(of: keys[index], kind: .word) {
                let peeled = form.letters
                guard let candidates = phrases[form.key] else { continue }
                for candidate in candidates where index + 1 + candidate.rest.count <= keys.count {
                    var matches = true
                    for (offset, word) in candidate.rest.enumerated() where keys[index + 1 + offset] != word {
                        matches = false
                        break
                    }
                    if matches {
                        let end = index + 1 + candidate.rest.count
                        if best == nil || end > best!.end { best = Match(start: index, end: end, entry: candidate.entry, peeled: peeled) }
                        break
                    }
                }
            }
            if let best {
                found.append(best)
                index = best.end
            } else {
                index += 1
            }
        }
        return found
    }
}
