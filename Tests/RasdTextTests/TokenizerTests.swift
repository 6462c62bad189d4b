import RasdTestSupport
import Testing
@testable import RasdText

/// One token as a reader sees it: its kind and the raw text it covers.
struct ExpectedToken: Sendable, Equatable, CustomStringConvertible {
    let kind: TokenKind
    let text: String

    static func arabic(_ text: String) -> Self { .init(kind: .arabicWord, text: text) }
    static func latin(_ text: String) -> Self { .init(kind: .latinWord, text: text) }
    static func number(_ text: String) -> Self { .init(kind: .number, text: text) }
    static func punctuation(_ text: String) -> Self { .init(kind: .punctuation, text: text) }
    static func symbol(_ text: String) -> Self { .init(kind: .symbol, text: text) }
    static func url(_ text: String) -> Self { .init(kind: .url, text: text) }
    static func email(_ text: String) -> Self { .init(kind: .email, text: text) }
    static func hashtag(_ text: String) -> Self { .init(kind: .hashtag, text: text) }

    var description: String { "\(kind.rawValue)(\(text))" }
}

/// Raw text in, tokens out: the tokenizer's specification.
struct TokenizerExample: Sendable, CustomTestStringConvertible {
    let text: String
    let tokens: [ExpectedToken]
    let why: String

    init(_ text: String, _ tokens: [ExpectedToken], _ why: String) {
        self.text = text
        self.tokens = tokens
        self.why = why
    }

    var testDescription: String { why }
}

/// The tokens of raw text, read back through their raw spans.
private func tokenize(_ text: String) -> (source: SourceText, view: NormalizedView, tokens: [Token]) {
    let source = SourceText(text)
    let view = ArabicNormalizer.normalize(source, level: .clean)
    return (source, view, Tokenizer.tokenize(view))
}

@Suite("Tokenizer")
struct TokenizerTests {
    static let examples: [TokenizerExample] = [
        // Words
        .init("قال لافروف في موسكو", [.arabic("قال"), .arabic("لافروف"), .arabic("في"), .arabic("موسكو")],
              "Arabic words split at spaces"),
        .init("الـرئيس", [.arabic("الـرئيس")], "tatweel inside a word: one token over the tatweel"),
        .init("كو\u{200C}ريا", [.arabic("كو\u{200C}ريا")], "zero-width non-joiner inside a word"),
        .init("مُحَمَّدٌ وَصَلَ", [.arabic("مُحَمَّدٌ"), .arabic("وَصَلَ")], "harakat stay inside their word"),
        .init("ﺍﻟﺴﻼﻡ عليكم", [.arabic("ﺍﻟﺴﻼﻡ"), .arabic("عليكم")], "presentation forms read as letters"),
        .init("سبتمبر/أيلول", [.arabic("سبتمبر"), .punctuation("/"), .arabic("أيلول")],
              "month and its gloss joined by a slash"),
        .init("DWعربية", [.latin("DW"), .arabic("عربية")], "Latin glued to Arabic: two words"),
        .init("O'Brien وكيم Jong-un", [.latin("O'Brien"), .arabic("وكيم"), .latin("Jong-un")],
              "apostrophe and hyphen between Latin letters stay in the word"),
        .init("O’Brien", [.latin("O’Brien")], "curly apostrophe too (folded to ')"),
        .init("students' rights", [.latin("students"), .punctuation("'"), .latin("rights")],
              "an apostrophe after the last letter is punctuation"),
        .init("Ça s'appelle Zürich", [.latin("Ça"), .latin("s'appelle"), .latin("Zürich")],
              "Latin-1 letters are Latin letters"),
        .init("Москва", [.latin("Москва")], "other alphabets are latinWord"),
        // Numbers
        .init("في 2024م", [.arabic("في"), .number("2024"), .arabic("م")], "digits glued to a letter split"),
        .init("الـ15", [.arabic("ال"), .number("15")], "article, tatweel and a number"),
        .init("COVID19", [.latin("COVID"), .number("19")], "Latin letters then digits"),
        .init("كوفيد-19", [.arabic("كوفيد"), .punctuation("-"), .number("19")], "hyphen before digits"),
        .init("2.5 و1,200 و2,5", [.number("2.5"), .arabic("و"), .number("1,200"), .arabic("و"), .number("2,5")],
              "decimal and thousands separators between digits"),
        .init("2024/03/14", [.number("2024"), .punctuation("/"), .number("03"), .punctuation("/"), .number("14")],
              "a date splits at slashes"),
        .init("10-15", [.number("10"), .punctuation("-"), .number("15")], "a range splits at the hyphen"),
        .init("عام 2024.", [.arabic("عام"), .number("2024"), .punctuation(".")], "a full stop after a number ends it"),
        .init("٢٠٢٤", [.number("٢٠٢٤")], "Arabic-Indic digits are a number over the raw digits"),
        .init("۱۴۰۲", [.number("۱۴۰۲")], "Persian digits"),
        .init("٢٫٥٪", [.number("٢٫٥"), .symbol("٪")], "Arabic decimal separator inside, percent apart"),
        .init("١٬٢٠٠ قذيفة", [.number("١٬٢٠٠"), .arabic("قذيفة")], "Arabic thousands separator"),
        // Punctuation and symbols
        .init("قال، ثم؛ لماذا؟", [.arabic("قال"), .punctuation("،"), .arabic("ثم"), .punctuation("؛"),
                                  .arabic("لماذا"), .punctuation("؟")], "Arabic punctuation"),
        .init("«نعم»", [.punctuation("«"), .arabic("نعم"), .punctuation("»")], "guillemets"),
        .init("انتظر... ماذا؟!", [.arabic("انتظر"), .punctuation("..."), .arabic("ماذا"), .punctuation("؟"),
                                 .punctuation("!")], "an ellipsis is one token, ?! two"),
        .init("50% و$100 و€", [.number("50"), .symbol("%"), .arabic("و"), .symbol("$"), .number("100"),
                             .arabic("و"), .symbol("€")], "percent and currency are symbols"),
        .init("😀❤️🇸🇦", [.symbol("😀"), .symbol("❤️"), .symbol("🇸🇦")],
              "emoji: one each, with its variation selector; a flag is one"),
        .init("👍🏽 شكرا", [.symbol("👍🏽"), .arabic("شكرا")], "a skin tone belongs to its emoji"),
        // URLs, e-mail, tags
        .init("المصدر: https://www.spa.gov.sa/ar/news?id=5.",
              [.arabic("المصدر"), .punctuation(":"), .url("https://www.spa.gov.sa/ar/news?id=5"), .punctuation(".")],
              "a URL without the full stop after it"),
        .init("(www.aljazeera.net)", [.punctuation("("), .url("www.aljazeera.net"), .punctuation(")")],
              "a URL in parentheses"),
        .init("https://en.wikipedia.org/wiki/Kim_(name)", [.url("https://en.wikipedia.org/wiki/Kim_(name)")],
              "balanced parentheses stay in a URL"),
        .init("https://ar.wikipedia.org/wiki/سوريا", [.url("https://ar.wikipedia.org/wiki/سوريا")],
              "Arabic letters in a URL's path"),
        .init("www.spa.gov.saوقال", [.url("www.spa.gov.sa"), .arabic("وقال")], "Arabic glued after a host ends the URL"),
        .init("راسلونا على info@rasd.org.", [.arabic("راسلونا"), .arabic("على"), .email("info@rasd.org"),
                                             .punctuation(".")], "an e-mail address"),
        .init("a.b-c+news@mail.example.co.uk", [.email("a.b-c+news@mail.example.co.uk")], "dots, hyphen, plus"),
        .init("#السعودية_اليوم #G20", [.hashtag("#السعودية_اليوم"), .hashtag("#G20")], "hashtags"),
        .init("#1", [.symbol("#"), .number("1")], "a hash before digits only is a symbol"),
        .init("@AlArabiya_Eng قال", [.hashtag("@AlArabiya_Eng"), .arabic("قال")], "a mention is a hashtag-kind token"),
        .init("@ 5", [.symbol("@"), .number("5")], "a lone at sign"),
        // Space
        .init(" \tقال\r\nلا\u{00A0}نعم\u{2029}", [.arabic("قال"), .arabic("لا"), .arabic("نعم")],
              "tabs, line ends and exotic spaces separate"),
        .init("", [], "empty text"),
    ]

    @Test("Raw text to tokens", arguments: examples)
    func tokens(example: TokenizerExample) {
        let (source, _, tokens) = tokenize(example.text)
        let found = tokens.map { ExpectedToken(kind: $0.kind, text: source[$0.span]) }
        #expect(found == example.tokens)
    }

    @Test("Exact raw spans where the clean view differs from the raw text")
    func exactSpans() {
        // الـرئيس: 7 raw scalars (ا ل ـ ر ئ ي س), 6 in the clean view.
        let (_, _, tatweel) = tokenize("في الـرئيس")
        #expect(tatweel.map(\.span) == [TextSpan(start: 0, end: 2), TextSpan(start: 3, end: 10)])
        #expect(tatweel.map(\.normalized) == [0..<2, 3..<9])
        // ٢٠٢٤م: digits [0, 4), then the letter.
        let (_, _, digits) = tokenize("٢٠٢٤م")
        #expect(digits.map(\.span) == [TextSpan(start: 0, end: 4), TextSpan(start: 4, end: 5)])
        #expect(digits.map(\.kind) == [.number, .arabicWord])
        // A bidi mark before a word is no part of it.
        let (_, _, marked) = tokenize("\u{200F}روسيا")
        #expect(marked.map(\.span) == [TextSpan(start: 1, end: 6)])
    }

    @Test("Every token's raw slice normalizes to its range of the clean view", arguments: 0..<200)
    func roundTrip(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        let text = RandomText.string(length: Int.random(in: 0...80, using: &random), using: &random)
        let (source, view, tokens) = tokenize(text)
        var previousEnd = 0
        for token in tokens {
            #expect(token.span == view.rawSpan(ofNormalized: token.normalized))
            #expect(!token.span.isEmpty)
            let back = view.normalizedRange(ofRaw: token.span)
            #expect(back.lowerBound <= token.normalized.lowerBound && token.normalized.upperBound <= back.upperBound)
            // One raw scalar can expand to several words (ﷺ): only then do tokens share raw scalars.
            let firstRaw = TextSpan(start: token.span.start, end: token.span.start + 1)
            #expect(token.span.start >= previousEnd || view.normalizedRange(ofRaw: firstRaw).count > 1,
                    "tokens overlap in \(text.debugDescription)")
            previousEnd = token.span.end
            if back == token.normalized {
                let renormalized = ArabicNormalizer.normalize(Array(source.scalars[token.span.range]), level: .clean)
                #expect(renormalized.string == view.string(token.normalized), "in \(text.debugDescription)")
            }
        }
    }

    @Test("Only space, controls and stray marks fall between tokens", arguments: 0..<200)
    func coverage(seed: Int) {
        var random = SeededRandom(seed: UInt64(1_000 + seed))
        let text = RandomText.string(length: Int.random(in: 0...80, using: &random), using: &random)
        let (_, view, tokens) = tokenize(text)
        var covered = [Bool](repeating: false, count: view.count)
        for token in tokens { for index in token.normalized { covered[index] = true } }
        for (index, scalar) in view.scalars.enumerated() where !covered[index] {
            let skipped: Set<ScalarClass> = [.space, .ignorable, .mark, .modifier]
            #expect(skipped.contains(ScalarClass.of(scalar)), "U+\(String(scalar.value, radix: 16)) left out")
        }
    }
}
