import RasdText

/// A verb or participle of saying (`قال`, `وأضافت`, `نافيًا`) with what it tells about the
/// statement: its stance, the shape of its content and how it agrees with its speaker.
struct ReportingCue: Sendable {
    /// What may follow the cue as its content.
    enum Shape: Sendable, Equatable {
        /// A quotation, a clause after `إن`/`أن`, or text after a colon.
        case say
        /// Also the rest of the clause (`نفى الاتهامات`, `اتهم واشنطن بـ…`).
        case object
        /// An agency passing a statement on: `نقلت وكالة X عن Y قوله`.
        case relay
    }

    enum Tense: Sendable, Equatable {
        case past
        case present
        /// Circumstantial (`مضيفًا`, `قائلة`): continues the sentence's speaker.
        case participle
    }

    /// The past masculine form as the lexicon writes it (`قال`), or the present where it has none.
    let lemma: String
    let denies: Bool
    let shape: Shape
    let tense: Tense
    let agreement: Agreement
}

/// The reporting verbs of `Lexicons/reporting-cues.tsv` in every inflected form, by matching key.
enum ReportingCues {
    static let byForm: WordTable<ReportingCue> = {
        var table: [WordKey: ReportingCue] = [:]
        func add(_ written: String, _ cue: ReportingCue) {
            let key = WordKey(ArabicNormalizer.matchingKey(written))
            if table[key] == nil { table[key] = cue }
        }
        for row in LexiconRows.parse(EmbeddedLexicons.reportingCues) where row.count >= 5 {
            let past = row[0], present = row[1]
            let denies = row[3] == "deny"
            let shape: ReportingCue.Shape = row[4] == "relay" ? .relay : row[4] == "object" ? .object : .say
            func cue(_ tense: ReportingCue.Tense, _ agreement: Agreement) -> ReportingCue {
                ReportingCue(lemma: past == "-" ? present : past, denies: denies, shape: shape, tense: tense, agreement: agreement)
            }
            if past != "-" {
                for (form, agreement) in VerbInflection.pastForms(past) { add(form, cue(.past, agreement)) }
            }
            if present != "-" {
                for (form, agreement) in VerbInflection.presentForms(present) { add(form, cue(.present, agreement)) }
            }
            if row[2] != "-" {
                for form in row[2].split(separator: "|") {
                    guard let word = form.split(separator: " ").first else { continue }
                    let written = String(word)
                    add(written, cue(.participle, Agreement.ofEnding(WordKey(ArabicNormalizer.matchingKey(written)))))
                }
            }
        }
        return WordTable(table)
    }()

    /// The cue at token `index`, bare or after `و`/`ف` (`وقالت`, `فأضاف`), with the letters peeled.
    static func cue(at index: Int, in text: GrammarText) -> (cue: ReportingCue, peeled: Int)? {
        let token = text[index]
        guard token.kind == .word else { return nil }
        for form in token.peeledForms where form.letters <= 1 {
            if form.letters == 1, !(token.key.has("و", at: 0) || token.key.has("ف", at: 0)) { continue }
            if let cue = byForm[form.key] { return (cue, form.letters) }
        }
        return nil
    }

    /// Whether token `index` is a verb of saying with an object pronoun (`ذكرته`, `نقلتها`), as in
    /// `وفقًا لما ذكرته`.
    static func isCueWithPronoun(at index: Int, in text: GrammarText) -> Bool {
        let key = text[index].key
        for suffix: WordKey in ["ه", "ها"] where key.hasSuffix(suffix) && key.count > 3 {
            if byForm[key.droppingLast(Int(suffix.count))] != nil { return true }
        }
        return false
    }

    /// Words that negate the verb after them (`لم ينف`, `ولا يقول`): no statement is reported.
    static let negations: Set<WordKey> = ["لم", "ولم", "فلم", "لا", "ولا", "لن", "ولن", "ما", "وما", "ليس", "ولما"]
}
