import RasdText

/// Hedges, rates and range words (`Lexicons/quantity-phrases.tsv`), loaded once per process:
/// `ما يزيد على` → more_than before a number, `يوميًا` → per day after its unit.
enum QuantityPhrases {
    /// Hedges written before the number: qualifier by phrase.
    static let before = table("before")
    /// Hedges written after the quantity (`تقريبا`, `على الأقل`).
    static let after = table("after")
    /// Rates after the unit: period by phrase.
    static let rates = table("rate")
    static let rangeStarts = table("range_start")
    static let rangeJoins = table("range_join")

    private static func table(_ role: String) -> PhraseLexicon<String> {
        var lexicon = PhraseLexicon<String>()
        for row in LexiconRows.parse(EmbeddedLexicons.quantityPhrases) where row.count >= 3 && row[0] == role {
            lexicon.add(row[2], row[1])
        }
        return lexicon.frozen()
    }
}
