/// Finds gazetteer and lexicon phrases in a run of tokens, word by word at matching level, so that
/// `كوريا الشمالية` also finds `كوريا الشماليّة` and `الأمم المتحدة` finds `الامم المتحده`.
///
///     let matcher = PhraseMatcher([(phrase: "كوريا الشمالية", value: "north-korea")])
///     let keys = ["زار", "كوريا", "الشماليّة"].map { ArabicNormalizer.matchingKey($0) }
///     matcher.longestMatches(in: keys)   // [tokens 1..<3, values ["north-korea"]]
///
/// Built once (a flat `PhraseTrie`), then shared read-only by every thread.
public struct PhraseMatcher<Value: Sendable>: Sendable {
    private let trie: PhraseTrie
    /// Values grouped by the trie node their phrase ends at, in input order within a node.
    private let values: [Value]

    /// Builds a matcher from phrases written as text: each is split at whitespace and each word
    /// keyed with `ArabicNormalizer.matchingKey`. A phrase may appear several times with different
    /// values (an ambiguous lexicon entry); phrases with no words are ignored.
    public init(_ entries: [(phrase: String, value: Value)]) {
        self.init(keyedEntries: entries.map { (keys: Self.keys(ofPhrase: $0.phrase), value: $0.value) })
    }

    /// Builds a matcher from phrases already split into matching keys (for callers that tokenize
    /// their lexicon with the document tokenizer, `U.S.` as several tokens for instance).
    public init(keyedEntries entries: [(keys: [String], value: Value)]) {
        let (trie, order) = PhraseTrie.build(entries.map(\.keys))
        self.trie = trie
        self.values = order.map { entries[$0].value }
    }

    /// Number of stored (phrase, value) entries (phrases with no words are not stored).
    public var count: Int { values.count }

    /// The matching keys of a phrase's words: `"الأُمَم المتّحدة"` → `["الامم", "المتحده"]`.
    public static func keys(ofPhrase phrase: String) -> [String] {
        var keys: [String] = []
        var word: [Unicode.Scalar] = []
        for scalar in phrase.unicodeScalars {
            if scalar.properties.isWhitespace {
                appendKey(of: word, to: &keys)
                word.removeAll(keepingCapacity: true)
            } else {
                word.append(scalar)
            }
        }
        appendKey(of: word, to: &keys)
        return keys
    }

    private static func appendKey(of word: [Unicode.Scalar], to keys: inout [String]) {
        guard !word.isEmpty else { return }
        let key = ArabicNormalizer.matchingKey(word)
        if !key.isEmpty { keys.append(key) }
    }
}

/// A phrase found in a run of token keys.
public struct PhraseMatch<Value: Sendable>: Sendable {
    /// Indices of the tokens the phrase covers.
    public let tokens: Range<Int>
    /// Every value stored for the phrase, in the order they were given.
    public let values: [Value]
    /// Raw scalars the match leaves out at the start of its first token: the length of a clitic
    /// stripped by a `KeyAlternative` (`و` of `وكوريا`), 0 when the token's own key matched.
    public let firstTokenSkip: Int

    public init(tokens: Range<Int>, values: [Value], firstTokenSkip: Int = 0) {
        self.tokens = tokens
        self.values = values
        self.firstTokenSkip = firstTokenSkip
    }

    /// The raw span of the match: from its first token's start (after the skip, never past that
    /// token's end) to its last token's end.
    public func span(in tokens: [Token]) -> TextSpan {
        let first = tokens[self.tokens.lowerBound].span
        return TextSpan(start: min(first.start + max(firstTokenSkip, 0), first.end),
                        end: tokens[self.tokens.upperBound - 1].span.end)
    }
}

extension PhraseMatch: Equatable where Value: Equatable {}

/// A phrase found in a document: the match with its raw span.
public struct PhraseOccurrence<Value: Sendable>: Sendable {
    /// Raw offsets of the phrase in the document text.
    public let span: TextSpan
    /// Indices of the tokens the phrase covers.
    public let tokens: Range<Int>
    /// Every value stored for the phrase, in the order they were given.
    public let values: [Value]

    public init(span: TextSpan, tokens: Range<Int>, values: [Value]) {
        self.span = span
        self.tokens = tokens
        self.values = values
    }
}

extension PhraseOccurrence: Equatable where Value: Equatable {}

/// Another key a token may match by when it starts a phrase: `وكوريا` may start `كوريا الشمالية`
/// as `KeyAlternative(key: "كوريا", skip: 1)`. The key is a matching key; `skip` counts raw scalars.
public struct KeyAlternative: Sendable, Hashable {
    public let key: String
    public let skip: Int

    public init(key: String, skip: Int) {
        self.key = key
        self.skip = skip
    }
}

// MARK: Matching

extension PhraseMatcher {
    /// Leftmost-longest, non-overlapping matches over token keys (`ArabicNormalizer.matchingKey`
    /// of each token). At each start the longest phrase wins; the token's own key wins a tie with an
    /// alternative. `alternatives(i)` gives token `i`'s other keys as the first word of a phrase.
    public func longestMatches(in keys: [String],
                               alternatives: ((Int) -> [KeyAlternative])? = nil) -> [PhraseMatch<Value>] {
        longestMatches(words: keys.map(wordID), alternatives: alternatives)
    }

    /// Every match over token keys, overlapping ones included, ordered by start then end (then the
    /// token's own key before its alternatives).
    public func allMatches(in keys: [String],
                           alternatives: ((Int) -> [KeyAlternative])? = nil) -> [PhraseMatch<Value>] {
        allMatches(words: keys.map(wordID), alternatives: alternatives)
    }

    @inline(__always)
    private func wordID(_ key: String) -> Int32 { trie.vocabulary.id(ofKey: key) }

    // The walks are the trie's (not generic, so fast from any module); values join the few matches.

    private func longestMatches(words: [Int32], alternatives: ((Int) -> [KeyAlternative])?) -> [PhraseMatch<Value>] {
        trie.longestMatches(words: words, alternatives: alternatives).map(match)
    }

    private func allMatches(words: [Int32], alternatives: ((Int) -> [KeyAlternative])?) -> [PhraseMatch<Value>] {
        trie.allMatches(words: words, alternatives: alternatives).map(match)
    }

    private func match(_ found: PhraseTrie.Match) -> PhraseMatch<Value> {
        PhraseMatch(tokens: found.tokens, values: values(of: found.node), firstTokenSkip: found.skip)
    }

    private func values(of node: Int32) -> [Value] { Array(values[trie.payloads(of: node)]) }
}

// MARK: Tokens

extension Array where Element == Token {
    /// The matching key of every token of a clean view, the keys `PhraseMatcher` takes (the token
    /// API below folds them itself, without building Strings).
    public func matchingKeys(in view: NormalizedView) -> [String] {
        map { ArabicNormalizer.matchingKey(view.scalars[$0.normalized]) }
    }
}

extension PhraseMatcher {
    /// `longestMatches(in:alternatives:)` over a document's tokens, with raw spans.
    public func longestMatches(in tokens: [Token], view: NormalizedView,
                               alternatives: ((Int) -> [KeyAlternative])? = nil) -> [PhraseOccurrence<Value>] {
        longestMatches(words: wordIDs(of: tokens, in: view), alternatives: alternatives)
            .map { PhraseOccurrence(span: $0.span(in: tokens), tokens: $0.tokens, values: $0.values) }
    }

    /// `allMatches(in:alternatives:)` over a document's tokens, with raw spans.
    public func allMatches(in tokens: [Token], view: NormalizedView,
                           alternatives: ((Int) -> [KeyAlternative])? = nil) -> [PhraseOccurrence<Value>] {
        allMatches(words: wordIDs(of: tokens, in: view), alternatives: alternatives)
            .map { PhraseOccurrence(span: $0.span(in: tokens), tokens: $0.tokens, values: $0.values) }
    }

    /// Each token's word id, folding its clean scalars to matching level into one reused buffer.
    private func wordIDs(of tokens: [Token], in view: NormalizedView) -> [Int32] {
        trie.vocabulary.ids(of: tokens, in: view)
    }
}
