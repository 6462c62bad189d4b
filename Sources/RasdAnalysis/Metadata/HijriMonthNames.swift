import RasdText

/// Hijri month names (`Lexicons/hijri-month-names.tsv`) by matching key, loaded once per process:
/// `رمضان` is 9, `ذي الحجة` is 12. Two-word names are keyed with one space, as in `MonthNames`.
public enum HijriMonthNames {
    public static let byKey: [String: Int] = {
        var table: [String: Int] = [:]
        for row in LexiconRows.parse(EmbeddedLexicons.hijriMonthNames) {
            guard row.count >= 2, let month = Int(row[0]), (1...12).contains(month) else { continue }
            table[MonthNames.key(row[1])] = month
        }
        return table
    }()

    /// The Hijri month of a matching key (words joined by one space), or nil.
    public static func month(forKey key: String) -> Int? { byKey[key] }

    /// The Hijri month a name as written denotes: `month(of: "شعبان")` is 8.
    public static func month(of name: String) -> Int? { byKey[MonthNames.key(name)] }
}
