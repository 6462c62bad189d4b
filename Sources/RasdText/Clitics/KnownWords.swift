/// Arabic words Rasd knows, at matching level, with how often each occurs: the function words
/// (`Lexicons/function-words.txt`) and the frequent corpus words (`Lexicons/known-words.tsv`).
/// `shared` is parsed once per process; later stages extend a copy with the names they register.
///
///     KnownWords.shared.count(of: "الولايات")                    // 3287
///     let known = KnownWords.shared.adding(["لافروف", "بيونغ"])   // keyed by matching form
public struct KnownWords: Sendable {
    /// Count given to a listed function word that the corpus list lacks (`عشرون`).
    public static let functionWordCount = 1_000
    /// Count given by default to a word registered with `adding(_:)`: a moderately common word.
    public static let registeredWordCount = 100

    struct Entry: Sendable, Hashable {
        var count: Int
        var isFunctionWord: Bool
    }

    private var entries: ScalarKeyTable<Entry>

    /// The lexicons embedded in the binary, parsed on first use.
    public static let shared = KnownWords(functionWords: EmbeddedLexicons.functionWords,
                                          knownWords: EmbeddedLexicons.knownWords)

    /// Parses lexicon texts in the formats of `function-words.txt` (one word a line) and
    /// `known-words.tsv` (`word<TAB>count`); `#` lines and blank lines are skipped. Words are taken
    /// as written: both files are at matching level already.
    public init(functionWords: String, knownWords: String) {
        var entries = ScalarKeyTable<Entry>()
        Self.forEachLine(of: knownWords) { line in
            guard let tab = line.firstIndex(of: 0x09) else { return }
            let word = String(decoding: line[..<tab], as: UTF8.self).unicodeScalars
            let count = Self.parseCount(line[line.index(after: tab)...])
            guard !word.isEmpty, let count else { return }
            entries.set(word, to: Entry(count: count, isFunctionWord: false))
        }
        Self.forEachLine(of: functionWords) { line in
            let word = String(decoding: line, as: UTF8.self).unicodeScalars
            let count = entries[word]?.count ?? Self.functionWordCount
            entries.set(word, to: Entry(count: count, isFunctionWord: true))
        }
        self.entries = entries
    }

    /// Number of words known.
    public var wordCount: Int { entries.count }

    /// Whether a matching-level key is known.
    public func contains(_ key: String) -> Bool { entries.index(of: key.unicodeScalars) != nil }

    /// How often a matching-level key occurs (corpus count), or nil when it is not known.
    public func count(of key: String) -> Int? { entries[key.unicodeScalars]?.count }

    /// Whether a matching-level key is a listed function word (`من`, `في`, `الي`, `ان`).
    public func isFunctionWord(_ key: String) -> Bool { entries[key.unicodeScalars]?.isFunctionWord ?? false }

    /// The entry of a matching-level key given as scalars (no String built: the hot path).
    func entry<C: Collection>(of key: C) -> Entry? where C.Element == Unicode.Scalar { entries[key] }

    /// `count(of:)` over scalars.
    func count<C: Collection>(ofScalars key: C) -> Int? where C.Element == Unicode.Scalar { entries[key]?.count }

    /// `count(of:)` over an array of scalars: specialized here, for callers in other modules on a
    /// hot path (a generic call across modules is not specialized).
    public func count(ofScalars key: [Unicode.Scalar]) -> Int? { entries[key]?.count }

    /// A copy that also knows `words`, each keyed by its matching form (`لافروف`, `سيرغي`); a word
    /// already known keeps the higher of its count and `count`.
    public func adding(_ words: some Sequence<String>, count: Int = KnownWords.registeredWordCount) -> KnownWords {
        var copy = self
        for word in words {
            let key = ArabicNormalizer.matchingKey(word).unicodeScalars
            guard !key.isEmpty else { continue }
            var entry = copy.entries[key] ?? Entry(count: 0, isFunctionWord: false)
            entry.count = max(entry.count, count)
            copy.entries.set(key, to: entry)
        }
        return copy
    }

    /// A copy that no longer knows `words` (keyed by matching form): to see how the rest of the
    /// lexicon treats a word, or to retract a registration.
    public func removing(_ words: some Sequence<String>) -> KnownWords {
        var copy = self
        for word in words { copy.entries.remove(ArabicNormalizer.matchingKey(word).unicodeScalars) }
        return copy
    }

    /// Every known key, in no particular order.
    public var keys: [String] { (0..<entries.count).map { SourceText.string(from: entries.key(at: $0)) } }

    // MARK: Parsing

    /// Calls `body` with each non-blank, non-comment line's UTF-8 bytes (a trailing `\r` removed).
    private static func forEachLine(of text: String, _ body: (Substring.UTF8View) -> Void) {
        let whole = Substring(text).utf8
        for line in whole.split(separator: 0x0A, omittingEmptySubsequences: true) {
            var line = line
            if line.last == 0x0D { line = line.dropLast() }
            guard let first = line.first, first != 0x23 else { continue }  // #
            body(line)
        }
    }

    private static func parseCount(_ digits: Substring.UTF8View.SubSequence) -> Int? {
        var value = 0
        var any = false
        for byte in digits {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value &* 10 &+ Int(byte - 0x30)
            any = true
        }
        return any ? value : nil
    }
}
