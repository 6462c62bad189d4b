import RasdTestSupport
import Testing
@testable import RasdText

/// One example per fold: raw text, level, the normalized text, and the raw span that the
/// normalized word maps back to. Each example puts the folded character inside a word, so the
/// round trip crosses it.
struct FoldExample: Sendable, CustomTestStringConvertible {
    let raw: String
    let level: NormalizationLevel
    let normalized: String
    let why: String
    var testDescription: String { why }
}

@Suite("Arabic normalizer")
struct ArabicNormalizerTests {
    static let examples: [FoldExample] = [
        .init(raw: "الـرئيس", level: .clean, normalized: "الرئيس", why: "tatweel dropped"),
        .init(raw: "كو\u{200C}ريا", level: .clean, normalized: "كوريا", why: "zero-width non-joiner dropped"),
        .init(raw: "\u{200F}روسيا", level: .clean, normalized: "روسيا", why: "right-to-left mark dropped"),
        .init(raw: "مو\u{00AD}سكو", level: .clean, normalized: "موسكو", why: "soft hyphen dropped"),
        .init(raw: "\u{202B}بيان\u{202C}", level: .clean, normalized: "بيان", why: "bidi embedding dropped"),
        .init(raw: "ﻻ", level: .clean, normalized: "لا", why: "lam-alef ligature expanded"),
        .init(raw: "ﺍﻟﺴﻼﻡ", level: .clean, normalized: "السلام", why: "contextual presentation forms folded"),
        .init(raw: "کوریا", level: .clean, normalized: "كوريا", why: "Persian keheh and Farsi yeh folded"),
        .init(raw: "ہھۀ", level: .clean, normalized: "ههه", why: "Urdu hehs folded"),
        .init(raw: "ېۍ", level: .clean, normalized: "يي", why: "other yehs folded"),
        .init(raw: "٢٠٢٤", level: .clean, normalized: "2024", why: "Arabic-Indic digits to ASCII"),
        .init(raw: "۱۴۰۲", level: .clean, normalized: "1402", why: "Persian digits to ASCII"),
        .init(raw: "٢٫٥٪", level: .clean, normalized: "2.5%", why: "Arabic decimal separator and percent"),
        .init(raw: "١٬٢٠٠", level: .clean, normalized: "1,200", why: "Arabic thousands separator"),
        .init(raw: "“نعم” «لا»", level: .clean, normalized: "\"نعم\" \"لا\"", why: "double quotes unified"),
        .init(raw: "‘نعم’", level: .clean, normalized: "'نعم'", why: "single quotes unified"),
        .init(raw: "قال، ثم؛ لماذا؟", level: .clean, normalized: "قال, ثم; لماذا?", why: "Arabic comma, semicolon, question mark"),
        .init(raw: "كيم\u{00A0}جونغ", level: .clean, normalized: "كيم جونغ", why: "no-break space to space"),
        .init(raw: "مُحَمَّد", level: .clean, normalized: "مُحَمَّد", why: "clean keeps diacritics"),
        .init(raw: "مُحَمَّدٌ", level: .matching, normalized: "محمد", why: "diacritics dropped at matching"),
        .init(raw: "أإآٱ", level: .matching, normalized: "اااا", why: "alef variants folded"),
        .init(raw: "مستشفى", level: .matching, normalized: "مستشفي", why: "alef maqsura to yeh"),
        .init(raw: "مدرسة", level: .matching, normalized: "مدرسه", why: "ta marbuta to heh"),
        .init(raw: "مؤتمر", level: .matching, normalized: "موتمر", why: "waw with hamza to waw"),
        .init(raw: "رئيس", level: .matching, normalized: "رييس", why: "yeh with hamza to yeh"),
        .init(raw: "KCNA", level: .matching, normalized: "kcna", why: "Latin lower-cased at matching"),
        .init(raw: "ﺃﻣﻴﺮ", level: .matching, normalized: "امير", why: "presentation form then alef fold"),
        .init(raw: "الـرئيسُ", level: .matching, normalized: "الرييس", why: "clean folds apply at matching too"),
    ]

    @Test("every fold, with the offsets back to the raw text", arguments: examples)
    func fold(_ example: FoldExample) {
        let source = SourceText(example.raw)
        let view = ArabicNormalizer.normalize(source, level: example.level)
        #expect(view.string == example.normalized)
        // The whole normalized text maps back to the raw text without its dropped ends.
        let whole = view.rawSpan(ofNormalized: 0..<view.count)
        #expect(source[whole] == example.raw.trimmingDroppedEnds(level: example.level))
        // Every normalized scalar maps into a raw scalar whose fold produced it.
        for index in 0..<view.count {
            let span = view.rawSpan(ofNormalized: index..<(index + 1))
            #expect(span.length == 1)
            let refolded = ArabicNormalizer.normalize(Array(source.scalars[span.range]), level: example.level)
            #expect(refolded.scalars.contains(view.scalars[index]))
        }
    }

    @Test("a normalized word maps to its exact raw span, tatweel inside")
    func tatweelInsideSpan() {
        let source = SourceText("قال الـرئيـس أمس")
        let view = ArabicNormalizer.normalize(source, level: .clean)
        #expect(view.string == "قال الرئيس أمس")
        let word = 4..<10  // "الرئيس" in the normalized view
        #expect(view.string(word) == "الرئيس")
        #expect(view.rawSpan(ofNormalized: word) == TextSpan(start: 4, end: 12))
        #expect(source[view.rawSpan(ofNormalized: word)] == "الـرئيـس")
        #expect(view.normalizedRange(ofRaw: TextSpan(start: 4, end: 12)) == word)
    }

    @Test("a ligature's halves both map to the ligature")
    func ligatureHalves() {
        let view = ArabicNormalizer.normalize(SourceText("ﻻ بد"), level: .clean)
        #expect(view.string == "لا بد")
        #expect(view.rawSpan(ofNormalized: 0..<1) == TextSpan(start: 0, end: 1))
        #expect(view.rawSpan(ofNormalized: 1..<2) == TextSpan(start: 0, end: 1))
        #expect(view.rawSpan(ofNormalized: 3..<5) == TextSpan(start: 2, end: 4))
        #expect(view.normalizedOffset(ofRaw: 1) == 2)
    }

    @Test("raw offsets of dropped characters map to the next kept character")
    func droppedCharactersMapForward() {
        let view = ArabicNormalizer.normalize(SourceText("ب\u{200F}\u{0640}ت"), level: .clean)
        #expect(view.string == "بت")
        #expect(view.normalizedOffset(ofRaw: 1) == 1)
        #expect(view.normalizedOffset(ofRaw: 2) == 1)
        #expect(view.normalizedOffset(ofRaw: 3) == 1)
        #expect(view.normalizedOffset(ofRaw: 4) == 2)
        #expect(view.rawOffset(ofNormalized: 1) == 3)
    }

    @Test("matching keys ignore diacritics, hamza and ta marbuta")
    func matchingKeys() {
        #expect(ArabicNormalizer.matchingKey("أَحْمَد") == "احمد")
        #expect(ArabicNormalizer.matchingKey("الأمم المتحدة") == ArabicNormalizer.matchingKey("الامم المتحده"))
        #expect(ArabicNormalizer.matchingKey("کوریا") == "كوريا")
    }

    @Test("every fold in the table has a reason and a non-empty range")
    func tableIsDocumented() {
        for fold in ArabicFoldTable.folds {
            #expect(!fold.why.isEmpty)
            #expect(fold.scalars.lowerBound <= fold.scalars.upperBound)
        }
    }

    @Test("random text: every index maps back in bounds and monotonically", arguments: [NormalizationLevel.clean, .matching])
    func randomOffsetMaps(level: NormalizationLevel) {
        var random = SeededRandom(seed: 0x5EED_0000 + UInt64(level.rawValue))
        for _ in 0..<300 {
            let text = RandomText.string(length: Int.random(in: 0...60, using: &random), using: &random)
            let source = SourceText(text)
            let view = ArabicNormalizer.normalize(source, level: level)
            var previous = 0
            for index in 0...view.count {
                let raw = view.rawOffset(ofNormalized: index)
                #expect(raw >= previous && raw <= source.count)
                previous = raw
            }
            previous = 0
            for offset in 0...source.count {
                let normalized = view.normalizedOffset(ofRaw: offset)
                #expect(normalized >= previous && normalized <= view.count)
                previous = normalized
            }
            // Any normalized range maps to a raw span that lies in the text and maps back over it.
            for _ in 0..<10 where view.count > 0 {
                let a = Int.random(in: 0..<view.count, using: &random)
                let b = Int.random(in: (a + 1)...view.count, using: &random)
                let span = view.rawSpan(ofNormalized: a..<b)
                #expect(span.start >= 0 && span.end <= source.count && span.start <= span.end)
                let back = view.normalizedRange(ofRaw: span)
                #expect(back.lowerBound <= a && back.upperBound >= b)
            }
            // Matching is clean plus more: normalizing the clean view again gives the same key.
            if level == .matching {
                let clean = ArabicNormalizer.normalize(source, level: .clean)
                #expect(ArabicNormalizer.matchingKey(clean.scalars) == view.string)
            }
        }
    }
}

private extension String {
    /// The raw text without leading or trailing characters that a level drops entirely.
    func trimmingDroppedEnds(level: NormalizationLevel) -> String {
        var scalars = Array(unicodeScalars)
        func dropped(_ s: Unicode.Scalar) -> Bool {
            ArabicNormalizer.normalize([s], level: level).count == 0
        }
        while let first = scalars.first, dropped(first) { scalars.removeFirst() }
        while let last = scalars.last, dropped(last) { scalars.removeLast() }
        return SourceText.string(from: scalars)
    }

    @Test("Matching scalars read from UTF-8 in place equal the matching key: harakat, ligatures, emoji, Latin")
    func matchingScalarsInPlace() {
        let text = "قالَ محمّدٌ: ﻻ أُريد — إلى اللقاء 😀 KCNA ٢٠٢٣\u{0640}"
        var scalars = String.UnicodeScalarView()
        ArabicNormalizer.forEachMatchingScalar(in: text) { scalars.append($0) }
        #expect(String(scalars) == ArabicNormalizer.matchingKey(text))
    }
}
