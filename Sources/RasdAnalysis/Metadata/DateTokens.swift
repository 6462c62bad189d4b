import RasdText

/// One token of a date line: a number (any digit system, with an English ordinal suffix read
/// past: `9th`), a word by matching key, or a separator.
struct DateToken: Sendable {
    enum Kind: Equatable {
        case number(Int, digits: Int, ordinal: Bool)
        case word(String)
        case separator(Unicode.Scalar)
    }

    let kind: Kind
    let start: Int
    let end: Int

    static let morningWords: Set<String> = ["ص", "صباحا", "صباح", "am"]
    static let eveningWords: Set<String> = ["م", "مساء", "مساءا", "ظهرا", "pm"]
    static let timeLeadIns: Set<String> = ["الساعه", "ساعه", "at", "t", "في"]
    static let trailingWords: Set<String> = ["gmt", "utc", "م", "ميلادي", "ميلاديه", "بتوقيت", "غرينتش", "جرينتش"]

    /// Before a date line's date: a weekday, `يوم`, punctuation.
    var isLeadingFiller: Bool {
        switch kind {
        case .separator: true
        case .word(let key): key == "يوم" || WeekdayNames.weekday(forKey: key) != nil
        case .number: false
        }
    }

    /// After a date line's date (and time): punctuation, a time zone, `م` for AD.
    var isTrailingFiller: Bool {
        switch kind {
        case .separator: true
        case .word(let key): Self.trailingWords.contains(key)
        case .number: false
        }
    }

    /// Between a date and its time: `-`, `|`, `،`, `الساعة`, `T`.
    var isTimeLeadIn: Bool {
        switch kind {
        case .separator(let separator): separator != ":"
        case .word(let key): Self.timeLeadIns.contains(key)
        case .number: false
        }
    }
}

/// Splits scalars into date tokens; spaces and invisible characters only separate.
struct DateTokens {
    private(set) var tokens: [DateToken] = []

    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        var index = scalars.startIndex
        let end = scalars.endIndex
        while index < end {
            let kind = ScalarKind(scalars[index])
            switch kind {
            case .digit:
                let start = index
                var value = 0
                var digits = 0
                while index < end, case .digit(let digit) = ScalarKind(scalars[index]) {
                    if digits < 9 { value = value * 10 + digit }
                    digits += 1
                    index += 1
                }
                var ordinal = false
                if index + 1 < end, Self.isOrdinalSuffix(scalars[index], scalars[index + 1]),
                   index + 2 >= end || !ScalarKind(scalars[index + 2]).isLetter {
                    ordinal = true
                    index += 2
                }
                tokens.append(DateToken(kind: .number(value, digits: digits, ordinal: ordinal), start: start, end: index))
            case .arabicLetter, .latinLetter, .otherLetter, .mark:
                let start = index
                let isLatin = kind == .latinLetter
                while index < end {
                    let next = ScalarKind(scalars[index])
                    guard next == .mark || next == .ignorable || (next.isLetter && (next == .latinLetter) == isLatin)
                    else { break }
                    index += 1
                }
                let key = ArabicNormalizer.matchingKey(scalars[start..<index])
                tokens.append(DateToken(kind: .word(key), start: start, end: index))
            case .space, .ignorable:
                index += 1
            case .symbol, .punctuation:
                tokens.append(DateToken(kind: .separator(scalars[index]), start: index, end: index + 1))
                index += 1
            }
        }
    }

    /// `st` `nd` `rd` `th`, any case.
    private static func isOrdinalSuffix(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        let pair = (first.properties.lowercaseMapping, second.properties.lowercaseMapping)
        return pair == ("s", "t") || pair == ("n", "d") || pair == ("r", "d") || pair == ("t", "h")
    }
}
