import RasdText

/// Hijri month names (`Lexicons/hijri-month-names.tsv`) by matching key, loaded once per process:
/// `رمضان` is 9, `ذي الحجة` is 12. Two-word names are keyed with one space, as in `MonthNames`.
public enum HijriMonthNames {
    public static let byKey = LexiconRows.numberedNames(EmbeddedLexicons.hijriMonthNames, valid: 1...12)

    /// The Hijri month of a matching key (words joined by one space), or nil.
    public static func month(forKey key: String) -> Int? { byKey[key] }

    /// The Hijri month a name as written denotes: `month(of: "شعبان")` is 8.
    public static func month(of name: String) -> Int? { byKey[MonthNames.key(name)] }
}
