import RasdText

/// Phrases that name where a statement comes from without a verb of saying (`بحسب`, `وفقًا لـ`,
/// `نقلًا عن`; `Lexicons/source-phrases.tsv`), and the words between such a phrase and its
/// source that the reader skips (`وفقًا لما ذكرته`, `حسبما نقلت عنه`).
enum SourcePhrases {
    /// Lead phrases; the value tells whether the phrase names the statement's first speaker
    /// (`نقلًا عن`), rather than its source (`بحسب`).
    static let leads: PhraseLexicon<Bool> = {
        var lexicon = PhraseLexicon<Bool>()
        for row in LexiconRows.parse(EmbeddedLexicons.sourcePhrases) where row.count >= 2 && !row[0].isEmpty {
            lexicon.add(row[0], row[1] == "origin")
        }
        return lexicon.frozen()
    }()

    /// Linking words after a lead: `لما`, `ما`, `لـ`, `عن`, `عنه`.
    static let links: Set<WordKey> = ["ما", "لما", "ل", "عن", "عنه", "عنها", "عنهم", "عنهما", "الي", "علي", "به", "بها"]

    /// The lead phrase at `index` (`بحسب`, `وفقا`) and where its source starts, past the linking
    /// words and any verb of saying (`وفقًا لما ذكرته وكالة …` → the token of `وكالة`).
    static func match(at index: Int, in text: GrammarText, end: Int) -> (lead: Range<Int>, peeled: Int, source: Int, origin: Bool)? {
        guard let found = leads.match(at: index, in: text) else { return nil }
        if found.peeled > 0, !(text[index].key.has("و", at: 0) || text[index].key.has("ف", at: 0)) { return nil }
        var next = found.range.upperBound
        while next < end {
            let token = text[next]
            let skip = (token.kind == .punctuation && openingMarks.contains(token.key))
                || links.contains(token.key) || ReportingCues.cue(at: next, in: text) != nil
                || ReportingCues.isCueWithPronoun(at: next, in: text)
            guard skip else { break }
            next += 1
        }
        return next < end ? (found.range, found.peeled, next, found.value) : nil
    }

    /// Marks that may stand between a lead and its source (`بحسب "رويترز"`, `(بحسب رويترز)`).
    static let openingMarks: Set<WordKey> = ["\"", "(", "-", ":"]
}
