/// Cuts text into search terms: words at matching level (harakat and tatweel dropped inside the
/// word, so `محمّد` stays one word), Latin lower-cased, Arabic words stemmed by
/// `ArabicLightStemmer`. Documents and queries go through the same analyzer, so `القذائف`,
/// `وقذائف` and `قذيفة` meet at one term.
///
///     SearchAnalyzer.standard.terms(in: "وأطلقت القذائفُ")   // ["اطلق", "قذيف"]
public struct SearchAnalyzer: Sendable {
    public let stemmer: ArabicLightStemmer

    public static let standard = SearchAnalyzer(stemmer: .standard)

    public init(stemmer: ArabicLightStemmer) {
        self.stemmer = stemmer
    }

    /// The terms of a text, in order.
    public func terms(in text: String) -> [String] {
        var terms: [String] = []
        forEachTerm(in: text) { term, _ in terms.append(term) }
        return terms
    }

    /// Calls `body` with each word's term and its span in `text` as Unicode-scalar offsets
    /// (end exclusive), in order.
    public func forEachTerm(in text: String, _ body: (_ term: String, _ span: Range<Int>) -> Void) {
        forEachTermScalars(in: text) { term, span in body(SourceText.string(from: term), span) }
    }

    /// `forEachTerm` with each term as scalars, for callers that key terms without making Strings.
    public func forEachTermScalars(in text: String, _ body: (_ term: [Unicode.Scalar], _ span: Range<Int>) -> Void) {
        let lookup = FoldLookup.matching
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(32)
        var isArabic = false
        var start = 0, end = 0, offset = 0
        func finish() {
            guard !word.isEmpty else { return }
            let term = isArabic ? stemmer.stem(scalars: word) : word
            body(term, start..<end)
            word.removeAll(keepingCapacity: true)
            isArabic = false
        }
        func append(_ scalar: Unicode.Scalar, at offset: Int) {
            switch ScalarClass.of(scalar) {
            case .arabicLetter:
                if word.isEmpty { start = offset } else if !isArabic { finish(); start = offset }
                isArabic = true
                word.append(scalar)
                end = offset + 1
            case .latinLetter, .digit:
                if word.isEmpty { start = offset } else if isArabic { finish(); start = offset }
                word.append(scalar)
                end = offset + 1
            case .mark:
                if !word.isEmpty { end = offset + 1 }
            default:
                finish()
            }
        }
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            var folded: Unicode.Scalar
            switch lookup.output(for: scalar) {
            case .keep: folded = scalar
            case .one(let one): folded = one
            case .drop:
                // Harakat and tatweel inside a word belong to it.
                if !word.isEmpty { end = offset + 1 }
                continue
            case .many(let many):
                // A presentation-form ligature (`ﻻ`): its letters continue the word.
                for piece in many { append(piece, at: offset) }
                continue
            }
            if folded.value < 0x80, folded.value >= 0x41, folded.value <= 0x5A {
                folded = Unicode.Scalar(folded.value + 0x20)!
            }
            append(folded, at: offset)
        }
        finish()
    }
}
