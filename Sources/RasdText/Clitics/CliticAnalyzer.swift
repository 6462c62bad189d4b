/// The readings of an Arabic word as proclitics + stem + enclitic, so `لروسيا` can be looked up
/// as `روسيا` and `والولايات` as `ولايات`. Works on matching-level keys; pure, no shared state.
///
///     CliticAnalyzer.splits(of: "للافروف")    // للافروف, ل+لافروف, ل+ال+افروف
///     CliticAnalyzer.bestSplit(of: "لروسيا") { known.contains($0) }   // ل+روسيا
///
/// Proclitics are a conjunction (`و` `ف`), then a preposition (`ب` `ل` `ك`), then the article
/// (`ال`), each optional: `وبال` = و+ب+ال, and ل+ال is written `لل` (`للافروف`). Enclitics are the
/// attached pronouns `ه` `ها` `هم` `هما` `هن` `كم` `كما` `نا` `ي`, never after the article. The stem
/// keeps at least two letters. Which reading is right is the lexicon's call: `bestSplit`.
public enum CliticAnalyzer {
    /// The definite article as a proclitic piece.
    public static let article = "ال"
    /// A stem keeps at least this many letters.
    public static let minimumStemLength = 2
    /// The attached pronouns, shortest first.
    public static let enclitics = ["ه", "ي", "ها", "هم", "هن", "كم", "نا", "هما", "كما"]

    /// Every reading of a matching-level word, from the word itself (always first) to the most
    /// segmented: by number of clitics, then by the length of the written prefix, then of the enclitic.
    public static func splits(of word: String) -> [CliticSplit] {
        splits(ofScalars: Array(word.unicodeScalars))
    }

    /// Every reading of a matching-level word given as scalars (`MatchingForm.scalars`).
    public static func splits(ofScalars word: [Unicode.Scalar]) -> [CliticSplit] {
        var found: [(split: CliticSplit, order: (Int, Int, Int, Int))] = []
        forEachReading(of: word[...]) { pattern, patternIndex, encliticIndex, stem in
            let split = makeSplit(of: word, pieces: pattern.pieces, stem: stem,
                                  enclitic: encliticIndex == 0 ? nil : enclitics[encliticIndex - 1])
            let order = (split.cliticCount, pattern.written.count, encliticScalars[encliticIndex].count, patternIndex)
            found.append((split, order))
        }
        found.sort { $0.order < $1.order }
        return found.map(\.split)
    }

    /// Calls `body` with every reading of `word`, the unsplit one included, without building a
    /// String: its proclitic pattern (and index in `ProcliticPattern.all`), the enclitic's index in
    /// `encliticScalars` (0: none) and the stem's range in `word`'s indices.
    static func forEachReading(of word: ArraySlice<Unicode.Scalar>,
                               _ body: (ProcliticPattern, Int, Int, Range<Int>) -> Void) {
        for (patternIndex, pattern) in ProcliticPattern.all.enumerated() where word.starts(with: pattern.written) {
            for (encliticIndex, enclitic) in encliticScalars.enumerated() {
                let isNone = encliticIndex == 0
                if !isNone && pattern.hasArticle { continue }
                guard enclitic.count <= word.count, word.suffix(enclitic.count).elementsEqual(enclitic) else { continue }
                let stem = (word.startIndex + pattern.written.count)..<(word.endIndex - enclitic.count)
                guard stem.count >= minimumStemLength || (pattern.written.isEmpty && isNone) else { continue }
                body(pattern, patternIndex, encliticIndex, stem)
            }
        }
    }

    /// The reading whose stem the lexicon knows, the longest stem first (fewer clitics on a tie);
    /// the stem is looked up by its `lookupKeys` (as written, then `restoredStemKey`…). The word
    /// itself if none is known.
    public static func bestSplit(of word: String, isKnown: (String) -> Bool) -> CliticSplit {
        bestSplit(ofScalars: Array(word.unicodeScalars), isKnown: isKnown)
    }

    /// `bestSplit(of:isKnown:)` over scalars.
    public static func bestSplit(ofScalars word: [Unicode.Scalar], isKnown: (String) -> Bool) -> CliticSplit {
        let candidates = splits(ofScalars: word)
        return knownSplit(among: candidates, isKnown: isKnown) ?? candidates[0]
    }

    /// The best reading whose stem is known, or nil when no reading's stem is.
    public static func knownSplit(among candidates: [CliticSplit], isKnown: (String) -> Bool) -> CliticSplit? {
        var best: CliticSplit?
        for split in candidates where split.stem.count > (best?.stem.count ?? 0) {
            if split.lookupKeys.contains(where: isKnown) { best = split }
        }
        return best
    }

    /// The readings of an Arabic token of a clean-level view, with the form their ranges index.
    public static func splits(of token: Token, in view: NormalizedView) -> (form: MatchingForm, splits: [CliticSplit]) {
        let form = MatchingForm(of: token, in: view)
        return (form, splits(ofScalars: form.scalars))
    }

    /// The raw span of a token's stem under its best reading: `لافروف` in `ولافروف`, the harakat
    /// and tatweel inside the stem included.
    public static func stemSpan(of token: Token, in view: NormalizedView, isKnown: (String) -> Bool) -> TextSpan {
        let form = MatchingForm(of: token, in: view)
        let split = bestSplit(ofScalars: form.scalars, isKnown: isKnown)
        return form.rawSpan(of: split.stem, in: view)
    }

    // MARK: Building readings

    /// Enclitics as scalars, with the empty enclitic first.
    static let encliticScalars: [[Unicode.Scalar]] = [[]] + enclitics.map { Array($0.unicodeScalars) }

    static let taMarbutaBeforeEnclitic: Unicode.Scalar = "\u{062A}"  // ت
    static let taMarbutaMatching: Unicode.Scalar = "\u{0647}"  // ة at matching level: ه

    static func makeSplit(of word: [Unicode.Scalar], pieces: [String], stem: Range<Int>, enclitic: String?) -> CliticSplit {
        let stemScalars = word[stem]
        let stemKey = SourceText.string(from: stemScalars)
        var restored: String?
        if enclitic != nil, stemScalars.last == taMarbutaBeforeEnclitic {
            restored = SourceText.string(from: stemScalars.dropLast() + [taMarbutaMatching])
        }
        return CliticSplit(proclitics: pieces, stem: stem, enclitic: enclitic, stemKey: stemKey, restoredStemKey: restored)
    }
}

/// One written proclitic sequence and the morphemes it stands for: `وبال` = و+ب+ال, `لل` = ل+ال.
struct ProcliticPattern: Sendable {
    let written: [Unicode.Scalar]
    let pieces: [String]
    /// Whether the sequence ends in the article (`ال`, `وبال`, `لل`).
    let hasArticle: Bool

    init(written: [Unicode.Scalar], pieces: [String]) {
        self.written = written
        self.pieces = pieces
        self.hasArticle = pieces.last == CliticAnalyzer.article
    }

    /// conjunction? + preposition? + article?, the empty sequence first, then fewer pieces first.
    static let all: [ProcliticPattern] = {
        var patterns: [ProcliticPattern] = []
        for conjunction in ["", "و", "ف"] {
            for preposition in ["", "ب", "ل", "ك"] {
                for article in ["", CliticAnalyzer.article] {
                    // ل + ال drops the article's alef: لل (للافروف, للحكومة).
                    let written = conjunction + (preposition == "ل" && !article.isEmpty ? "لل" : preposition + article)
                    let pieces = [conjunction, preposition, article].filter { !$0.isEmpty }
                    patterns.append(ProcliticPattern(written: Array(written.unicodeScalars), pieces: pieces))
                }
            }
        }
        return patterns.enumerated()
            .sorted { ($0.element.pieces.count, $0.element.written.count, $0.offset)
                < ($1.element.pieces.count, $1.element.written.count, $1.offset) }
            .map(\.element)
    }()
}
