import Foundation
import RasdText

/// The tagger's features of each token of a sentence, hashed into `buckets` slots: the word's
/// matching key, its stem with proclitics peeled and what was peeled, its first and last letters,
/// its shape and how often the corpus uses it, the words and stems around it, the trigger words
/// before it (`الرئيس`, `وزير`, `وكالة`, `مدينة`) and the nationality adjective after it.
///
///     NERFeatures(buckets: 1 << 18).features(of: ["قال", "الرئيس", "فلاديمير", "بوتين"])
public struct NERFeatures: Sendable {
    /// Number of hash slots; a power of two.
    public let buckets: Int

    public init(buckets: Int) {
        precondition(buckets > 0 && buckets & (buckets - 1) == 0, "buckets must be a power of two")
        self.buckets = buckets
    }

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
    }

    /// The feature slots of every token, in order.
    public func features(of tokens: [String]) -> [[Int32]] {
        features(of: tokens.map(Self.word))
    }

    /// The feature slots of words already read (`word(_:)`), in order. Every feature is hashed
    /// straight from its template number and letters: nothing is allocated per feature.
    func features(of words: [Word]) -> [[Int32]] {
        // Gazetteer spellings over the sentence: each token knows whether it begins or continues
        // one, and of which type.
        var gazetteer = [UInt32](repeating: 0x30, count: words.count)
        for match in EntityGazetteer.shared.matches(keys: words.map { WordKey(scalars: $0.key) }) {
            let type = EntityGazetteer.shared.entries[match.entry].type
            let code: UInt32 = ["PER": 1, "ORG": 2, "GPE": 3, "LOC": 4][type] ?? 5
            for position in match.start..<match.end {
                gazetteer[position] = 0x30 + code * 2 + (position == match.start ? 0 : 1)
            }
        }
        let mask = UInt64(buckets - 1)
        var result: [[Int32]] = []
        result.reserveCapacity(words.count)
        for index in words.indices {
            var slots: [Int32] = []
            slots.reserveCapacity(48)
            func emit(_ hash: FeatureHash) { slots.append(Int32(truncatingIfNeeded: Int(hash.value & mask))) }
            func feature(_ template: UInt32, _ letters: ArraySlice<Unicode.Scalar>) {
                var hash = FeatureHash(template)
                hash.mix(letters)
                emit(hash)
            }
            func feature(_ template: UInt32, _ values: UInt32...) {
                var hash = FeatureHash(template)
                for value in values { hash.mix(value) }
                emit(hash)
            }
            let word = words[index]
            let stem = word.stem[...]
            let previous = index > 0 ? words[index - 1] : nil
            let next = index + 1 < words.count ? words[index + 1] : nil
            feature(0)
            feature(1, word.key[...])
            feature(2, stem)
            feature(3, word.peeled[...])
            feature(4, stem.prefix(2))
            feature(5, stem.prefix(3))
            feature(6, stem.suffix(2))
            feature(7, stem.suffix(3))
            feature(8, stem.suffix(1))
            feature(9, word.shape)
            feature(10, word.frequency)
            feature(11, word.frequency, word.shape)
            for (template, offset) in [(UInt32(12), -1), (13, 1), (14, -2), (15, 2)] {
                let other = index + offset
                if other >= 0, other < words.count {
                    feature(template, words[other].key[...])
                    feature(template + 10, words[other].stem[...])
                } else {
                    feature(template, offset < 0 ? 0x3C : 0x3E)
                }
            }
            // Distributional classes: the word's, and its neighbours'.
            feature(70, word.cluster)
            feature(71, previous?.cluster ?? 0xFFFF, word.cluster)
            feature(72, word.cluster, next?.cluster ?? 0xFFFF)
            feature(73, previous?.cluster ?? 0xFFFF)
            feature(74, next?.cluster ?? 0xFFFF)
            feature(75, word.cluster, word.name)
            feature(60, gazetteer[index])
            feature(61, index > 0 ? gazetteer[index - 1] : 0x3C, gazetteer[index], next != nil ? gazetteer[index + 1] : 0x3E)
            if NERCurrencies.contains(word.stem) { feature(62) }
            // Person-name evidence: the word, its neighbours, with the frequency class.
            feature(50, word.name)
            feature(51, word.name, word.frequency)
            feature(52, previous?.name ?? 0x3C, word.name, next?.name ?? 0x3E)
            // Letter trigrams of the stem (foreign names share `وف`, `يتش`, `سكي`…), and the stem's
            // frequency class with the word's shape.
            if stem.count >= 3 {
                for start in 0...(stem.count - 3) { feature(40, stem[start..<(start + 3)]) }
            }
            feature(41, word.stemFrequency, word.shape)
            if let previous {
                feature(42, previous.frequency, word.frequency, next?.frequency ?? 0x3E)
                var pair = FeatureHash(30)
                pair.mix(previous.stem[...])
                pair.mix(0x7C)
                pair.mix(stem)
                emit(pair)
                feature(31, previous.stem.suffix(2))
                feature(32, previous.frequency, word.frequency)
                if let trigger = previous.trigger { feature(33, trigger) }
                if index > 1, let trigger = words[index - 2].trigger { feature(34, trigger) }
                // A title a few words back (`وزير الخارجية الأمريكي جون كيري`).
                for back in 3...4 where index >= back {
                    if let trigger = words[index - back].trigger { feature(38, trigger, UInt32(back)) }
                }
            }
            if let next {
                var pair = FeatureHash(35)
                pair.mix(stem)
                pair.mix(0x7C)
                pair.mix(next.stem[...])
                emit(pair)
                feature(36, next.stem.suffix(2))
                feature(37, next.frequency)
            }
            result.append(slots)
        }
        return result
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
                    cluster: WordClusters.cluster(key: key, stem: Array(stem)))
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

    var value: UInt64 {
        var hash = state
        hash ^= hash >> 29
        hash &*= 0xbf58_476d_1ce4_e5b9
        hash ^= hash >> 32
        return hash
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
    static let person: Set<WordKey> = [
        "رئيس", "الرئيس", "وزير", "الوزير", "ملك", "الملك", "امير", "الامير", "شيخ", "الشيخ", "السيد", "السيده",
        "الدكتور", "د", "المتحدث", "الناطق", "الزعيم", "المستشار", "النائب", "السفير", "الجنرال", "العقيد", "اللواء",
        "العميد", "الفريق", "المبعوث", "الامين", "القائد", "الرئيسه", "الوزيره", "الكاتب", "المدرب", "اللاعب",
        "الفنان", "المخرج", "الممثل", "الصحفي", "البابا", "الامام", "ولي", "نائب", "مساعد", "حاكم", "الحاكم",
    ]
    static let organization: Set<WordKey> = [
        "وكاله", "شركه", "جامعه", "وزاره", "منظمه", "هيئه", "مجلس", "حزب", "حركه", "جمعيه", "بنك", "مصرف",
        "صندوق", "اتحاد", "نادي", "مؤسسه", "مركز", "معهد", "صحيفه", "قناه", "جبهه", "لجنه", "محكمه", "برلمان",
    ]
    static let place: Set<WordKey> = [
        "مدينه", "ولايه", "محافظه", "منطقه", "بلده", "قريه", "عاصمه", "العاصمه", "جزيره", "اقليم", "مقاطعه",
        "بحر", "نهر", "جبل", "ميناء", "مطار", "حي", "شارع", "دوله",
    ]

    /// 1 person, 2 organization, 3 place; nil for other words.
    static func trigger(_ stem: [Unicode.Scalar]) -> UInt32? {
        let key = WordKey(scalars: stem)
        if person.contains(key) || person.contains(key.prepending("ال")) { return 0x31 }
        if organization.contains(key) { return 0x32 }
        if place.contains(key) { return 0x33 }
        return nil
    }
}
