import RasdAnalysis
import RasdTestSupport
import RasdText
import Testing

/// The offset rule of docs/SCHEMA.md on arbitrary input: every span the analysis emits lies in
/// the text, and its `text` is exactly `text[start:end]` in Unicode scalars.
@Suite("span contract")
struct SpanContractTests {
    static func checkSpans(of document: AnalyzedDocument) {
        let scalars = Array(document.text.unicodeScalars)
        func check(_ start: Int, _ end: Int, _ text: String, _ what: String) {
            #expect(start >= 0 && start <= end && end <= scalars.count, "\(what) [\(start), \(end)) out of bounds")
            guard start >= 0, start <= end, end <= scalars.count else { return }
            #expect(SourceText.string(from: scalars[start..<end]) == text, "\(what) text differs from its slice")
        }
        for block in document.boilerplate { check(block.start, block.end, block.text, "boilerplate") }
        for sentence in document.sentences { check(sentence.start, sentence.end, sentence.text, "sentence") }
        for entity in document.entities { check(entity.start, entity.end, entity.text, "entity") }
        for date in document.dates { check(date.start, date.end, date.text, "date") }
        for quantity in document.quantities { check(quantity.start, quantity.end, quantity.text, "quantity") }
        for attribution in document.attributions {
            check(attribution.cue.start, attribution.cue.end, attribution.cue.text, "cue")
            check(attribution.content.start, attribution.content.end, attribution.content.text, "content")
        }
    }

    @Test("random text from the web: every emitted span equals its slice")
    func randomText() {
        var random = SeededRandom(seed: 0xA11CE)
        for index in 0..<400 {
            let text = RandomText.string(length: Int.random(in: 0...200, using: &random), using: &random)
            let document = AnalysisPipeline.standard.analyze(DocumentInput(id: "random-\(index)", text: text))
            #expect(document.text == text)
            Self.checkSpans(of: document)
        }
    }

    @Test("tokens of random text: raw spans in bounds, in order, equal to their clean range")
    func randomTokens() {
        var random = SeededRandom(seed: 0xBEEF)
        for _ in 0..<400 {
            let source = SourceText(RandomText.string(length: Int.random(in: 0...120, using: &random), using: &random))
            let view = ArabicNormalizer.normalize(source, level: .clean)
            // Tokens never overlap in the raw text, except where one raw scalar expands to several
            // words (the ligature ﷺ): then neighbouring tokens share that scalar.
            var previous: Token?
            for token in Tokenizer.tokenize(view) {
                #expect(token.span.end <= source.count && !token.span.isEmpty)
                if let previous {
                    #expect(token.normalized.lowerBound >= previous.normalized.upperBound)
                    let sharesExpandedScalar = token.span.start == previous.span.end - 1
                        && view.rawSpan(ofNormalized: token.normalized.lowerBound..<(token.normalized.lowerBound + 1))
                            == view.rawSpan(ofNormalized: (previous.normalized.upperBound - 1)..<previous.normalized.upperBound)
                    #expect(token.span.start >= previous.span.end || sharesExpandedScalar,
                            "\(previous.span) then \(token.span) in \(Array(source.scalars.map(\.value)))")
                }
                #expect(view.rawSpan(ofNormalized: token.normalized) == token.span)
                previous = token
            }
        }
    }
}
