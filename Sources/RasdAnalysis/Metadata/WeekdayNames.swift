import RasdText

/// Weekday names, Arabic and English (`Lexicons/weekday-names.tsv`), by matching key, loaded once
/// per process: `الخميس` and `Thursday` are both 4 (ISO 8601: 1 Monday … 7 Sunday).
public enum WeekdayNames {
    public static let byKey = LexiconRows.numberedNames(EmbeddedLexicons.weekdayNames, valid: 1...7)

    /// The ISO weekday of a matching key, or nil: `weekday(forKey: "الاثنين")` is 1.
    public static func weekday(forKey key: String) -> Int? { byKey[key] }
}
