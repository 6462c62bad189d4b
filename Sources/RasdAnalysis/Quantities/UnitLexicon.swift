import RasdText

/// Units and counted nouns (`Lexicons/units.tsv`) as a phrase lexicon, loaded once per process:
/// every form also with the article (`الجنود`) and the accusative of a counted noun (`جنديا`), and
/// each lemma's dual (`دبابتين` = two tanks).
enum UnitLexicon {
    struct Unit: Sendable {
        /// The singular: `unit_lemma`.
        let lemma: String
        /// `count`, `length`, `currency`, `percent`…
        let unitClass: String
        /// A dual form: the noun alone means two.
        let isDual: Bool
        /// Written with the article (`الجنود`).
        let isDefinite: Bool
        /// The singular itself (with or without the article), not a plural or a variant.
        var isLemma = false
    }

    /// One row of `units.tsv`: the lemma, its class and its other forms.
    struct Row: Sendable {
        let lemma: String
        let unitClass: String
        let forms: [String]

        /// The lemma's duals at matching level (`دبابتين`, `دبابتان`), for a one-word Arabic lemma.
        var duals: [String] {
            let key = ArabicNormalizer.matchingKey(lemma)
            guard !key.contains(" "), key.unicodeScalars.allSatisfy({ $0.value >= 0x0621 && $0.value <= 0x064A }) else { return [] }
            let stem = key.hasSuffix("ه") ? String(String.UnicodeScalarView(key.unicodeScalars.dropLast())) + "ت" : key
            return [stem + "ين", stem + "ان"]
        }
    }

    /// The lexicon's rows, read once.
    static let rows: [Row] = LexiconRows.parse(EmbeddedLexicons.units).compactMap { row in
        guard row.count >= 2 else { return nil }
        return Row(lemma: row[0], unitClass: row[1],
                   forms: row.count > 2 ? row[2].split(separator: "|").map { $0.trimmingSpaces }.filter { !$0.isEmpty } : [])
    }

    /// The dual forms (`دبابتين`), which count two on their own.
    static let dualForms: Set<WordKey> = Set(rows.flatMap(\.duals).map { WordKey($0) })

    /// Every form of every unit of one class (`currency`: `دولار`, `دولارات`, `$`…), at matching level.
    static func forms(ofClass unitClass: String) -> Set<WordKey> {
        Set(rows.filter { $0.unitClass == unitClass }.flatMap { [$0.lemma] + $0.forms }.map { WordKey(ArabicNormalizer.matchingKey($0)) })
    }

    static let phrases: PhraseLexicon<Unit> = {
        var lexicon = PhraseLexicon<Unit>()
        for row in rows {
            var singular = Unit(lemma: row.lemma, unitClass: row.unitClass, isDual: false, isDefinite: false)
            singular.isLemma = true
            add(row.lemma, singular, to: &lexicon)
            for form in row.forms {
                add(form, Unit(lemma: row.lemma, unitClass: row.unitClass, isDual: false, isDefinite: false), to: &lexicon)
            }
            for dual in row.duals {
                add(dual, Unit(lemma: row.lemma, unitClass: row.unitClass, isDual: true, isDefinite: false), to: &lexicon)
            }
        }
        return lexicon.frozen()
    }()

    private static func add(_ form: String, _ unit: Unit, to lexicon: inout PhraseLexicon<Unit>) {
        lexicon.add(form, unit)
        let key = ArabicNormalizer.matchingKey(form)
        guard let first = key.unicodeScalars.first, first.value >= 0x0621 && first.value <= 0x064A else { return }
        let words = key.split(separator: " ")
        let rest = words.dropFirst().joined(separator: " ")
        func join(_ head: String) -> String { rest.isEmpty ? head : head + " " + rest }
        let head = String(words[0])
        var definite = Unit(lemma: unit.lemma, unitClass: unit.unitClass, isDual: unit.isDual, isDefinite: true)
        definite.isLemma = unit.isLemma
        lexicon.add(join("ال" + head), definite)
        // The accusative of a counted noun after 11–99: `جنديا`, `كيلو مترا` (on the last word).
        let last = String(words[words.count - 1])
        if !unit.isDual, !last.hasSuffix("ه"), !last.hasSuffix("ا"), last.unicodeScalars.first.map({ $0.value >= 0x0621 && $0.value <= 0x064A }) == true {
            lexicon.add((words.dropLast().map(String.init) + [last + "ا"]).joined(separator: " "), unit)
        }
    }
}

extension Substring {
    /// The text without spaces at either end.
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
