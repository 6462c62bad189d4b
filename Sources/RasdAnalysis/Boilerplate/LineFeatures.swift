import RasdText

/// One word of a line: a run of letters and digits (split where Arabic meets Latin, so
/// `DWعربية` is `DW` + `عربية`), or a lone symbol such as `©`, with its matching-level key.
struct LineWord: Sendable {
    /// Raw offsets of the word in the document.
    let start: Int
    let end: Int
    /// Matching-level key: `أيضًا` → `ايضا`, `Tags` → `tags`.
    let key: MatchKey
    let hasArabic: Bool
    let hasLatin: Bool
    let hasDigit: Bool
    let hasUppercaseLatin: Bool
    let isSymbol: Bool
    /// A colon is the next thing after the word (spaces aside): `كتب:`, `المصدر :`.
    let followedByColon: Bool

    var isNumber: Bool { hasDigit && !hasArabic && !hasLatin && !isSymbol }
}

/// What one line looks like, measured once: its words, how much of it is Arabic, Latin, digits and
/// punctuation, and how it ends. Every boilerplate decision reads these, never the line's exact text.
struct LineFeatures: Sendable {
    let span: TextSpan
    /// Words and symbol tokens, in order.
    let words: [LineWord]
    /// Words with a letter or digit (symbol tokens not counted).
    let wordCount: Int
    let arabicLetters: Int
    let latinLetters: Int
    let digits: Int
    /// Punctuation and symbol scalars.
    let punctuation: Int
    /// The last visible scalar, closing quotes and brackets looked past: `.` in `قال "نعم".`.
    let lastScalar: Unicode.Scalar?
    /// The line ends a sentence: `lastScalar` is `.` `؟` `!` or `…`.
    var endsWithSentencePunctuation: Bool { lastScalar.map(ScalarKind.isSentenceEnd) ?? false }
    /// Nothing but spaces and invisible characters (a no-break space alone is blank).
    let isBlank: Bool

    /// Where word keys come from: slices of the matching-level view of the same scalars (no
    /// allocation), each word normalized on its own, or nowhere (empty keys: shape only).
    enum Keys {
        case view(NormalizedView)
        case perWord
        case none
    }

    /// Measures a line of `scalars`.
    init(_ span: TextSpan, in scalars: [Unicode.Scalar], keys: Keys = .perWord) {
        self.span = span
        var words: [LineWord] = []
        var arabic = 0, latin = 0, digits = 0, punctuation = 0
        var lastVisible: Unicode.Scalar?
        var lastNonCloser: Unicode.Scalar?

        var wordStart = -1
        var wordArabic = false, wordLatin = false, wordDigit = false, wordUpper = false
        var index = span.start
        let keysWanted: Bool
        if case .none = keys { keysWanted = false } else { keysWanted = true }

        func closeWord(at end: Int) {
            guard wordStart >= 0 else { return }
            let key: MatchKey
            switch keys {
            case .view(let matching):
                key = matching.scalars[matching.normalizedRange(ofRaw: TextSpan(start: wordStart, end: end))]
            case .perWord:
                key = MatchKeys.of(scalars[wordStart..<end])
            case .none:
                key = []
            }
            if !key.isEmpty || !keysWanted {
                words.append(LineWord(start: wordStart, end: end, key: key, hasArabic: wordArabic, hasLatin: wordLatin,
                                      hasDigit: wordDigit, hasUppercaseLatin: wordUpper, isSymbol: false,
                                      followedByColon: Self.colonFollows(end, in: scalars, before: span.end)))
            }
            wordStart = -1
            wordArabic = false; wordLatin = false; wordDigit = false; wordUpper = false
        }

        let kinds = ScalarKind.table  // read once per line, not once per scalar
        while index < span.end {
            let scalar = scalars[index]
            let kind = scalar.value < 0x10000 ? kinds[Int(scalar.value)] : ScalarKind(scalar)
            switch kind {
            case .arabicLetter:
                if wordLatin && wordStart >= 0 { closeWord(at: index) }
                if wordStart < 0 { wordStart = index }
                wordArabic = true
                arabic += 1
            case .latinLetter, .otherLetter:
                if wordArabic && wordStart >= 0 { closeWord(at: index) }
                if wordStart < 0 { wordStart = index }
                wordLatin = true
                if kind == .latinLetter { latin += 1 }
                if scalar.value < 0x80 ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase {
                    wordUpper = true
                }
            case .digit:
                if wordStart < 0 { wordStart = index }
                wordDigit = true
                digits += 1
            case .mark, .ignorable:
                break
            case .space:
                closeWord(at: index)
            case .symbol:
                closeWord(at: index)
                punctuation += 1
                words.append(LineWord(start: index, end: index + 1, key: [scalar][...], hasArabic: false,
                                      hasLatin: false, hasDigit: false, hasUppercaseLatin: false, isSymbol: true,
                                      followedByColon: Self.colonFollows(index + 1, in: scalars, before: span.end)))
            case .punctuation:
                closeWord(at: index)
                punctuation += 1
            }
            if kind != .space && kind != .ignorable {
                lastVisible = scalar
                if !ScalarKind.isCloser(scalar) { lastNonCloser = scalar }
            }
            index += 1
        }
        closeWord(at: span.end)

        self.words = words
        self.wordCount = words.count { !$0.isSymbol }
        self.arabicLetters = arabic
        self.latinLetters = latin
        self.digits = digits
        self.punctuation = punctuation
        self.isBlank = lastVisible == nil
        self.lastScalar = lastNonCloser
    }

    /// Share of Latin among the line's letters (0 when it has none).
    var latinRatio: Double {
        let letters = arabicLetters + latinLetters
        return letters == 0 ? 0 : Double(latinLetters) / Double(letters)
    }

    /// The word keys, in order (symbol tokens included).
    var keys: [MatchKey] { words.map(\.key) }

    private static func colonFollows(_ offset: Int, in scalars: [Unicode.Scalar], before end: Int) -> Bool {
        var index = offset
        while index < end {
            let scalar = scalars[index]
            switch ScalarKind(scalar) {
            case .space, .ignorable: index += 1
            default: return scalar == ":" || scalar == "\u{FF1A}"
            }
        }
        return false
    }
}
