import Foundation

/// Finds glued words: Arabic tokens of five letters or more that the lexicon does not know and
/// that read as two (or three) known words. Unknown tokens are mostly rare real words, so a seam
/// is accepted only where glue is likely:
///
/// - before a word with the article: `من|الحرب`, `لافروف|الولايات`, `الحرب|والسلام` (the piece after
///   the seam starts with `ال`, `وال`, `بال`, `لل`… and keeps three letters or more after them);
/// - after a particle that writers glue to the next word: a preposition after it (`من|خلال`,
///   `عن|طريق`), or a frequent imperfect verb after `لا` or `ما` (`لا|يمكن`, `ما|يقارب`).
///
/// Each piece must be known (the first one directly or through `و` `ف` `ب` `ل` `ك`) and, but for a
/// particle, three letters or more; with the article it keeps three letters after it. The split
/// kept is the one whose least frequent piece is most frequent. Real words stay whole:
/// `الاستقلال`, `والدته`, `المال`, `بالمئة`, `استعادة`, `الجانبين` are known, a word that reads as
/// clitics on a known stem is a word (`للمخالفين`, `منتشرين` through `المنتشرين`), and
/// `الكم|اليات`, `جار|الله`, `مع|اداه` fail the rules above.
///
///     let splitter = GluedWordSplitter(knownWords: KnownWords.shared.adding(["لافروف"]))
///     splitter.splits(in: tokens, view: cleanView)   // [GluedSplit] with raw split points
public struct GluedWordSplitter: Sendable {
    public let knownWords: KnownWords
    /// Shorter tokens are never split.
    public var minimumTokenLength = 5
    /// A token the lexicon knows is left alone unless it occurs fewer times than this.
    public var rareCount = 5
    /// Natural log of the least frequent piece's count (less penalties) must reach this: 3.0 is
    /// a count of 20 in the lexicon's corpus.
    public var minimumScore = 3.0
    /// After a glue particle (`لا|يمكن`), the next piece must occur at least this often.
    public var minimumCountAfterParticle = 200
    /// Taken off a piece per clitic it needs to be known (`و|لافروف`).
    public var cliticPenalty = 1.0
    /// Taken off a split per piece beyond two.
    public var extraPiecePenalty = 1.0
    /// Two or three pieces.
    public var maximumPieces = 3

    public init(knownWords: KnownWords = .shared) {
        self.knownWords = knownWords
    }

    /// The glued Arabic tokens among `tokens` (found in the clean-level `view`), in text order.
    public func splits(in tokens: [Token], view: NormalizedView) -> [GluedSplit] {
        var splits: [GluedSplit] = []
        var key: [Unicode.Scalar] = []
        for token in tokens where token.kind == .arabicWord && token.normalized.count >= minimumTokenLength {
            // Most long tokens are known words or cannot hold a seam: check before building anything.
            key.removeAll(keepingCapacity: true)
            MatchingForm.appendKey(of: token.normalized, in: view, to: &key)
            guard key.count >= minimumTokenLength, Self.hasSeamShape(key[...]),
                  (knownWords.entry(of: key)?.count ?? 0) < rareCount else { continue }
            if let split = split(token, view: view) { splits.append(split) }
        }
        return splits
    }

    /// Where one token comes apart, or nil when it is not glued.
    public func split(_ token: Token, view: NormalizedView) -> GluedSplit? {
        guard token.kind == .arabicWord, token.normalized.count >= minimumTokenLength else { return nil }
        let form = MatchingForm(of: token, in: view)
        guard let points = splitPoints(ofScalars: form.scalars) else { return nil }
        let bounds = [0] + points + [form.count]
        let keys = zip(bounds, bounds.dropFirst()).map { SourceText.string(from: form.scalars[$0..<$1]) }
        return GluedSplit(token: token.span, splitPoints: points.map { form.rawOffset(of: $0, in: view) }, keys: keys)
    }

    /// Split points of a matching-level key, as scalar offsets into it: `منالحرب` → `[2]`.
    public func splitPoints(ofKey key: String) -> [Int]? {
        splitPoints(ofScalars: Array(key.unicodeScalars))
    }

    /// Split points of a matching-level word given as scalars, or nil when it stays whole.
    public func splitPoints(ofScalars word: [Unicode.Scalar]) -> [Int]? {
        guard word.count >= minimumTokenLength, word.count <= 64, Self.hasSeamShape(word[...]) else { return nil }
        var lookup = Lookup(knownWords: knownWords, capacity: word.count + 2)
        var threshold = minimumScore
        if let own = knownWords.entry(of: word)?.count {
            guard own < rareCount else { return nil }
            threshold = max(threshold, log(Double(max(own, 1))) + 2)
        }
        guard !isWordWithClitics(word[...], &lookup) else { return nil }
        let length = word.count
        var best: (score: Double, points: [Int])?
        func consider(_ score: Double, _ points: [Int]) {
            if score >= threshold && score > (best?.score ?? -.infinity) { best = (score, points) }
        }
        for first in 2..<max(2, length - 2) {  // pieces of two letters or more, the last of three
            guard let head = firstPiece(word[0..<first], &lookup) else { continue }
            if let tail = laterPiece(word[first..<length], after: head, &lookup) {
                consider(min(head.score, tail.score), [first])
            }
            guard maximumPieces >= 3 else { continue }
            for second in (first + 3)..<max(first + 3, length - 2) {
                guard let middle = laterPiece(word[first..<second], after: head, &lookup),
                      let tail = laterPiece(word[second..<length], after: middle, &lookup) else { continue }
                consider(min(head.score, middle.score, tail.score) - extraPiecePenalty, [first, second])
            }
        }
        return best?.points
    }

    // MARK: Pieces

    /// A candidate piece: its score (log count less penalties) and what the next seam may be.
    private struct Piece {
        var score: Double
        /// A particle after which writers drop the space (`لا`, `من`, `في`).
        var isGlueParticle = false
        /// `لا` or `ما`, which writers glue to a verb.
        var isVerbParticle = false
    }

    /// A known piece's score, with its particle flags.
    private func piece(_ scalars: ArraySlice<Unicode.Scalar>, count: Int) -> Piece {
        Piece(score: log(Double(max(count, 1))),
              isGlueParticle: Self.glueParticles.index(of: scalars) != nil,
              isVerbParticle: Self.verbParticles.index(of: scalars) != nil)
    }

    /// The first piece: a known word (two letters only for a glue particle), or `و` `ف` `ب` `ل` `ك`
    /// on a known word of four letters or more; with the article, three letters after it.
    private func firstPiece(_ scalars: ArraySlice<Unicode.Scalar>, _ lookup: inout Lookup) -> Piece? {
        guard keepsStemAfterArticle(scalars), !Self.isCompoundNameHead(scalars) else { return nil }
        if let count = lookup.count(scalars) {
            let piece = piece(scalars, count: count)
            return scalars.count >= 3 || piece.isGlueParticle ? piece : nil
        }
        var best: Piece?
        CliticAnalyzer.forEachReading(of: scalars) { pattern, _, encliticIndex, stem in
            guard encliticIndex == 0, !pattern.written.isEmpty, !pattern.hasArticle, stem.count >= 4,
                  let count = lookup.count(scalars[stem]) else { return }
            let score = log(Double(max(count, 1))) - cliticPenalty * Double(pattern.pieces.count)
            if score > (best?.score ?? -.infinity) { best = Piece(score: score) }
        }
        return best
    }

    /// A piece after a seam: one with the article and three letters after it (`الحرب`, `والسلام`),
    /// known directly or, with four letters after the article, through its stem; or, after a
    /// glue particle, a preposition or adverb that often follows one (`من|خلال`), or after `لا` and `ما`
    /// a frequent verb-like word of four letters or more (`لا|يمكن`, `ما|يقارب`).
    private func laterPiece(_ scalars: ArraySlice<Unicode.Scalar>, after previous: Piece, _ lookup: inout Lookup) -> Piece? {
        guard Self.compoundNameTails.index(of: scalars) == nil, Self.suffixLikeWords.index(of: scalars) == nil else { return nil }
        let count = lookup.count(scalars)
        if let article = Self.articlePrefixLength(scalars), scalars.count - article >= 3 {
            if let count { return piece(scalars, count: count) }
            // Through the stem: `والولايات` = و+ال+ولايات, looked up as ولايات or الولايات.
            let stem = scalars.dropFirst(article)
            guard stem.count >= 4, let stemCount = lookup.count(stem) ?? lookup.count(Self.articleScalars, stem) else { return nil }
            let clitics = article == 2 ? 0 : 1
            return Piece(score: log(Double(max(stemCount, 1))) - cliticPenalty * Double(clitics))
        }
        guard previous.isGlueParticle, let count else { return nil }
        if Self.particleFollowers.index(of: scalars) != nil {
            return piece(scalars, count: count)
        }
        if previous.isVerbParticle, scalars.count >= 4, count >= minimumCountAfterParticle,
           let first = scalars.first, Self.imperfectPrefixes.contains(first) {
            return Piece(score: log(Double(count)))
        }
        return nil
    }

    /// Whether a piece that starts with the article (`ال`, `وال`, `لل`…) keeps three letters after it.
    private func keepsStemAfterArticle(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let article = Self.articlePrefixLength(scalars) else { return true }
        return scalars.count - article >= 3
    }

    /// Whether the word is a known word's indefinite form or reads as clitics on a known stem of
    /// three letters or more (`منتشرين` through `المنتشرين`, `والولايات`, `للمخالفين`): then it is
    /// a word, not a glue.
    private func isWordWithClitics(_ word: ArraySlice<Unicode.Scalar>, _ lookup: inout Lookup) -> Bool {
        if lookup.count(Self.articleScalars, word) != nil { return true }
        var found = false
        CliticAnalyzer.forEachReading(of: word) { pattern, _, encliticIndex, stem in
            guard !found, stem.count >= 3, !(pattern.written.isEmpty && encliticIndex == 0) else { return }
            let scalars = word[stem]
            found = lookup.stemCount(scalars, beforeEnclitic: encliticIndex != 0) != nil
                || lookup.count(Self.articleScalars, scalars) != nil
        }
        return found
    }

    // MARK: Word lists

    static let articleScalars = Array(CliticAnalyzer.article.unicodeScalars)

    /// Written proclitic sequences that end in the article, longest first: `وبال`… `ال`, `لل`.
    static let articlePrefixes: [[Unicode.Scalar]] = ProcliticPattern.all
        .filter(\.hasArticle).map(\.written).sorted { $0.count > $1.count }

    /// Whether a word could hold a seam the rules accept, checked on its letters alone before any
    /// lexicon lookup: `ال` or `لل` after its second letter, or a glue particle at its start.
    static func hasSeamShape(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let alef: Unicode.Scalar = "\u{0627}", lam: Unicode.Scalar = "\u{0644}"
        var index = word.startIndex + 2
        while index + 1 < word.endIndex {
            if word[index + 1] == lam && (word[index] == alef || word[index] == lam) { return true }
            index += 1
        }
        return glueParticleScalars.contains { word.count > $0.count && word.starts(with: $0) }
    }

    static let glueParticleScalars: [[Unicode.Scalar]] = (0..<glueParticles.count).map { Array(glueParticles.key(at: $0)) }

    /// Length of the article-bearing proclitic sequence a piece starts with, if any.
    static func articlePrefixLength(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        articlePrefixes.first { scalars.starts(with: $0) }?.count
    }

    /// Particles after which writers drop the space: `لايمكن`, `منخلال`, `فيالمملكة`, `هذاالعام`.
    static let glueParticles = ScalarKeyTable([
        "لا", "ما", "من", "في", "عن", "مع", "علي", "الي", "حتي", "منذ", "بعد", "قبل", "خلال",
        "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين",
    ], value: true)

    /// Prepositions and adverbs that writers glue to a particle before them: `منخلال`, `عنطريق`.
    static let particleFollowers = ScalarKeyTable([
        "خلال", "قبل", "بعد", "اجل", "حيث", "جانب", "ضمن", "دون", "بين", "عند", "تحت", "فوق", "امام",
        "وراء", "اثناء", "طريق", "غير", "جميع", "هنا", "هناك", "ذلك", "هذا", "هذه", "بعض", "كافه",
    ], value: true)

    /// Particles glued to a following verb often enough to split on that alone: `لايمكن`, `مايقارب`.
    /// (`من`, `مع`, `في` are not: `منفعلا`, `معماريا`, `فيتعادل` are words.)
    static let verbParticles = ScalarKeyTable(["لا", "ما"], value: true)

    /// First letters of an imperfect verb: ي ت ن.
    static let imperfectPrefixes: Set<Unicode.Scalar> = ["\u{064A}", "\u{062A}", "\u{0646}"]

    /// Words with the article's letters that are also word endings (`معاليه`, `الفعاليات`).
    static let suffixLikeWords = ScalarKeyTable([
        "اليه", "اليها", "اليهم", "اليهما", "الينا", "الان", "اليات", "الات", "الاول", "الاولي",
    ], value: true)

    /// Heads and tails of names written solid by convention, not by error: `عبدالغفار`, `جارالله`.
    static let compoundNameHeads = ScalarKeyTable(["عبد", "العبد", "ابو", "ابا", "ابي", "بو"], value: true)
    static let compoundNameTails = ScalarKeyTable(["الله", "الدين", "الرحمن"], value: true)

    /// Whether a piece is a compound-name head, alone or after one proclitic letter (`وعبد`).
    static func isCompoundNameHead(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        if compoundNameHeads.index(of: scalars) != nil { return true }
        guard let first = scalars.first, "وفبلك".unicodeScalars.contains(first) else { return false }
        return compoundNameHeads.index(of: scalars.dropFirst()) != nil
    }
}

/// Lexicon lookups of pieces and of keys built from them (`ال` + stem, ت → ه), through one
/// reused buffer so that no lookup allocates.
private struct Lookup {
    let knownWords: KnownWords
    var buffer: [Unicode.Scalar]

    init(knownWords: KnownWords, capacity: Int) {
        self.knownWords = knownWords
        buffer = []
        buffer.reserveCapacity(capacity)
    }

    func count(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? { knownWords.count(ofScalars: scalars) }

    /// The count of `prefix` + `scalars`.
    mutating func count(_ prefix: [Unicode.Scalar], _ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: prefix)
        buffer.append(contentsOf: scalars)
        return knownWords.count(ofScalars: buffer)
    }

    /// A stem's count under `CliticSplit.lookupKeys`: as written, then before an enclitic with
    /// its ta marbuta restored (ت → ه) or with the plural `ن` a pronoun drops.
    mutating func stemCount(_ stem: ArraySlice<Unicode.Scalar>, beforeEnclitic: Bool) -> Int? {
        if let count = count(stem) { return count }
        guard beforeEnclitic, let last = stem.last else { return nil }
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: stem)
        if last == CliticAnalyzer.taMarbutaBeforeEnclitic {
            buffer[buffer.count - 1] = CliticAnalyzer.taMarbutaMatching
        } else if last == "\u{064A}" || last == "\u{0648}" || last == "\u{0627}" {  // ي و ا
            buffer.append("\u{0646}")  // ن
        } else {
            return nil
        }
        return knownWords.count(ofScalars: buffer)
    }
}
