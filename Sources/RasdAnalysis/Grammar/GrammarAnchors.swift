/// The words that anchor a date or a number: every date expression holds a number or one of the
/// time anchors within its first five tokens, every quantity a number, a number word or a dual
/// noun. Computed once per token, they let the grammars skip text that holds neither.
enum GrammarAnchors {
    /// What a word can do for the grammars, one lookup per peeled form.
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt8
        static let timeAnchor = Roles(rawValue: 1)
        static let dateLead = Roles(rawValue: 2)
        static let numberAnchor = Roles(rawValue: 4)
        static let quantityLead = Roles(rawValue: 8)
    }

    /// The roles of a token: every role of any of its peeled forms; a number does everything.
    static func roles(of token: GrammarToken) -> Roles {
        switch token.kind {
        case .number:
            return [.timeAnchor, .dateLead, .numberAnchor, .quantityLead]
        case .word, .latin:
            var roles: Roles = []
            for form in token.peeledForms {
                if let found = byWord[form.key] { roles.formUnion(found) }
            }
            if token.kind == .latin { roles.subtract([.numberAnchor, .quantityLead]) }
            return roles
        case .symbol:
            return byWord[token.key].map { $0.intersection(.quantityLead) } ?? []
        default:
            return []
        }
    }

    static let byWord: WordTable<Roles> = {
        var table: [WordKey: Roles] = [:]
        for word in timeWords { table[word, default: []].insert(.timeAnchor) }
        for word in dateLeads { table[word, default: []].insert(.dateLead) }
        for word in numberWords { table[word, default: []].insert(.numberAnchor) }
        for word in quantityLeads { table[word, default: []].insert(.quantityLead) }
        return WordTable(table)
    }()

    /// Words that lead into a date (`في وقت سابق`, `مطلع`, `قبل`, `هذا`, `عام`, `الساعة`, `بين`, `من`, `يوم`).
    static let dateLeads: Set<WordKey> = {
        var words: Set<WordKey> = ["بين", "من", "ما", "يوم", "شهر"]
        for lexicon in [TimeWords.earlier, TimeWords.parts, TimeWords.ago, TimeWords.later, TimeWords.this, TimeWords.yearWords] {
            words.formUnion(lexicon.firstWords)
        }
        return words
    }()

    /// Words that lead into a quantity: hedges, range words, currency signs.
    static let quantityLeads: Set<WordKey> = {
        var words = Set<WordKey>()
        for lexicon in [QuantityPhrases.before, QuantityPhrases.rangeStarts] { words.formUnion(lexicon.firstWords) }
        words.formUnion(["$", "€", "£"])
        return words
    }()

    /// Month, Hijri month, weekday and time words (both words of two-word names, with and without
    /// the article), and ordinals.
    static let timeWords: Set<WordKey> = {
        var words = Set<WordKey>()
        for table in [CalendarNames.months, CalendarNames.hijriMonths] {
            words.formUnion(table.single.allKeys)
            words.formUnion(table.pairs.allKeys)
        }
        words.formUnion(CalendarNames.weekdays.allKeys)
        words.formUnion(["كانون", "تشرين", "يوم"])
        for key in TimeWords.periodByKey.allKeys {
            words.insert(key)
            words.insert(key.prepending("ال"))
        }
        for lexicon in [TimeWords.days, TimeWords.seasons, TimeWords.decades, TimeWords.clock] {
            for key in lexicon.words {
                words.insert(key)
                words.insert(key.prepending("ال"))
            }
        }
        for key in NumberWords.byKey.allKeys where NumberWords.byKey[key]!.contains(where: { $0.kind == .ordinal }) { words.insert(key) }
        return words
    }()

    /// Number words of every kind and the dual forms of counted nouns.
    static let numberWords: Set<WordKey> = {
        var words = Set(NumberWords.byKey.allKeys)
        words.formUnion(UnitLexicon.dualForms)
        return words
    }()
}
