import RasdText

/// Weekday names, Arabic and English (`Lexicons/weekday-names.tsv`), by matching key, loaded once
/// per process: `الخميس` and `Thursday` are both 4 (ISO 8601: 1 Monday … 7 Sunday).
public enum WeekdayNames {
    public static let byKey: [String: Int] = {
        var table: [String: Int] = [:]
        for row in LexiconRows.parse(EmbeddedLexicons.weekdayNames) {
            guard row.count >= 2, let day = Int(row[0]), (1...7).contains(day) else { continue }
            table[ArabicNormalizer.matchingKey(row[1])] = day
        }
        return table
    }()

    /// The ISO weekday of a matching key, or nil: `weekday(forKey: "الاثنين")` is 1.
    public static func weekday(forKey key: String) -> Int? { byKey[key] }
}
