import RasdText

/// Cuts the passage of a text that holds the most distinct query terms within `width` words, and
/// marks every matched word in it: the snippet under a search result.
struct SnippetMaker {
    static let width = 30

    let terms: Set<[Unicode.Scalar]>
    let analyzer: SearchAnalyzer
    /// A word holding none of these letters cannot stem to a query term, so it is not stemmed:
    /// that is most of a document's words, and stemming was most of a snippet's cost.
    let initials: Set<Unicode.Scalar>

    init(terms: Set<String>, analyzer: SearchAnalyzer) {
        self.terms = Set(terms.map { Array($0.unicodeScalars) })
        self.analyzer = analyzer
        initials = Set(self.terms.flatMap { analyzer.stemmer.initials(ofWordsStemmingTo: $0) })
    }

    /// The best passage of `text`, or nil when no term of the query is in it.
    func snippet(of text: String, field: String) -> Snippet? {
        var words: [Range<Int>] = []
        var matches: [(word: Int, term: [Unicode.Scalar])] = []
        analyzer.forEachWordScalars(in: text) { word, isArabic, span in
            if word.contains(where: initials.contains) {
                let term = isArabic ? analyzer.stemmer.stem(scalars: word) : word
                if terms.contains(term) { matches.append((words.count, term)) }
            }
            words.append(span)
        }
        guard !matches.isEmpty else { return nil }
        // The window [first, first + width) with the most distinct terms, then the most matches.
        var best = (distinct: 0, count: 0, first: 0)
        var low = 0
        for high in matches.indices {
            while matches[high].word - matches[low].word >= Self.width { low += 1 }
            let window = matches[low...high]
            let candidate = (distinct: Set(window.map(\.term)).count, count: window.count, first: matches[low].word)
            if candidate.distinct > best.distinct || (candidate.distinct == best.distinct && candidate.count > best.count) {
                best = candidate
            }
        }
        // Centre the matches: start a few words before the first.
        let first = max(0, min(best.first - 5, words.count - Self.width))
        let last = min(words.count, first + Self.width) - 1
        return passage(of: text, words: words, first: first, last: last,
                       matches: matches.map(\.word).filter { $0 >= first && $0 <= last }, field: field)
    }

    /// The opening words of `text`, unmarked: the snippet of a document no term is in (a filter-only search).
    func opening(of text: String, field: String) -> Snippet? {
        var words: [Range<Int>] = []
        analyzer.forEachWordScalars(in: text) { _, _, span in if words.count < Self.width { words.append(span) } }
        guard !words.isEmpty else { return nil }
        return passage(of: text, words: words, first: 0, last: words.count - 1, matches: [], field: field)
    }

    private func passage(of text: String, words: [Range<Int>], first: Int, last: Int, matches: [Int], field: String) -> Snippet {
        let scalars = Array(text.unicodeScalars)
        let start = first == 0 ? 0 : words[first].lowerBound
        let end = last == words.count - 1 && words.count < Self.width ? scalars.count : words[last].upperBound
        var output = String.UnicodeScalarView()
        let lead = start > 0 ? "… " : ""
        output.append(contentsOf: lead.unicodeScalars)
        let shift = lead.unicodeScalars.count - start
        for scalar in scalars[start..<end] {
            output.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
        }
        if end < scalars.count { output.append(contentsOf: " …".unicodeScalars) }
        let highlights = matches.map { [words[$0].lowerBound + shift, words[$0].upperBound + shift] }
        return Snippet(text: String(output), highlights: highlights, start: start, end: end, field: field)
    }
}
