/// A word-level trie of phrases, built once and then read-only, in flat arrays (like Hummingbird's
/// `RouterTrie`): words are interned to integer ids, so a token costs one hash probe and the walk
/// after it compares integers.
///
/// Every token of every document tries the root, so the root's children are a dense array indexed by
/// word id (one load). Deeper nodes have few children: their edges are a sorted slice of one shared
/// edge array (compressed-sparse-row), searched linearly when short and by halves when long. No
/// per-node objects or dictionaries: the trie is five arrays and its vocabulary.
struct PhraseTrie: Sendable {
    /// Every word that occurs in some phrase, by matching-level scalars.
    let vocabulary: Vocabulary
    /// Root's child for each word id, or -1.
    private let rootChildren: [Int32]
    /// Node `n`'s edges are `edgeWords[edgeStarts[n]..<edgeStarts[n + 1]]`, sorted, with their
    /// targets at the same indices of `edgeTargets`.
    private let edgeStarts: [Int32]
    private let edgeWords: [Int32]
    private let edgeTargets: [Int32]
    /// Node `n`'s payloads are `payloadStarts[n]..<payloadStarts[n + 1]` of the owner's value array.
    private let payloadStarts: [Int32]

    static let root: Int32 = 0

    /// The node reached from `node` by `word`, or -1.
    @inline(__always)
    func child(of node: Int32, word: Int32) -> Int32 {
        if node == Self.root { return rootChildren[Int(word)] }
        var low = Int(edgeStarts[Int(node)])
        var high = Int(edgeStarts[Int(node) + 1])
        while high - low > 8 {
            let middle = (low + high) / 2
            if edgeWords[middle] < word { low = middle + 1 } else { high = middle }
        }
        while low < high {
            if edgeWords[low] == word { return edgeTargets[low] }
            low += 1
        }
        return -1
    }

    /// Indices into the owner's value array of the phrases that end at `node`.
    @inline(__always)
    func payloads(of node: Int32) -> Range<Int> {
        Int(payloadStarts[Int(node)])..<Int(payloadStarts[Int(node) + 1])
    }

    /// Builds the trie from phrases given as matching keys. Returns it with the order in which the
    /// phrases' indices must lay out their values (grouped by end node, input order within a node).
    static func build(_ phrases: [[String]]) -> (trie: PhraseTrie, payloadOrder: [Int]) {
        var vocabulary = Vocabulary()
        var children: [[Int32: Int32]] = [[:]]
        var endings: [[Int]] = [[]]
        for (index, words) in phrases.enumerated() where !words.isEmpty {
            var node = 0
            for word in words {
                let id = vocabulary.intern(word.unicodeScalars)
                if let next = children[node][id] {
                    node = Int(next)
                } else {
                    children[node][id] = Int32(children.count)
                    node = children.count
                    children.append([:])
                    endings.append([])
                }
            }
            endings[node].append(index)
        }

        var rootChildren = [Int32](repeating: -1, count: vocabulary.count)
        for (word, target) in children[0] { rootChildren[Int(word)] = target }
        var edgeStarts: [Int32] = [0]
        var edgeWords: [Int32] = []
        var edgeTargets: [Int32] = []
        var payloadStarts: [Int32] = [0]
        var payloadOrder: [Int] = []
        edgeStarts.reserveCapacity(children.count + 1)
        payloadStarts.reserveCapacity(children.count + 1)
        for node in children.indices {
            if node != 0 {
                for (word, target) in children[node].sorted(by: { $0.key < $1.key }) {
                    edgeWords.append(word)
                    edgeTargets.append(target)
                }
            }
            edgeStarts.append(Int32(edgeWords.count))
            payloadOrder.append(contentsOf: endings[node])
            payloadStarts.append(Int32(payloadOrder.count))
        }
        let trie = PhraseTrie(vocabulary: vocabulary, rootChildren: rootChildren, edgeStarts: edgeStarts,
                              edgeWords: edgeWords, edgeTargets: edgeTargets, payloadStarts: payloadStarts)
        return (trie, payloadOrder)
    }
}

// MARK: Walks

extension PhraseTrie {
    /// A phrase found: the token range, the node it ends at, and the first token's skip.
    struct Match {
        let tokens: Range<Int>
        let node: Int32
        let skip: Int
    }

    /// Leftmost-longest, non-overlapping; the token's own word wins a tie with an alternative.
    func longestMatches(words: [Int32], alternatives: ((Int) -> [KeyAlternative])?) -> [Match] {
        var matches: [Match] = []
        var index = 0
        while index < words.count {
            var best = longest(from: index, firstWord: words[index], in: words).map { Match(tokens: index..<$0.end, node: $0.node, skip: 0) }
            if let alternatives {
                for alternative in alternatives(index) {
                    if let found = longest(from: index, firstWord: vocabulary.id(ofKey: alternative.key), in: words),
                       found.end > best?.tokens.upperBound ?? index {
                        best = Match(tokens: index..<found.end, node: found.node, skip: alternative.skip)
                    }
                }
            }
            if let best {
                matches.append(best)
                index = best.tokens.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }

    /// Every match, by start, then end, then the token's own word before its alternatives.
    func allMatches(words: [Int32], alternatives: ((Int) -> [KeyAlternative])?) -> [Match] {
        var matches: [Match] = []
        for index in words.indices {
            let first = matches.count
            collect(from: index, firstWord: words[index], skip: 0, in: words, into: &matches)
            guard let alternatives else { continue }
            let extra = alternatives(index)
            guard !extra.isEmpty else { continue }
            for alternative in extra {
                collect(from: index, firstWord: vocabulary.id(ofKey: alternative.key), skip: alternative.skip,
                        in: words, into: &matches)
            }
            if matches.count - first > 1 {
                // Stable: insertion order breaks ties between keys.
                let sorted = matches[first...].enumerated()
                    .sorted { ($0.element.tokens.upperBound, $0.offset) < ($1.element.tokens.upperBound, $1.offset) }
                    .map(\.element)
                matches.replaceSubrange(first..., with: sorted)
            }
        }
        return matches
    }

    /// The longest phrase starting at `start` whose first word is `firstWord`.
    @inline(__always)
    private func longest(from start: Int, firstWord: Int32, in words: [Int32]) -> (end: Int, node: Int32)? {
        guard firstWord >= 0 else { return nil }
        var node = child(of: Self.root, word: firstWord)
        var index = start + 1
        var found: (end: Int, node: Int32)?
        while node >= 0 {
            if !payloads(of: node).isEmpty { found = (index, node) }
            guard index < words.count, words[index] >= 0 else { break }
            node = child(of: node, word: words[index])
            index += 1
        }
        return found
    }

    private func collect(from start: Int, firstWord: Int32, skip: Int, in words: [Int32], into matches: inout [Match]) {
        guard firstWord >= 0 else { return }
        var node = child(of: Self.root, word: firstWord)
        var index = start + 1
        while node >= 0 {
            if !payloads(of: node).isEmpty { matches.append(Match(tokens: start..<index, node: node, skip: skip)) }
            guard index < words.count, words[index] >= 0 else { break }
            node = child(of: node, word: words[index])
            index += 1
        }
    }
}

// MARK: Vocabulary

extension PhraseTrie {
    /// Interned words: ids in a `ScalarKeyTable` (Swift's `String` hashing normalizes non-ASCII
    /// text on every lookup, several times the cost of hashing the scalars; keys here are already
    /// matching-level, so scalar-for-scalar equality is the right one). A word's id is its entry.
    struct Vocabulary: Sendable {
        private var table = ScalarKeyTable<Bool>()

        var count: Int { table.count }

        /// The id of a word given as matching-level scalars, or -1 when no phrase contains it.
        @inline(__always)
        func id<C: Collection>(of word: C) -> Int32 where C.Element == Unicode.Scalar {
            table.index(of: word).map { Int32(truncatingIfNeeded: $0) } ?? -1
        }

        /// The id of a matching key given as a String, or -1.
        @inline(__always)
        func id(ofKey key: String) -> Int32 { id(of: key.unicodeScalars) }

        /// The id of every token of a clean view, each folded to matching level into one reused
        /// buffer (no String per token), or -1 for words no phrase contains.
        func ids(of tokens: [Token], in view: NormalizedView) -> [Int32] {
            var key: [Unicode.Scalar] = []
            key.reserveCapacity(32)
            return view.scalars.withUnsafeBufferPointer { text in
                tokens.map { token in
                    key.removeAll(keepingCapacity: true)
                    ArabicNormalizer.appendMatchingForm(of: text[token.normalized], to: &key)
                    return id(of: key)
                }
            }
        }

        /// The id of a word, adding it if new.
        mutating func intern<C: Collection>(_ word: C) -> Int32 where C.Element == Unicode.Scalar {
            let known = id(of: word)
            if known >= 0 { return known }
            table.set(word, to: true)
            return Int32(truncatingIfNeeded: table.count - 1)
        }
    }
}
