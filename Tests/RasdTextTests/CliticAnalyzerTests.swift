import Testing
@testable import RasdText

/// A word, one reading the analyzer must offer, written `proclitics+stem+enclitic`.
struct CliticExample: Sendable, CustomTestStringConvertible {
    let word: String
    let proclitics: [String]
    let stem: String
    let enclitic: String?

    init(_ word: String, _ proclitics: [String], _ stem: String, _ enclitic: String? = nil) {
        self.word = word
        self.proclitics = proclitics
        self.stem = stem
        self.enclitic = enclitic
    }

    var testDescription: String { "\(word) = \((proclitics + [stem] + (enclitic.map { [$0] } ?? [])).joined(separator: "+"))" }
}

/// A word, a lexicon, and the reading `bestSplit` must pick.
struct BestSplitExample: Sendable, CustomTestStringConvertible {
    let word: String
    let lexicon: Set<String>
    let expected: String

    var testDescription: String { "\(word) → \(expected)" }
}

@Suite("Clitic analyzer")
struct CliticAnalyzerTests {
    static let readings: [CliticExample] = [
        .init("لروسيا", ["ل"], "روسيا"),
        .init("ولافروف", ["و"], "لافروف"),
        .init("للافروف", ["ل"], "لافروف"),
        .init("للافروف", ["ل", "ال"], "افروف"),
        .init("والولايات", ["و", "ال"], "ولايات"),
        .init("بكوريا", ["ب"], "كوريا"),
        .init("وزارتها", [], "وزارت", "ها"),
        .init("فبالحكومه", ["ف", "ب", "ال"], "حكومه"),
        .init("وللشعب", ["و", "ل", "ال"], "شعب"),
        .init("كالعاده", ["ك", "ال"], "عاده"),
        .init("وبينهما", ["و"], "بين", "هما"),
        .init("فلمواقفهم", ["ف", "ل"], "مواقف", "هم"),
        .init("كتابي", [], "كتاب", "ي"),
        .init("بلادنا", ["ب"], "لاد", "نا"),
        .init("عليكم", [], "علي", "كم"),
    ]

    @Test("Readings offered", arguments: readings)
    func offers(example: CliticExample) {
        let splits = CliticAnalyzer.splits(of: example.word)
        let scalars = Array(example.word.unicodeScalars)
        let match = splits.first {
            $0.proclitics == example.proclitics && $0.enclitic == example.enclitic
                && SourceText.string(from: scalars[$0.stem]) == example.stem
        }
        #expect(match != nil, "got \(splits.map(\.description))")
        #expect(match?.stemKey == example.stem)
    }

    @Test("The unsplit word comes first, then fewer clitics before more")
    func order() {
        let splits = CliticAnalyzer.splits(of: "وبالشعب")
        #expect(splits.first?.isUnsplit == true)
        #expect(splits.first?.stem == 0..<7)
        #expect(splits.map(\.description) == ["وبالشعب", "و+بالشعب", "و+ب+الشعب", "و+ب+ال+شعب"])
        let withPronoun = CliticAnalyzer.splits(of: "وبحكومته")
        #expect(withPronoun.map(\.cliticCount) == withPronoun.map(\.cliticCount).sorted())
        #expect(withPronoun.map(\.description)
                == ["وبحكومته", "وبحكومت+ه", "و+بحكومته", "و+بحكومت+ه", "و+ب+حكومته", "و+ب+حكومت+ه"])
    }

    @Test("Readings never leave a stem of fewer than two letters; no pronoun after the article")
    func constraints() {
        for word in ["وله", "بها", "الكتابه", "لله", "والهم", "فيه"] {
            for split in CliticAnalyzer.splits(of: word) where !split.isUnsplit {
                #expect(split.stem.count >= 2, "\(word): \(split)")
                #expect(!(split.hasArticle && split.enclitic != nil), "\(word): \(split)")
            }
        }
        #expect(CliticAnalyzer.splits(of: "وه").map(\.description) == ["وه"])
        #expect(CliticAnalyzer.splits(of: "").count == 1)
    }

    @Test("Ta marbuta before a pronoun: the stem as written and its dictionary form")
    func taMarbuta() {
        let split = CliticAnalyzer.splits(of: "وزارتها").first { $0.enclitic == "ها" && $0.proclitics.isEmpty }
        #expect(split?.stemKey == "وزارت")
        #expect(split?.restoredStemKey == "وزاره")
        #expect(split?.lookupKeys == ["وزارت", "وزاره"])
        let plural = CliticAnalyzer.splits(of: "معارضيه").first { $0.enclitic == "ه" && $0.proclitics.isEmpty }
        #expect(plural?.lookupKeys == ["معارضي", "معارضين"])
        #expect(CliticAnalyzer.splits(of: "لروسيا")[1].restoredStemKey == nil)
    }

    static let best: [BestSplitExample] = [
        .init(word: "لروسيا", lexicon: ["روسيا"], expected: "ل+روسيا"),
        .init(word: "ولافروف", lexicon: ["لافروف"], expected: "و+لافروف"),
        .init(word: "للافروف", lexicon: ["لافروف", "افروف"], expected: "ل+لافروف"),
        .init(word: "والولايات", lexicon: ["ولايات", "الولايات"], expected: "و+الولايات"),
        .init(word: "بكوريا", lexicon: ["كوريا"], expected: "ب+كوريا"),
        .init(word: "وزارتها", lexicon: ["وزاره"], expected: "وزارت+ها"),
        .init(word: "وليد", lexicon: ["وليد", "ليد"], expected: "وليد"),
        .init(word: "بلادنا", lexicon: ["بلاد"], expected: "بلاد+نا"),
        .init(word: "كتابهم", lexicon: [], expected: "كتابهم"),
    ]

    @Test("Best reading: the longest stem the lexicon knows, else the word", arguments: best)
    func bestSplit(example: BestSplitExample) {
        let split = CliticAnalyzer.bestSplit(of: example.word) { example.lexicon.contains($0) }
        #expect(split.description == example.expected)
    }

    @Test("A stem's raw span skips the proclitic and keeps its harakat and tatweel")
    func stemSpan() {
        let source = SourceText("قال وَلافروفُ ثم للـافروف")
        let view = ArabicNormalizer.normalize(source, level: .clean)
        let tokens = Tokenizer.tokenize(view)
        let known: Set<String> = ["لافروف"]
        let first = CliticAnalyzer.stemSpan(of: tokens[1], in: view) { known.contains($0) }
        #expect(source[first] == "لافروفُ")
        #expect(first == TextSpan(start: 6, end: 13))
        let second = CliticAnalyzer.stemSpan(of: tokens[3], in: view) { known.contains($0) }
        #expect(source[second] == "لـافروف")
    }

    @Test("Matching form of a token maps key ranges back to raw offsets")
    func matchingForm() {
        let source = SourceText("وَالـوِلايات")
        let view = ArabicNormalizer.normalize(source, level: .clean)
        let token = Tokenizer.tokenize(view)[0]
        let form = MatchingForm(of: token, in: view)
        #expect(form.key == "والولايات")
        #expect(source[form.rawSpan(of: 3..<9, in: view)] == "وِلايات")
        // The tatweel between the pieces belongs to neither: a span ends at its last letter's harakat.
        #expect(source[form.rawSpan(of: 0..<3, in: view)] == "وَال")
        #expect(form.rawOffset(of: 9, in: view) == source.count)
    }
}
