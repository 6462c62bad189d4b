/// Short word lists the date and quantity grammars test tokens against, made once (an array
/// literal in a hot path would be rebuilt, and each of its keys decoded, on every call).
enum GrammarWords {
    /// `بين عامي 2015 و2020`
    static let yearDuals: [WordKey] = ["عامي", "سنتي", "العامين", "السنتين"]
    /// `150 لترا في اليوم`
    static let rateLeads: [WordKey] = ["في", "كل"]
    /// `لا أمس ولا اليوم`
    static let negations: [WordKey] = ["لا", "ولا"]
    /// `9th`
    static let englishOrdinalSuffixes: [WordKey] = ["st", "nd", "rd", "th"]
    /// `19/10/2023`, `2023-10-19`
    static let dateSeparators: [WordKey] = ["/", "-", "."]
    /// `10 أكتوبر 2025 - 16:02`
    static let timeLeadIns: [WordKey] = ["-", "،", ",", "|", "–"]
    /// `2019/20`, `10:30`
    static let digitJoins: [WordKey] = ["-", "/", ".", ":"]
    /// `2019-2020`
    static let yearJoins: [WordKey] = ["-", "/", ".", ":", ","]
    /// `+966`, `$5`, `#2020`
    static let numberSigns: [WordKey] = ["+", "$", "€", "£", "#"]
    /// `ملعب “الأول من مايو”`
    static let openingQuotes: [WordKey] = ["“", "\"", "«", "(", "'"]
    /// `(1)`
    static let openingBrackets: [WordKey] = ["(", "["]
    /// `(1)`
    static let closingBrackets: [WordKey] = [")", "]"]
    /// `F-16`, `1/2`
    static let codeJoins: [WordKey] = ["-", "/", ":", "+", "#", "."]
    /// `3-2`, `10:30`
    static let numberJoins: [WordKey] = ["-", "/", ":"]
    /// `من 5 إلى 7`
    static let rangeJoins: [WordKey] = ["الي", "حتي", "-", "–"]
    /// `في يونيو`, `منذ مارس`
    static let monthLeads: [WordKey] = ["في", "منذ", "خلال", "حتي", "مطلع", "منتصف", "اواخر", "اوايل", "نهايه", "بدايه", "شهر", "قبل", "بعد", "مع"]
    /// `تشرين الأول/ أكتوبر`, `أيلول (سبتمبر)`
    static let doubleMonthJoins: [WordKey] = ["/", "-", "("]
}
