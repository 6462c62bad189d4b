import Testing
@testable import RasdText

/// A token two or three words were glued into, and where it comes apart (`|`).
struct GluedExample: Sendable, CustomTestStringConvertible {
    let token: String
    let pieces: String
    init(_ token: String, _ pieces: String) {
        self.token = token
        self.pieces = pieces
    }
    var testDescription: String { "\(token) → \(pieces)" }
}

@Suite("Glued-word splitter")
struct GluedWordSplitterTests {
    static let splitter = GluedWordSplitter()

    static let glued: [GluedExample] = [
        .init("منالحرب", "من|الحرب"),
        .init("لافروفالولايات", "لافروف|الولايات"),
        .init("ولافروفالولايات", "ولافروف|الولايات"),
        .init("وزيرالخارجية", "وزير|الخارجيه"),
        .init("فيالمملكةالعربية", "في|المملكه|العربيه"),
        .init("الحربوالسلام", "الحرب|والسلام"),
        .init("لايمكن", "لا|يمكن"),
        .init("منخلال", "من|خلال"),
        .init("للكاتبالسعودي", "للكاتب|السعودي"),
    ]

    @Test("Glued words come apart", arguments: glued)
    func splits(example: GluedExample) {
        let source = SourceText(example.token)
        let view = ArabicNormalizer.normalize(source, level: .clean)
        let token = Tokenizer.tokenize(view)[0]
        let split = Self.splitter.split(token, view: view)
        #expect(split?.keys.joined(separator: "|") == example.pieces)
        #expect(split?.token == token.span)
        #expect(split.map { $0.pieces.map { source[$0] }.joined() } == example.token, "pieces tile the token")
    }

    static let words = [
        "الاستقلال", "والدته", "المال", "بالمئة", "استعادة", "الجانبين",  // in the lexicon
        "والولايات", "للمخالفين", "وزارتها", "معارضيه",  // clitics on a known stem
        "الكماليات", "جارالله", "عبدالغفار", "معاداة", "منفعلا", "معماريا", "منتشرين", "ماليون",  // rare, not glued
        "سبتمبر", "كوريا",  // short or known
    ]

    @Test("Real words stay whole", arguments: words)
    func whole(word: String) {
        let source = SourceText(word)
        let view = ArabicNormalizer.normalize(source, level: .clean)
        let token = Tokenizer.tokenize(view)[0]
        #expect(Self.splitter.split(token, view: view) == nil)
    }

    @Test("Real words stay whole even when the lexicon lacks them",
          arguments: ["الاستقلال", "والدته", "المال", "بالمئة", "استعادة", "الجانبين"])
    func wholeWithoutThemselves(word: String) {
        let splitter = GluedWordSplitter(knownWords: KnownWords.shared.removing([word]))
        #expect(splitter.splitPoints(ofKey: ArabicNormalizer.matchingKey(word)) == nil)
    }

    @Test("A name the lexicon lacks splits once a later stage registers it")
    func registeredName() {
        let withoutName = KnownWords.shared.removing(["لافروف"])
        #expect(GluedWordSplitter(knownWords: withoutName).splitPoints(ofKey: "لافروفالولايات") == nil)
        let registered = withoutName.adding(["لافروف"])
        #expect(registered.count(of: "لافروف") == KnownWords.registeredWordCount)
        #expect(GluedWordSplitter(knownWords: registered).splitPoints(ofKey: "لافروفالولايات") == [6])
    }

    @Test("Split points are raw offsets: harakat and tatweel stay with their piece")
    func rawOffsets() {
        // قال مِنْالـحرب: the token starts at 4; الـحرب starts after مِنْ (4 raw scalars).
        let source = SourceText("قال مِنْالـحرب اليوم")
        let view = ArabicNormalizer.normalize(source, level: .clean)
        let tokens = Tokenizer.tokenize(view)
        let splits = Self.splitter.splits(in: tokens, view: view)
        #expect(splits.count == 1)
        #expect(splits.first?.token == TextSpan(start: 4, end: 14))
        #expect(splits.first?.splitPoints == [8])
        #expect(splits.first?.pieces.map { source[$0] } == ["مِنْ", "الـحرب"])
        #expect(splits.first?.keys == ["من", "الحرب"])
    }

    @Test("Only Arabic tokens of five letters or more are considered")
    func shortAndLatin() {
        let source = SourceText("منال OfTheWorld")
        let view = ArabicNormalizer.normalize(source, level: .clean)
        #expect(Self.splitter.splits(in: Tokenizer.tokenize(view), view: view).isEmpty)
    }
}

@Suite("Known words")
struct KnownWordsTests {
    @Test("The embedded lexicons are loaded: corpus words with counts, function words flagged")
    func shared() {
        let known = KnownWords.shared
        #expect(known.wordCount > 30_000)
        #expect(known.count(of: "الولايات") ?? 0 > 1_000)
        #expect(known.isFunctionWord("من"))
        #expect(!known.isFunctionWord("الولايات"))
        #expect(known.count(of: "عشرون") != nil, "a function word missing from the corpus list is known")
        #expect(!known.contains("منالحرب"))
    }

    @Test("Every lexicon word is a matching-level key")
    func keys() {
        let notKeys = KnownWords.shared.keys.filter { ArabicNormalizer.matchingKey($0) != $0 }
        #expect(notKeys.isEmpty, "\(notKeys.prefix(10))")
    }

    @Test("Words added in any spelling are keyed by their matching form")
    func adding() {
        let known = KnownWords.shared.removing(["سيرغي"]).adding(["بيونغ يانغ", "سيرغيْ", "لافروفْ"], count: 7)
        #expect(known.count(of: "سيرغي") == 7)
        #expect(known.contains("بيونغ يانغ"))
        #expect(known.count(of: "لافروف") == KnownWords.shared.count(of: "لافروف"), "a known word keeps its higher count")
    }

    @Test("Lexicon text: comments, blank lines and CRLF are skipped")
    func parsing() {
        let known = KnownWords(functionWords: "# header\n\nمن\r\nفي\n",
                               knownWords: "# word\tcount\nالحرب\t1866\r\nسلام\t12\nbroken line\n")
        #expect(known.wordCount == 4)
        #expect(known.count(of: "الحرب") == 1866)
        #expect(known.count(of: "من") == KnownWords.functionWordCount)
        #expect(known.isFunctionWord("في"))
    }
}
