import RasdText

/// How well a spelling the gazetteer does not list is told apart, when its transliteration key is a
/// listed entry's: another spelling of that entry should join it (`بيرمنجهام`, Birmingham), the
/// name of something else should not (`جازان`, Jizan, is not Kazan's `قازان`; `دينار` is not
/// Denver's `دنفر`). Cases come from data nobody wrote for the rule: the gazetteer's own alternative
/// spellings, GeoNames' Arabic names of 9,000 cities (`../shared/data/places_geonames`), most of
/// them not in the gazetteer, and the words ANERcorp's annotators never tagged as a name. Also
/// the identifiers of names the gazetteer does not know (`TransliterationKey.identityKey`): one
/// for two spellings of a name, two for two cities' names with one key (`كمال` and `جميل`).
///
///     let score = SpellingJoinEvaluation.evaluate(cities: tsv, words: conll)
///     score.variants.count, score.joinedVariants      // another spelling: joined (recall)
///     score.others.count, score.joinedOthers          // another place: joined (false joins)
///     score.words.count, score.joinedWords            // a word that is no name: joined
public struct SpellingJoinEvaluation: Sendable {
    /// A spelling read in text (`name`), the entry whose key it has, whether it joined, and
    /// whether the two would get one identifier if the gazetteer knew neither (`identityKey`).
    public struct Case: Sendable {
        public let name: String
        public let listed: String
        public let entity: String
        public let joined: Bool
        public var oneIdentifier = false
    }

    /// Another spelling of a listed name: an entry's or a city's two spellings with one key, each
    /// read while only the other is listed.
    public var variants: [Case] = []
    /// A city's name whose key is a listed spelling of something else (a place whose Latin name
    /// is not that entry's, nor a near spelling of it).
    public var others: [Case] = []

    /// A word that is no name (tagged `O` wherever it occurs) whose key is a listed spelling's.
    public var words: [Case] = []

    /// Two names of different cities with one key (whose Latin names are not near): one identifier
    /// would merge them.
    public var namesakes: [Case] = []

    public var joinedVariants: Int { variants.count { $0.joined } }
    public var joinedOthers: Int { others.count { $0.joined } }
    public var joinedWords: Int { words.count { $0.joined } }
    /// Variants that one identifier names, and namesakes that two do.
    public var variantsWithOneIdentifier: Int { variants.count(where: \.oneIdentifier) }
    public var namesakesApart: Int { namesakes.count { !$0.oneIdentifier } }

    /// Scores the shipped gazetteer against `cities`, GeoNames' table (`geonameid type en … ar_candidates …`,
    /// with a header line; `ar_candidates` is `|`-separated), and the words of `words`, CoNLL
    /// (`word<TAB>tag`) such as ANERcorp's.
    public static func evaluate(cities: String, words: String = "", gazetteer: EntityGazetteer = .shared,
                                tables: [String] = EntityGazetteer.tableTexts) -> SpellingJoinEvaluation {
        var evaluation = SpellingJoinEvaluation()
        func addVariants(_ spellings: [String], entity: String, latin: String) {
            var distinct: [String] = []
            for spelling in spellings where !distinct.contains(where: { ArabicNormalizer.matchingKey($0) == ArabicNormalizer.matchingKey(spelling) }) {
                distinct.append(spelling)
            }
            for name in distinct {
                for listed in distinct where listed != name && TransliterationKey.key(listed) == TransliterationKey.key(name) {
                    let joined = TransliterationKey.isVariant(.init(name), of: .init(listed), latin: latin)
                    evaluation.variants.append(Case(name: name, listed: listed, entity: entity, joined: joined,
                                                    oneIdentifier: TransliterationKey.identityKey(name) == TransliterationKey.identityKey(listed)))
                }
            }
        }
        for table in tables {
            for row in LexiconRows.parse(table) where row.count >= 4 {
                let aliases = row.count > 4 ? row[4].split(separator: "|").map { String($0) } : []
                addVariants([row[3]] + aliases, entity: row[0], latin: row[2])
            }
        }
        var lines = cities.split(separator: "\n", omittingEmptySubsequences: true).dropFirst()
        var citiesByKey: [String: [(name: String, latin: String, id: String)]] = [:]
        while let line = lines.popFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            guard fields.count >= 9 else { continue }
            let latin = fields[2], spellings = fields[8].split(separator: "|").map { String($0) }
            addVariants(spellings, entity: "geonames:\(fields[0])", latin: latin)
            for name in spellings { citiesByKey[TransliterationKey.key(name), default: []].append((name, latin, fields[0])) }
            for name in spellings where !gazetteer.lists(name) {
                guard let index = gazetteer.entry(transliterationKeyOf: name) else { continue }
                let entry = gazetteer.entries[index]
                guard !Self.nearLatin(entry.canonical, latin) else { continue }
                let joined = gazetteer.entry(transliterating: name) != nil
                evaluation.others.append(Case(name: name, listed: entry.canonicalAr, entity: entry.entity, joined: joined))
            }
        }
        for key in citiesByKey.keys.sorted() {
            let names = citiesByKey[key]!
            for (index, one) in names.enumerated() {
                for other in names[(index + 1)...] where other.id != one.id && !Self.nearLatin(one.latin, other.latin)
                    && ArabicNormalizer.matchingKey(one.name) != ArabicNormalizer.matchingKey(other.name) {
                    evaluation.namesakes.append(Case(name: one.name, listed: other.name, entity: "geonames:\(other.id)", joined: false,
                                                     oneIdentifier: TransliterationKey.identityKey(one.name) == TransliterationKey.identityKey(other.name)))
                }
            }
        }
        var tagged: [String: Bool] = [:]
        for line in words.split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
            guard fields.count >= 2 else { continue }
            let word = ArabicNormalizer.matchingKey(String(fields[0]))
            tagged[word] = (tagged[word] ?? false) || fields[fields.count - 1] != "O"
        }
        for (word, isName) in tagged.sorted(by: { $0.key < $1.key }) where !isName && !gazetteer.lists(word) {
            guard let index = gazetteer.entry(transliterationKeyOf: word) else { continue }
            let entry = gazetteer.entries[index]
            let joined = gazetteer.entry(transliterating: word) != nil
            evaluation.words.append(Case(name: word, listed: entry.canonicalAr, entity: entry.entity, joined: joined))
        }
        return evaluation
    }

    /// Whether two Latin names may be one place's (`Kiev`, `Kyiv`; `Jiddah`, `Jeddah`): the same
    /// first letter and at most two letters apart.
    static func nearLatin(_ one: String, _ other: String) -> Bool {
        let a = Array(one.lowercased().unicodeScalars), b = Array(other.lowercased().unicodeScalars)
        guard let first = a.first, first == b.first else { return false }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count] <= 2
    }
}

extension TransliterationKey.SpelledName {
    init(_ name: String) { self = TransliterationKey.spelled(name) }
}
