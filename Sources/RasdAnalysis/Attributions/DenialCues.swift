import RasdText

/// What makes a statement a denial in its content: the words of `Lexicons/denial-cues.txt`
/// (`أخبار كاذبة`, `لا أساس لها من الصحة`, `اختلاق`), and a negation followed within four words by
/// `دليل`/`أدلة`/`أساس`/`صحة` (`لم تقدم أي دليل`, `لا تستند إلى أي دليل`).
enum DenialCues {
    static let phrases: PhraseLexicon<Bool> = {
        var lexicon = PhraseLexicon<Bool>()
        for row in LexiconRows.parse(EmbeddedLexicons.denialCues) {
            if let phrase = row.first, !phrase.isEmpty { lexicon.add(phrase, true) }
        }
        return lexicon.frozen()
    }()

    static let negations: Set<WordKey> = ["لا", "لم", "ليس", "ليست", "دون", "بدون", "بلا", "غير", "ولا", "ولم", "لن"]
    static let grounds: Set<WordKey> = ["دليل", "ادله", "اساس", "صحه", "الصحه", "برهان", "دلايل"]

    /// Whether tokens `range` deny.
    static func deny(_ range: Range<Int>, in text: GrammarText) -> Bool {
        var lastNegation = -100
        for index in range {
            let token = text[index]
            guard token.kind == .word else { continue }
            if phrases.match(at: index, in: text) != nil { return true }
            if negations.contains(token.key) { lastNegation = index; continue }
            if index - lastNegation <= 4, token.peeledForms.contains(where: { grounds.contains($0.key) }) { return true }
        }
        return false
    }
}
