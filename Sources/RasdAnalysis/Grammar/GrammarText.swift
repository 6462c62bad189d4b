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
        var literals: [Int: String] = [:]
        for token in analysis.tokens {
            let kind: GrammarToken.Kind
            var key = WordKey()
            let scalars = analysis.clean.scalars[token.normalized]
            switch token.kind {
            case .arabicWord, .latinWord:
                kind = token.kind == .arabicWord ? .word : .latin
                // The matching view already holds every word's matching form.
                key = WordKey(scalars: analysis.matching.scalars[analysis.matching.normalizedRange(ofRaw: token.span)])
            case .number:
                kind = .number
                key = WordKey(scalars: scalars)
                literals[tokens.count] = SourceText.string(from: scalars)
            case .punctuation, .symbol:
                kind = token.kind == .punctuation ? .punctuation : .symbol
                key = WordKey(scalars: scalars)
            default:
                kind = .other
            }
            // Tokens are separated by white space or by skipped marks and controls: either parts them.
            let spaceBefore = token.span.start > previousEnd
            var lineBreak = false
            if spaceBefore {
                for index in previousEnd..<token.span.start {
                    let value = raw[index].value
                    if value == 0x0A || value == 0x0D || value == 0x2029 || value == 0x2028 { lineBreak = true }
                }
            }
            previousEnd = token.span.end
            while previousEnd < raw.count, raw[previousEnd].value == 0x0640 { previousEnd += 1 }
            while chromeIndex < chrome.count, chrome[chromeIndex].end <= token.span.start { chromeIndex += 1 }
            let inChrome = chromeIndex < chrome.count && chrome[chromeIndex].start <= token.span.start
            // A tatweel after a word's last letter (`هـ`) is the word's, though the clean view drops it.
            var end = token.span.end
            while end < raw.count, raw[end].value == 0x0640 { end += 1 }
            tokens.append(GrammarToken(
                kind: kind, key: key, start: token.span.start, end: end,
                normalizedStart: token.normalized.lowerBound, spaceBefore: spaceBefore || tokens.isEmpty,
                lineBreakBefore: lineBreak, isChrome: inChrome, peeledForms: PeeledForm.forms(of: key, kind: kind)))
        }
        self.tokens = tokens
        self.literals = literals
        let roles = tokens.map(GrammarAnchors.roles(of:))
        self.roles = roles
        nextTimeAnchor = Self.nextAnchors(roles, .timeAnchor)
        nextNumberAnchor = Self.nextAnchors(roles, .numberAnchor)
        startsDate = roles.map { !$0.isDisjoint(with: [.timeAnchor, .dateLead]) }
        startsNumber = roles.map { !$0.isDisjoint(with: [.numberAnchor, .quantityLead]) }
    }

    /// What each token can do for the grammars (anchor or lead a date or a quantity).
    let roles: [GrammarAnchors.Roles]

    /// Whether a token's word can open a date expression (`في وقت سابق`, `قبل`, `بين`, a month…)
    /// or a quantity (a hedge, a range word, a number): nothing else is tried there.
    private let startsDate: [Bool]
    private let startsNumber: [Bool]

    /// For each token, the index of the first token at or after it that can anchor a date
    /// (a number, a month, weekday or time word) or a number (digits, a number word, a dual noun):
    /// grammars try to start an expression only a few tokens before an anchor.
    let nextTimeAnchor: [Int]
    let nextNumberAnchor: [Int]

    private static func nextAnchors(_ roles: [GrammarAnchors.Roles], _ anchor: GrammarAnchors.Roles) -> [Int] {
        var next = [Int](repeating: roles.count, count: roles.count + 1)
        var index = roles.count - 1
        while index >= 0 {
            next[index] = roles[index].contains(anchor) ? index : next[index + 1]
            index -= 1
        }
        return next
    }

    /// Whether a date may start at `index`: an anchor lies within `window` tokens.
    func mayStartDate(at index: Int, window: Int = 5) -> Bool {
        startsDate[index] && nextTimeAnchor[index] - index < window
    }

    /// Whether a number may start at `index`.
    func mayStartNumber(at index: Int, window: Int = 5) -> Bool {
        startsNumber[index] && nextNumberAnchor[index] - index < window
    }

    /// Blocks whose text is page furniture, not reporting.
    static let chromeKinds: Set<BoilerplateKind> = [.navigation, .share, .comments, .copyright, .control, .junk, .keywords]

    /// The clean digits of number tokens (`2,5`), by token index.
    private let literals: [Int: String]

    /// A number token's digits as text; empty for other tokens.
    func literal(_ index: Int) -> String { literals[index] ?? "" }

    var count: Int { tokens.count }
    subscript(index: Int) -> GrammarToken { tokens[index] }

    /// The key of token `index`, or nil past the end.
    func key(_ index: Int) -> WordKey? { index < tokens.count ? tokens[index].key : nil }

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
