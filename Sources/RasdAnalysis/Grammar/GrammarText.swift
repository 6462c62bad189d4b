import RasdText

/// A document's tokens as the date and quantity grammars read them, made once per document and
/// shared by both: keys, raw spans, spacing, and which tokens lie in page chrome.
struct GrammarText: Sendable {
    let tokens: [GrammarToken]
    let source: SourceText
    let clean: NormalizedView

    init(_ analysis: DocumentAnalysis) {
        source = analysis.source
        clean = analysis.clean
        let chrome = analysis.boilerplate.filter { Self.chromeKinds.contains($0.kind) }.map(\.span).sorted { $0.start < $1.start }
        var tokens: [GrammarToken] = []
        tokens.reserveCapacity(analysis.tokens.count)
        let raw = analysis.source.scalars
        var previousEnd = 0
        var chromeIndex = 0
        for token in analysis.tokens {
            let kind: GrammarToken.Kind
            let key: String
            switch token.kind {
            case .arabicWord:
                kind = .word
                key = ArabicNormalizer.matchingKey(analysis.clean.scalars[token.normalized])
            case .latinWord:
                kind = .latin
                key = ArabicNormalizer.matchingKey(analysis.clean.scalars[token.normalized])
            case .number:
                kind = .number
                key = SourceText.string(from: analysis.clean.scalars[token.normalized])
            case .punctuation:
                kind = .punctuation
                key = SourceText.string(from: analysis.clean.scalars[token.normalized])
            case .symbol:
                kind = .symbol
                key = SourceText.string(from: analysis.clean.scalars[token.normalized])
            default:
                kind = .other
                key = ""
            }
            var spaceBefore = false
            var lineBreak = false
            if token.span.start > previousEnd {
                for index in previousEnd..<token.span.start {
                    let scalar = raw[index]
                    if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" { lineBreak = true }
                    if scalar.properties.isWhitespace { spaceBefore = true }
                }
            }
            previousEnd = token.span.end
            while chromeIndex < chrome.count, chrome[chromeIndex].end <= token.span.start { chromeIndex += 1 }
            let inChrome = chromeIndex < chrome.count && chrome[chromeIndex].start <= token.span.start
            tokens.append(GrammarToken(
                kind: kind, key: key, start: token.span.start, end: token.span.end,
                normalizedStart: token.normalized.lowerBound, spaceBefore: spaceBefore || tokens.isEmpty,
                lineBreakBefore: lineBreak, isChrome: inChrome))
        }
        self.tokens = tokens
    }

    /// Blocks whose text is page furniture, not reporting.
    static let chromeKinds: Set<BoilerplateKind> = [.navigation, .share, .comments, .copyright, .control, .junk, .keywords]

    var count: Int { tokens.count }
    subscript(index: Int) -> GrammarToken { tokens[index] }

    /// The key of token `index`, or nil past the end.
    func key(_ index: Int) -> String? { index < tokens.count ? tokens[index].key : nil }

    /// Raw offset where a word starts once `letters` proclitic letters are peeled off (harakat
    /// written on a peeled letter go with it).
    func rawStart(of index: Int, peeling letters: Int) -> Int {
        let token = tokens[index]
        guard letters > 0 else { return token.start }
        var position = token.normalizedStart
        var remaining = letters
        let scalars = clean.scalars
        while position < scalars.count, remaining > 0 {
            position += 1
            while position < scalars.count, scalars[position].properties.generalCategory == .nonspacingMark { position += 1 }
            remaining -= 1
        }
        return clean.rawOffset(ofNormalized: position)
    }

    /// The raw text of a span.
    func text(_ start: Int, _ end: Int) -> String { SourceText.string(from: source.scalars[start..<end]) }

    /// Whether tokens `a` and `b` (`b == a + 1`) touch, with nothing between them.
    func touching(_ a: Int, _ b: Int) -> Bool { b < tokens.count && !tokens[b].spaceBefore && tokens[b].start == tokens[a].end }
}
