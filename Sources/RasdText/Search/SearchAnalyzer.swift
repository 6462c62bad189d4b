import Foundation

/// Cuts text into search terms: words at matching level (harakat and tatweel dropped inside the
/// word, so `محمّد` stays one word), Latin lower-cased, Arabic words stemmed by
/// `ArabicLightStemmer`. Documents and queries go through the same analyzer, so `القذائف`,
/// `وقذائف` and `قذيفة` meet at one term.
///
///     SearchAnalyzer.standard.terms(in: "وأطلقت القذائفُ")   // ["اطلق", "قذيف"]
public struct SearchAnalyzer: Sendable {
    public let stemmer: ArabicLightStemmer
    /// The terms of the most frequent function words (`من` `في` `أنه` …). A pair
    /// of adjacent words with one of them is indexed as one more term (`pairTerm`), so a phrase
    /// such as `"في نهاية"` is one lookup instead of a walk through every article with `في`
    /// (common-grams).
    private let commonTerms: ScalarKeyTable<Bool>

    public static let standard = SearchAnalyzer(stemmer: .standard)
    /// A function word is common when news has it this often (per `known-words.tsv`, about one
    /// word in 800): `في` `من` `على` `أن` … `عدد`, 42 words.
    static let commonCount = 10_000

    public init(stemmer: ArabicLightStemmer) {
        self.stemmer = stemmer
        var common = ScalarKeyTable<Bool>()
        for line in EmbeddedLexicons.functionWords.split(separator: "\n") where !line.hasPrefix("#") {
            let word = Array(line.trimmingCharacters(in: .whitespaces).unicodeScalars)
            guard !word.isEmpty, (KnownWords.shared.count(ofScalars: word) ?? 0) >= Self.commonCount else { continue }
            common.set(stemmer.stem(scalars: word), to: true)
        }
        commonTerms = common
    }

    /// Whether a term is a function word's: pairs with it are indexed.
    public func isCommon<C: Collection>(_ term: C) -> Bool where C.Element == Unicode.Scalar {
        commonTerms[term] != nil
    }

    /// The term of two adjacent words, one of them common: the two terms with a space between
    /// (no word term holds a space).
    public static func pairTerm<A: Collection, B: Collection>(_ first: A, _ second: B) -> [Unicode.Scalar]
    where A.Element == Unicode.Scalar, B.Element == Unicode.Scalar {
        Array(first) + [pairSeparator] + Array(second)
    }

    /// What joins the two words of a pair term.
    public static let pairSeparator: Unicode.Scalar = " "

    /// How a phrase of `terms` is looked up: adjacent pairs with a common term become pair terms,
    /// left to right, the rest stay words; each part with its offset in the phrase.
    /// `["في", "نهايه", "عام"]` gives `[("في نهايه", 0), ("عام", 2)]`.
    public func phraseParts(_ terms: [String]) -> [(term: String, offset: Int)] {
        var parts: [(term: String, offset: Int)] = []
        var index = 0
        while index < terms.count {
            if index + 1 < terms.count,
               isCommon(terms[index].unicodeScalars) || isCommon(terms[index + 1].unicodeScalars) {
                parts.append((SourceText.string(from: Self.pairTerm(terms[index].unicodeScalars, terms[index + 1].unicodeScalars)), index))
                index += 2
            } else {
                parts.append((terms[index], index))
                index += 1
            }
        }
        return parts
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
        forEachWordScalars(in: text) { word, isArabic, span in body(isArabic ? stemmer.stem(scalars: word) : word, span) }
    }

    /// `forEachTermScalars` with stems kept in `cache` from text to text (the indexer's way: it
    /// stems every word of every document).
    public func forEachTermScalars(in text: String, cache: inout StemCache,
                                   _ body: (_ term: [Unicode.Scalar], _ span: Range<Int>) -> Void) {
        forEachWordScalars(in: text) { word, isArabic, span in body(isArabic ? cache.stem(word, by: stemmer) : word, span) }
    }

    /// The words `forEachTermScalars` stems, before stemming (matching level, Latin lower-cased),
    /// with whether each is Arabic (only Arabic words are stemmed).
    public func forEachWordScalars(in text: String,
                                   _ body: (_ word: [Unicode.Scalar], _ isArabic: Bool, _ span: Range<Int>) -> Void) {
        let lookup = FoldLookup.matching
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(32)
        var isArabic = false
        var start = 0, end = 0, offset = 0
        func finish() {
            guard !word.isEmpty else { return }
            body(word, isArabic, start..<end)
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
