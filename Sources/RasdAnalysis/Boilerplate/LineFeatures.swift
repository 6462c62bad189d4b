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
    /// Words and symbol tokens, in order — the first `wordLimit` of them: every decision that
    /// reads words is about short lines or the start of a line, and a body paragraph need not
    /// pay for hundreds of word records.
    let words: [LineWord]
    /// Words with a letter or digit (symbol tokens not counted), all of them.
    let wordCount: Int

    /// How many words (and symbols) of a line are kept in `words`.
    static let wordLimit = 32
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
    /// allocation), or each word normalized on its own (for text outside a document: lexicon rows).
    enum Keys {
        case view(NormalizedView)
        case perWord
    }

    /// Measures a line of `scalars`.
    init(_ span: TextSpan, in scalars: [Unicode.Scalar], keys: Keys = .perWord) {
        self.span = span
        var scan = WordScan(scalars: scalars, lineEnd: span.end, keys: keys)
        var arabic = 0, latin = 0, digits = 0, punctuation = 0
        var lastVisible: Unicode.Scalar?
        var lastNonCloser: Unicode.Scalar?

        let kinds = ScalarKind.table  // read once per line, not once per scalar
        var index = span.start
        while index < span.end {
            let scalar = scalars[index]
            let kind = scalar.value < 0x10000 ? kinds[Int(scalar.value)] : ScalarKind(scalar)
            // The common case first, as one predictable branch: a letter inside an Arabic word.
            if kind == .arabicLetter && scan.arabic && !scan.latin {
                arabic += 1
                index += 1
                continue
            }
            switch kind {
            case .arabicLetter:
                if scan.latin && scan.start >= 0 { scan.close(at: index) }
                if scan.start < 0 { scan.start = index }
                scan.arabic = true
                arabic += 1
            case .latinLetter, .otherLetter:
                if scan.arabic && scan.start >= 0 { scan.close(at: index) }
                if scan.start < 0 { scan.start = index }
                scan.latin = true
                if kind == .latinLetter { latin += 1 }
                if scalar.value < 0x80 ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase {
                    scan.uppercase = true
                }
            case .digit:
                if scan.start < 0 { scan.start = index }
                scan.digit = true
                digits += 1
            case .mark, .ignorable:
                break
            case .space:
                scan.close(at: index)
            case .symbol:
                scan.close(at: index)
                punctuation += 1
                guard scan.words.count < Self.wordLimit else { break }
                scan.words.append(LineWord(start: index, end: index + 1, key: [scalar][...], hasArabic: false,
                                           hasLatin: false, hasDigit: false, hasUppercaseLatin: false, isSymbol: true,
                                           followedByColon: Self.colonFollows(index + 1, in: scalars, before: span.end)))
            case .punctuation:
                scan.close(at: index)
                punctuation += 1
            }
            index += 1
        }
        scan.close(at: span.end)

        // How the line ends, read backwards from its end rather than tracked for every scalar.
        var back = span.end - 1
        while back >= span.start {
            let scalar = scalars[back]
            let kind = scalar.value < 0x10000 ? kinds[Int(scalar.value)] : ScalarKind(scalar)
            if kind != .space && kind != .ignorable {
                if lastVisible == nil { lastVisible = scalar }
                if !ScalarKind.isCloser(scalar) { lastNonCloser = scalar; break }
            }
            back -= 1
        }

        self.words = scan.words
        self.wordCount = scan.wordCount
        self.arabicLetters = arabic
        self.latinLetters = latin
        self.digits = digits
        self.punctuation = punctuation
        self.isBlank = lastVisible == nil
        self.lastScalar = lastNonCloser
    }

    /// The word being read and the words read so far: plain stored state (a nested function
    /// capturing these as locals would box them on the heap, in the hottest loop of the stage).
    private struct WordScan {
        let scalars: [Unicode.Scalar]
        let lineEnd: Int
        let keys: Keys
        var words: [LineWord] = []
        /// Every word of the line, also those past `wordLimit`.
        var wordCount = 0
        var start = -1
        var arabic = false, latin = false, digit = false, uppercase = false

        init(scalars: [Unicode.Scalar], lineEnd: Int, keys: Keys) {
            self.scalars = scalars
            self.lineEnd = lineEnd
            self.keys = keys
        }

        mutating func close(at end: Int) {
            guard start >= 0 else { return }
            wordCount += 1
            guard words.count < LineFeatures.wordLimit else {
                start = -1
                arabic = false; latin = false; digit = false; uppercase = false
                return
            }
            let key: MatchKey
            switch keys {
            case .view(let matching):
                key = matching.scalars[matching.normalizedRange(ofRaw: TextSpan(start: start, end: end))]
            case .perWord:
                key = MatchKeys.of(scalars[start..<end])
            }
            if !key.isEmpty {
                words.append(LineWord(start: start, end: end, key: key, hasArabic: arabic, hasLatin: latin,
                                      hasDigit: digit, hasUppercaseLatin: uppercase, isSymbol: false,
                                      followedByColon: LineFeatures.colonFollows(end, in: scalars, before: lineEnd)))
            }
            start = -1
            arabic = false; latin = false; digit = false; uppercase = false
        }
    }

    /// Share of Latin among the line's letters (0 when it has none).
    var latinRatio: Double {
        let letters = arabicLetters + latinLetters
        return letters == 0 ? 0 : Double(latinLetters) / Double(letters)
    }

    /// The word keys, in order (symbol tokens included).
    var keys: [MatchKey] { words.map(\.key) }

    fileprivate static func colonFollows(_ offset: Int, in scalars: [Unicode.Scalar], before end: Int) -> Bool {
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
