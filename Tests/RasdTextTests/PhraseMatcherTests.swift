import RasdText
import Testing

/// A small gazetteer: ids by phrase, several spellings of one entity, nested phrases.
private let gazetteer = PhraseMatcher<String>([
    (phrase: "كوريا الشمالية", value: "north-korea"),
    (phrase: "كوريا الجنوبية", value: "south-korea"),
    (phrase: "كوريا", value: "korea"),
    (phrase: "الأمم المتحدة", value: "un"),
    (phrase: "مجلس الأمن", value: "unsc"),
    (phrase: "مجلس الأمن الدولي", value: "unsc"),
    (phrase: "وزير الخارجية", value: "foreign-minister"),
    (phrase: "الخارجية الروسية", value: "mfa-russia"),
    (phrase: "بيونغ يانغ", value: "pyongyang"),
    (phrase: "بيونج يانج", value: "pyongyang"),
    (phrase: "الأمير فيصل", value: "faisal-bin-farhan"),
    (phrase: "الأمير فيصل", value: "faisal-bin-salman"),
])

/// Matching keys of a space-separated text: the way a caller keys tokens.
private func keys(_ text: String) -> [String] {
    text.split(separator: " ").map { ArabicNormalizer.matchingKey(String($0)) }
}

/// A stand-in tokenizer for these tests: runs of scalars between spaces and punctuation of the
/// clean view, so the tests do not depend on the real tokenizer's choices.
private func tokens(_ source: SourceText) -> (view: NormalizedView, tokens: [Token]) {
    let view = ArabicNormalizer.normalize(source, level: .clean)
    var tokens: [Token] = []
    var start: Int?
    for index in 0...view.count {
        let isBreak = index == view.count || " \n.,;:!?\"()".unicodeScalars.contains(view.scalars[index])
        if isBreak, let first = start {
            tokens.append(Token(kind: .arabicWord, span: view.rawSpan(ofNormalized: first..<index), normalized: first..<index))
            start = nil
        } else if !isBreak, start == nil {
            start = index
        }
    }
    return (view, tokens)
}

/// `و` or `ب` or `ل` glued to a word, offered as a clitic-stripped first word.
private func cliticAlternatives(_ keys: [String]) -> (Int) -> [KeyAlternative] {
    { index in
        let key = keys[index]
        guard let first = key.unicodeScalars.first, "وبل".unicodeScalars.contains(first), key.unicodeScalars.count > 2
        else { return [] }
        return [KeyAlternative(key: String(key.unicodeScalars.dropFirst()), skip: 1)]
    }
}

struct PhraseCase: Sendable, CustomTestStringConvertible {
    let text: String
    let matches: [PhraseMatch<String>]
    var testDescription: String { text }

    init(_ text: String, _ matches: [(Range<Int>, [String])]) {
        self.text = text
        self.matches = matches.map { PhraseMatch(tokens: $0.0, values: $0.1) }
    }
}

@Suite("Phrase matcher")
struct PhraseMatcherTests {
    @Test("Longest matches, spelling variants folded by matching keys", arguments: [
        PhraseCase("زار كوريا الشمالية أمس", [(1..<3, ["north-korea"])]),
        PhraseCase("زار كوريا أمس", [(1..<2, ["korea"])]),
        PhraseCase("زار كوريا الشماليّة أمس", [(1..<3, ["north-korea"])]),
        PhraseCase("اجتمع مجلس الامن الدولى في الامم المتحده", [(1..<4, ["unsc"]), (5..<7, ["un"])]),
        PhraseCase("بيان مجلس الأمن اليوم", [(1..<3, ["unsc"])]),
        PhraseCase("وصل إلى بيونج يانج ثم بيونغ يانغ", [(2..<4, ["pyongyang"]), (5..<7, ["pyongyang"])]),
        PhraseCase("كوريا الشمالية كوريا الجنوبية", [(0..<2, ["north-korea"]), (2..<4, ["south-korea"])]),
        PhraseCase("وزير الخارجية الروسية", [(0..<2, ["foreign-minister"])]),
        PhraseCase("استقبل الأمير فيصل الوفد", [(1..<3, ["faisal-bin-farhan", "faisal-bin-salman"])]),
        PhraseCase("مجلس الوزراء السعودي", []),
        PhraseCase("الشمالية كوريا", [(1..<2, ["korea"])]),
    ])
    func longest(_ example: PhraseCase) {
        #expect(gazetteer.longestMatches(in: keys(example.text)) == example.matches)
    }

    @Test("All matches include the overlapping and nested ones")
    func all() {
        #expect(gazetteer.allMatches(in: keys("وزير الخارجية الروسية")) == [
            PhraseMatch(tokens: 0..<2, values: ["foreign-minister"]),
            PhraseMatch(tokens: 1..<3, values: ["mfa-russia"]),
        ])
        #expect(gazetteer.allMatches(in: keys("أمام مجلس الأمن الدولي")) == [
            PhraseMatch(tokens: 1..<3, values: ["unsc"]),
            PhraseMatch(tokens: 1..<4, values: ["unsc"]),
        ])
        #expect(gazetteer.allMatches(in: keys("كوريا الشمالية")) == [
            PhraseMatch(tokens: 0..<1, values: ["korea"]),
            PhraseMatch(tokens: 0..<2, values: ["north-korea"]),
        ])
    }

    @Test("Nothing to find")
    func noMatch() {
        #expect(gazetteer.longestMatches(in: []).isEmpty)
        #expect(gazetteer.longestMatches(in: keys("لا شيء هنا")).isEmpty)
        #expect(gazetteer.allMatches(in: keys("الشمالية الجنوبية")).isEmpty)
        let empty = PhraseMatcher<Int>([])
        #expect(empty.count == 0)
        #expect(empty.longestMatches(in: keys("كوريا الشمالية")).isEmpty)
    }

    @Test("Phrases are keyed word by word at matching level")
    func phraseKeys() {
        #expect(PhraseMatcher<String>.keys(ofPhrase: "  الأُمَم   المتّحدة ") == ["الامم", "المتحده"])
        #expect(PhraseMatcher<String>.keys(ofPhrase: "") == [])
        #expect(gazetteer.count == 12)
    }

    @Test("A clitic-stripped first word matches, and the span leaves the clitic out")
    func cliticAlternative() {
        let source = SourceText("زار لافروف بيونغ يانغ وكوريا الشمالية.")
        let (view, found) = tokens(source)
        let keys = found.matchingKeys(in: view)
        let matches = gazetteer.longestMatches(in: found, view: view, alternatives: cliticAlternatives(keys))
        #expect(matches.map { source[$0.span] } == ["بيونغ يانغ", "كوريا الشمالية"])
        #expect(matches.map(\.tokens) == [2..<4, 4..<6])
        #expect(matches.map(\.values) == [["pyongyang"], ["north-korea"]])
        #expect(matches[1].span == TextSpan(start: 23, end: 37))
        // Without the hook, the glued و hides the phrase.
        #expect(gazetteer.longestMatches(in: found, view: view).map { source[$0.span] } == ["بيونغ يانغ"])
    }

    @Test("The token's own key wins a tie with an alternative")
    func ownKeyFirst() {
        let matcher = PhraseMatcher<String>([(phrase: "وطن", value: "homeland"), (phrase: "طن", value: "ton")])
        let keys = keys("وطن")
        let alternatives = cliticAlternatives(keys)  // offers طن for وطن
        #expect(matcher.longestMatches(in: keys, alternatives: alternatives) == [PhraseMatch(tokens: 0..<1, values: ["homeland"])])
        #expect(matcher.allMatches(in: keys, alternatives: alternatives) == [
            PhraseMatch(tokens: 0..<1, values: ["homeland"]),
            PhraseMatch(tokens: 0..<1, values: ["ton"], firstTokenSkip: 1),
        ])
    }

    @Test("Raw spans cover tatweel and diacritics inside the phrase")
    func rawSpans() {
        let source = SourceText("في الأُمَم المتحـــدة اليوم")
        let (view, found) = tokens(source)
        let matches = gazetteer.allMatches(in: found, view: view)
        #expect(matches.map { source[$0.span] } == ["الأُمَم المتحـــدة"])
        #expect(matches.first?.span == TextSpan(start: 3, end: 21))
    }

    @Test("Keyed entries match as given")
    func keyedEntries() {
        let matcher = PhraseMatcher<Int>(keyedEntries: [(keys: ["u", ".", "s", "."], value: 1), (keys: [], value: 2)])
        #expect(matcher.longestMatches(in: ["the", "u", ".", "s", ".", "army"]) == [PhraseMatch(tokens: 1..<5, values: [1])])
    }
}
