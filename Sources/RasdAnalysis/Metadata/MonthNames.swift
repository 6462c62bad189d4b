import RasdText

/// Gregorian month names of every series Arabic news writes (`أكتوبر`, `تشرين الأول`, `أوت`, `شتنبر`,
/// `Oct`) by matching key, from `Lexicons/month-names.tsv`, loaded once per process.
///
///     MonthNames.month(of: "تشرين الأول")   // 10
///     MonthNames.month(forKey: "ابريل")      // 4
public enum MonthNames {
    /// Month number by matching key; a two-word name is keyed with one space (`كانون الثاني` → `كانون الثاني`).
    public static let byKey = LexiconRows.numberedNames(EmbeddedLexicons.monthNames, valid: 1...12)

    /// The most words a month name has (`تشرين الأول`: 2).
    public static let maxWords = 2

    /// The month of a key made by `matchingKey` (words joined by one space), or nil.
    public static func month(forKey key: String) -> Int? { byKey[key] }

    /// The month a name as written denotes: `month(of: "أيلول")` is 9.
    public static func month(of name: String) -> Int? { byKey[key(name)] }

    /// Matching key with runs of spaces collapsed to one: the form `byKey` is keyed by.
    static func key(_ name: String) -> String {
        var collapsed = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in ArabicNormalizer.matchingKey(name).unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !collapsed.isEmpty
                continue
            }
            if pendingSpace { collapsed.append(" ") }
            pendingSpace = false
            collapsed.append(scalar)
        }
        return String(collapsed)
    }
}
