import Foundation
import RasdText

/// The tagger's features of each token of a sentence, hashed into `buckets` slots: the word's
/// matching key, its stem with proclitics peeled and what was peeled, its first and last letters,
/// its shape and how often the corpus uses it, the words and stems around it, its distributional
/// class and the gazetteer's spans, and the trigger words before it (`الرئيس`, `وزير`, `وكالة`,
/// `مدينة`).
///
/// Templates come in three kinds, so that `NERTagger` can add up a word's weights once and reuse
/// them: *word* features read one word, seen from a fixed offset (`unarySlots`); *edge* features
/// say a neighbour is missing (`edgeSlots`); *context* features read two or three neighbouring
/// words or the gazetteer's spans over the sentence (`contextSlots`).
///
///     NERFeatures(buckets: 1 << 18).features(of: ["قال", "الرئيس", "فلاديمير", "بوتين"])
public struct NERFeatures: Sendable {
    /// Number of hash slots; a power of two.
    public let buckets: Int

    public init(buckets: Int) {
        precondition(buckets > 0 && buckets & (buckets - 1) == 0, "buckets must be a power of two")
        self.buckets = buckets
    }

    /// The offsets from which word features see a word: the word itself, then its neighbours
    /// (offset −1: the word is the previous one). Triggers reach 3 and 4 words back.
    static let offsets = [0, -1, 1, -2, 2, -3, -4]
    /// The offsets at which a missing neighbour is itself a feature (the sentence's edge).
    static let edgeOffsets = [-1, 1, -2, 2]

    /// One token as the templates read it.
    struct Word {
        var key: [Unicode.Scalar]
        var stem: [Unicode.Scalar]
        var peeled: [Unicode.Scalar]
        var shape: UInt32
        var frequency: UInt32
        /// How common the stem is as a person-name token (0 not one).
        var name: UInt32
        var stemFrequency: UInt32
        /// A title, organization or place head word (`NERTriggers`), if it is one.
        var trigger: UInt32?
        /// Its distributional class (`WordClusters`), 0 when unknown.
        var cluster: UInt32
        /// The stem's letters hashed once, for the features that pair it with a neighbour's.
        var stemHash: UInt64

        /// What context features read of a word: small enough to keep for every word type.
        var context: Context { Context(frequency: frequency, name: name, cluster: cluster, stemHash: stemHash, stem: WordKey(scalars: stem)) }
    }

    /// The parts of a word that context features combine with its neighbours'.
    struct Context: Sendable {
        var frequency: UInt32
        var name: UInt32
        var cluster: UInt32
        var stemHash: UInt64
        /// The stem itself, for pairs (its hash stands in when it is too long for a key).
        var stem: WordKey
    }

    /// Gazetteer codes over a sentence: whether each token begins or continues a gazetteer
    /// spelling, and of which type; `0x30` outside any.
    static func gazetteerCodes(_ keys: [WordKey], gazetteer: EntityGazetteer = .shared) -> [UInt32] {
        gazetteerCodes(gazetteer.matches(keys: keys), count: keys.count, gazetteer: gazetteer)
    }

    /// Gazetteer codes over `count` tokens from the gazetteer's matches over them.
    static func gazetteerCodes(_ matches: [EntityGazetteer.Match], count: Int, gazetteer: EntityGazetteer = .shared) -> [UInt32] {
        var codes = [UInt32](repeating: 0x30, count: count)
        for match in matches {
            let code = gazetteerTypeCodes[gazetteer.entries[match.entry].type] ?? 5
            for position in match.start..<match.end {
                codes[position] = 0x30 + code * 2 + (position == match.start ? 0 : 1)
            }
        }
        return codes
    }

    private static let gazetteerTypeCodes: [String: UInt32] = ["PER": 1, "ORG": 2, "GPE": 3, "LOC": 4]

    /// The feature slots of every token, in order.
    public func features(of tokens: [String]) -> [[Int32]] {
        features(of: tokens.map(Self.word))
    }

    /// The feature slots of words already read (`word(_:)`), in order: what training updates.
    func features(of words: [Word]) -> [[Int32]] {
        let gazetteer = Self.gazetteerCodes(words.map { WordKey(scalars: $0.key) })
        let contexts = words.map(\.context)
        var result: [[Int32]] = []
        result.reserveCapacity(words.count)
        for index in words.indices {
            var sink = sink()
            sink.slots.reserveCapacity(64)
            for offset in Self.offsets {
                let other = index + offset
                if other >= 0, other < words.count {
                    unarySlots(of: words[other], offset: offset, into: &sink)
                } else if Self.edgeOffsets.contains(offset) {
                    edgeSlots(offset: offset, into: &sink)
                }
            }
            contextSlots(contexts, at: index, gazetteer: gazetteer, into: &sink)
            result.append(sink.slots)
        }
        return result
    }

    /// An empty collector of this table's slots.
    func sink() -> SlotSink { SlotSink(mask: UInt64(buckets - 1), slots: []) }

    /// The slots of features that read only `word`, seen `offset` words away from the token being
    /// tagged (−1: `word` comes just before it).
    func unarySlots(of word: Word, offset: Int, into sink: inout SlotSink) {
        let stem = word.stem[...]
        switch offset {
        case 0:
            sink.feature(0)
            sink.feature(1, word.key[...])
            sink.feature(2, stem)
            sink.feature(3, word.peeled[...])
            sink.feature(4, stem.prefix(2))
            sink.feature(5, stem.prefix(3))
            sink.feature(6, stem.suffix(2))
            sink.feature(7, stem.suffix(3))
            sink.feature(8, stem.suffix(1))
            sink.feature(9, word.shape)
            sink.feature(10, word.frequency)
            sink.feature(11, word.frequency, word.shape)
            // Distributional class, alone and with person-name evidence.
            sink.feature(70, word.cluster)
            sink.feature(75, word.cluster, word.name)
            if NERCurrencies.contains(word.stem) { sink.feature(62) }
            sink.feature(50, word.name)
            sink.feature(51, word.name, word.frequency)
            // Letter trigrams of the stem (foreign names share `وف`, `يتش`, `سكي`…), and the
            // stem's frequency class with the word's shape.
            if stem.count >= 3 {
                for start in 0...(stem.count - 3) { sink.feature(40, stem[start..<(start + 3)]) }
            }
            sink.feature(41, word.stemFrequency, word.shape)
        case -1:
            sink.feature(12, word.key[...])
            sink.feature(22, stem)
            sink.feature(73, word.cluster)
            sink.feature(31, stem.suffix(2))
            if let trigger = word.trigger { sink.feature(33, trigger) }
        case 1:
            sink.feature(13, word.key[...])
            sink.feature(23, stem)
            sink.feature(74, word.cluster)
            sink.feature(36, stem.suffix(2))
            sink.feature(37, word.frequency)
        case -2:
            sink.feature(14, word.key[...])
            sink.feature(24, stem)
            if let trigger = word.trigger { sink.feature(34, trigger) }
        case 2:
            sink.feature(15, word.key[...])
            sink.feature(25, stem)
        default:
            // A title a few words back (`وزير الخارجية الأمريكي جون كيري`).
            if let trigger = word.trigger { sink.feature(38, trigger, UInt32(-offset)) }
        }
    }

    /// The slots that stand for a neighbour missing at `offset` (the sentence begins or ends).
    func edgeSlots(offset: Int, into sink: inout SlotSink) {
        switch offset {
        case -1:
            sink.feature(12, 0x3C)
            sink.feature(73, 0xFFFF)
        case 1:
            sink.feature(13, 0x3E)
            sink.feature(74, 0xFFFF)
        case -2: sink.feature(14, 0x3C)
        case 2: sink.feature(15, 0x3E)
        default: break
        }
    }

    /// The slots of features that combine neighbouring words (stem pairs, cluster pairs, name and
    /// frequency runs) or read the gazetteer's spans around the token.
    func contextSlots(_ words: [Context], at index: Int, gazetteer: [UInt32], into sink: inout SlotSink) {
        let word = words[index]
        let previous = index > 0 ? words[index - 1] : nil
        let next = index + 1 < words.count ? words[index + 1] : nil
        sink.feature(71, previous?.cluster ?? 0xFFFF, word.cluster)
        sink.feature(72, word.cluster, next?.cluster ?? 0xFFFF)
        sink.feature(52, previous?.name ?? 0x3C, word.name, next?.name ?? 0x3E)
        sink.feature(60, gazetteer[index])
        sink.feature(61, index > 0 ? gazetteer[index - 1] : 0x3C, gazetteer[index], next != nil ? gazetteer[index + 1] : 0x3E)
        if let previous {
            sink.feature(42, previous.frequency, word.frequency, next?.frequency ?? 0x3E)
            sink.pair(30, previous, word)
            sink.feature(32, previous.frequency, word.frequency)
        }
        if let next { sink.pair(35, word, next) }
    }

    /// Key, stem (proclitics `و ف ب ل ك` and the article peeled), shape and frequency class.
    static func word(_ token: String) -> Word {
        let key = Array(ArabicNormalizer.matchingKey(token).unicodeScalars)
        var stem = key[...]
        var peeled: [Unicode.Scalar] = []
        if stem.count > 3, let first = stem.first, first == "و" || first == "ف" {
            peeled.append(first)
            stem = stem.dropFirst()
        }
        if stem.count > 3, let first = stem.first, first == "ب" || first == "ل" || first == "ك" {
            peeled.append(first)
            stem = stem.dropFirst()
        }
        if stem.count > 4, stem.starts(with: ["ا", "ل"]) {
            peeled.append(contentsOf: ["ا", "ل"])
            stem = stem.dropFirst(2)
        } else if stem.count > 3, peeled.last == "ل", stem.first == "ل" {
            peeled.append("ل")
            stem = stem.dropFirst()
        }
        let stemName = PersonNameTokens.nameClass(Array(stem))
        let name = stemName > 0 ? stemName : PersonNameTokens.nameClass(key)
        return Word(key: key, stem: Array(stem), peeled: peeled, shape: shape(key), frequency: frequencyClass(key),
                    name: 0x30 + UInt32(name), stemFrequency: frequencyClass(Array(stem)), trigger: NERTriggers.trigger(Array(stem)),
                    cluster: WordClusters.cluster(key: key, stem: Array(stem)), stemHash: FeatureHash.letters(stem))
    }

    /// Arabic, Latin, digits, punctuation or mixed, with a length class.
    static func shape(_ key: [Unicode.Scalar]) -> UInt32 {
        var arabic = false, latin = false, digit = false, other = false
        for scalar in key {
            switch scalar.value {
            case 0x0600...0x06FF: arabic = true
            case 0x30...0x39: digit = true
            case 0x41...0x5A, 0x61...0x7A: latin = true
            default: other = true
            }
        }
        let kind: UInt32 = (arabic ? 1 : 0) | (latin ? 2 : 0) | (digit ? 4 : 0) | (other ? 8 : 0)
        let length: UInt32 = key.count <= 2 ? 0 : key.count <= 4 ? 1 : key.count <= 7 ? 2 : 3
        return 0x41 + kind * 4 + length
    }

    /// How common the word is in news (SaudiNewsNet counts of `KnownWords`): rare words are often
    /// names. 0 unknown … 5 very common, as a letter.
    static func frequencyClass(_ key: [Unicode.Scalar]) -> UInt32 {
        guard let count = KnownWords.shared.count(ofScalars: key) else { return 0x61 }
        switch count {
        case ..<20: return 0x62
        case ..<100: return 0x63
        case ..<1000: return 0x64
        case ..<10000: return 0x65
        default: return 0x66
        }
    }
}

/// FNV-1a over a template number and letters, finished with a mixer: a feature's hash slot.
struct FeatureHash {
    private(set) var state: UInt64

    init(_ template: UInt32) { state = 0xcbf2_9ce4_8422_2325 ^ UInt64(template &* 0x9E37_79B9) }

    mutating func mix(_ value: UInt32) {
        state ^= UInt64(value)
        state &*= 0x100_0000_01b3
    }

    mutating func mix(_ letters: ArraySlice<Unicode.Scalar>) {
        for letter in letters { mix(letter.value) }
    }

    /// The letters alone hashed, for features that pair two words' hashes.
    static func letters(_ letters: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash = FeatureHash(0)
        hash.mix(letters)
        return hash.value
    }

    mutating func mix(_ value: UInt64) {
        mix(UInt32(truncatingIfNeeded: value))
        mix(UInt32(truncatingIfNeeded: value >> 32))
    }

    var value: UInt64 {
        var hash = state
        hash ^= hash >> 29
        hash &*= 0xbf58_476d_1ce4_e5b9
        hash ^= hash >> 32
        return hash
    }
}

/// Collects the hash slots of features as the templates emit them: nothing is allocated per
/// feature.
struct SlotSink {
    let mask: UInt64
    var slots: [Int32]

    mutating func emit(_ hash: FeatureHash) { slots.append(Int32(truncatingIfNeeded: Int(hash.value & mask))) }

    mutating func feature(_ template: UInt32, _ letters: ArraySlice<Unicode.Scalar>) {
        var hash = FeatureHash(template)
        hash.mix(letters)
        emit(hash)
    }

    // One overload per arity rather than a variadic list, which would allocate an array per feature.
    mutating func feature(_ template: UInt32) { emit(FeatureHash(template)) }

    mutating func feature(_ template: UInt32, _ value: UInt32) {
        var hash = FeatureHash(template)
        hash.mix(value)
        emit(hash)
    }

    mutating func feature(_ template: UInt32, _ first: UInt32, _ second: UInt32) {
        var hash = FeatureHash(template)
        hash.mix(first)
        hash.mix(second)
        emit(hash)
    }

    mutating func feature(_ template: UInt32, _ first: UInt32, _ second: UInt32, _ third: UInt32) {
        var hash = FeatureHash(template)
        hash.mix(first)
        hash.mix(second)
        hash.mix(third)
        emit(hash)
    }

    /// Two words' stems together, `|` between them.
    mutating func pair(_ template: UInt32, _ first: NERFeatures.Context, _ second: NERFeatures.Context) {
        var hash = FeatureHash(template)
        if first.stem.isRepresentable { first.stem.forEachScalarValue { hash.mix($0) } } else { hash.mix(first.stemHash) }
        hash.mix(UInt32(0x7C))
        if second.stem.isRepresentable { second.stem.forEachScalarValue { hash.mix($0) } } else { hash.mix(second.stemHash) }
        emit(hash)
    }
}

/// Currency names (`دولار`, `يورو`, `الريال`), which ANERcorp tags MISC, from the units lexicon.
enum NERCurrencies {
    static let stems = UnitLexicon.forms(ofClass: "currency")

    static func contains(_ stem: [Unicode.Scalar]) -> Bool { stems.contains(WordKey(scalars: stem)) }
}

/// Words that announce a name after them: titles and offices (`الرئيس`, `وزير`, `المتحدث`),
/// organization heads (`وكالة`, `شركة`, `جامعة`, `وزارة`) and place heads (`مدينة`, `ولاية`).
enum NERTriggers {
    // At matching level: hamza seats folded (`الرييس` is `الرئيس`), `ة` as `ه`, `ى` as `ي`.
    static let person: Set<WordKey> = [
        "رييس", "الرييس", "رييسه", "الرييسه", "وزير", "الوزير", "وزيره", "الوزيره", "ملك", "الملك", "الملكه", "امير",
        "الامير", "الاميره", "شيخ", "الشيخ", "الشيخه", "السيد", "السيده", "الدكتور", "الدكتوره", "د", "المتحدث",
        "المتحدثه", "الناطق", "الناطقه", "الزعيم", "المستشار", "المستشاره", "النايب", "النايبه", "السفير", "السفيره",
        "الجنرال", "المشير", "العقيد", "اللواء", "العميد", "الفريق", "المبعوث", "المبعوثه", "الامين", "القايد",
        "الكاتب", "الكاتبه", "المدرب", "اللاعب", "اللاعبه", "الفنان", "الفنانه", "المخرج", "الممثل", "الممثله",
        "الصحفي", "الصحفيه", "البابا", "الامام", "ولي", "نايب", "مساعد", "حاكم", "الحاكم", "مدير", "المدير",
        "مديره", "المديره", "محافظ", "المحافظ", "عمده", "العمده", "قايد", "مستشار", "سفير", "المندوب", "مندوب",
    ]
    static let organization: Set<WordKey> = [
        "وكاله", "شركه", "جامعه", "وزاره", "منظمه", "هييه", "مجلس", "حزب", "حركه", "جمعيه", "بنك", "مصرف",
        "صندوق", "اتحاد", "نادي", "موسسه", "مركز", "معهد", "صحيفه", "قناه", "جبهه", "لجنه", "محكمه", "برلمان",
    ]
    static let place: Set<WordKey> = [
        "مدينه", "ولايه", "محافظه", "منطقه", "بلده", "قريه", "عاصمه", "العاصمه", "جزيره", "اقليم", "مقاطعه",
        "بحر", "نهر", "جبل", "ميناء", "مطار", "حي", "شارع", "دوله",
    ]

    /// 1 person, 2 organization, 3 place; nil for other words.
    static func trigger(_ stem: [Unicode.Scalar]) -> UInt32? { trigger(key: WordKey(scalars: stem)) }

    /// `trigger(_:)` of a word's key (what `EntityResolver` asks of every word before a name).
    static func trigger(key: WordKey) -> UInt32? {
        if tables.person.contains(key) || tables.person.contains(key.prepending("ال")) { return 0x31 }
        if tables.organization.contains(key) { return 0x32 }
        if tables.place.contains(key) { return 0x33 }
        return nil
    }

    private static let tables = (person: table(person), organization: table(organization), place: table(place))

    private static func table(_ words: Set<WordKey>) -> WordTable<Bool> {
        WordTable(Dictionary(uniqueKeysWithValues: words.map { ($0, true) }))
    }
}
