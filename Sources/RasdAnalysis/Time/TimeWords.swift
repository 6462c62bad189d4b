import RasdText

/// The words the date and duration grammars build on (`Lexicons/time-words.tsv`), by role, loaded
/// once per process: `أمس` is the day before publication, `الماضي` points back, `يومين` is two days.
enum TimeWords {
    enum Period: String, Sendable {
        case minute, hour, day, week, month, year, decade, century
    }

    /// A period noun: which period, and how many the bare form means (1, 2 for a dual, 0 plural).
    struct PeriodWord: Sendable {
        let period: Period
        let count: Int
    }

    static let days = integers("day")
    static let directions = integers("direction")
    static let this = integers("this")
    static let vague = integers("vague")
    static let seasons = integers("season")
    static let decades = integers("decade")
    static let yearWords = integers("year_word")
    static let hourParts = integers("hour_part")
    static let clock = integers("clock")
    static let earlier = integers("earlier")
    static let parts = integers("part")
    static let hijriEras = integers("hijri_era")
    static let ago = integers("ago")
    static let later = integers("later")

    static let periods: PhraseLexicon<PeriodWord> = {
        var lexicon = PhraseLexicon<PeriodWord>()
        for row in LexiconRows.parse(EmbeddedLexicons.timeWords) where row.count >= 4 && row[0] == "period" {
            guard let period = Period(rawValue: row[1]), let count = Int(row[2]) else { continue }
            lexicon.add(row[3], PeriodWord(period: period, count: count))
        }
        return lexicon.frozen()
    }()

    /// The period of a definite plural or dual (`الأيام`, `العامين`) for vague stretches.
    static func definitePeriod(_ key: WordKey) -> PeriodWord? {
        guard key.hasPrefix("ال") else { return nil }
        return periodByKey[key.dropping(2)]
    }

    /// Single-word period forms by key.
    static let periodByKey: WordTable<PeriodWord> = {
        var table: [WordKey: PeriodWord] = [:]
        for row in LexiconRows.parse(EmbeddedLexicons.timeWords) where row.count >= 4 && row[0] == "period" {
            guard let period = Period(rawValue: row[1]), let count = Int(row[2]) else { continue }
            table[WordKey(ArabicNormalizer.matchingKey(row[3]))] = PeriodWord(period: period, count: count)
        }
        return WordTable(table)
    }()

    private static func integers(_ role: String) -> PhraseLexicon<Int> {
        var lexicon = PhraseLexicon<Int>()
        for row in LexiconRows.parse(EmbeddedLexicons.timeWords) where row.count >= 4 && row[0] == role {
            lexicon.add(row[3], Int(row[1]) ?? 0)
        }
        return lexicon.frozen()
    }
}

/// Month and weekday names as the grammars look them up: by word key, two-word names by pair.
enum CalendarNames {
    static let months = split(MonthNames.byKey)
    static let hijriMonths = split(HijriMonthNames.byKey)
    static let weekdays = WordTable(Dictionary(WeekdayNames.byKey.map { (WordKey($0.key), $0.value) }, uniquingKeysWith: { a, _ in a }))

    /// One-word names by key; two-word names by first word, with their second words.
    struct Table: Sendable {
        var single: WordTable<Int>
        var pairs: WordTable<[(second: WordKey, number: Int)]>

        /// The number of a two-word name.
        func pair(_ first: WordKey, _ second: WordKey) -> Int? {
            pairs[first]?.first { $0.second == second }?.number
        }
    }

    private static func split(_ names: [String: Int]) -> Table {
        var single: [WordKey: Int] = [:]
        var pairs: [WordKey: [(second: WordKey, number: Int)]] = [:]
        for (name, number) in names {
            let words = name.split(separator: " ")
            if words.count == 1 {
                single[WordKey(name)] = number
            } else if words.count == 2 {
                pairs[WordKey(String(words[0])), default: []].append((WordKey(String(words[1])), number))
            }
        }
        return Table(single: WordTable(single), pairs: WordTable(pairs))
    }
}
