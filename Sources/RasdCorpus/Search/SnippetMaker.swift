import RasdText

/// Cuts the passage of a text that holds the most distinct query terms within `width` words, and
/// marks every matched word in it: the snippet under a search result.
struct SnippetMaker {
    static let width = 30

    /// The query's terms; a match is known by its place in this list (at most 32, as a query).
    let terms: [[Unicode.Scalar]]
    let analyzer: SearchAnalyzer
    /// A word holding none of these letters cannot stem to a query term, so it is not stemmed:
    /// that is most of a document's words, and stemming was most of a snippet's cost. A handful
    /// of letters, so a list is quicker than a set.
    let initials: [Unicode.Scalar]

    init(terms: Set<String>, analyzer: SearchAnalyzer) {
        self.terms = terms.sorted().map { Array($0.unicodeScalars) }
        self.analyzer = analyzer
        var initials: [Unicode.Scalar] = []
        for term in self.terms {
            for letter in analyzer.stemmer.initials(ofWordsStemmingTo: term) where !initials.contains(letter) { initials.append(letter) }
        }
        self.initials = initials
    }

    /// The best passage of `text`, or nil when no term of the query is in it.
    func snippet(of text: String, field: String) -> Snippet? {
        var words: [Range<Int>] = []
        var matches: [(word: Int, term: UInt64)] = []
        analyzer.forEachWordScalars(in: text) { word, isArabic, span in
            if word.contains(where: { initials.contains($0) }) {
                let term = isArabic ? analyzer.stemmer.stem(scalars: word) : word
                if let index = terms.firstIndex(of: term) { matches.append((words.count, 1 << UInt64(index))) }
            }
            words.append(span)
        }
        guard !matches.isEmpty else { return nil }
        // The window [first, first + width) with the most distinct terms, then the most matches.
        var best = (distinct: 0, count: 0, first: 0)
        var low = 0
        for high in matches.indices {
            while matches[high].word - matches[low].word >= Self.width { low += 1 }
            var seen: UInt64 = 0
            for match in matches[low...high] { seen |= match.term }
            let candidate = (distinct: seen.nonzeroBitCount, count: high - low + 1, first: matches[low].word)
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
        let start = first == 0 ? 0 : words[first].lowerBound
        // The passage runs to the text's end when its last word is the text's last and fewer than
        // `width` words were read; else to its last word's end.
        let toTheEnd = last == words.count - 1 && words.count < Self.width
        var output = String.UnicodeScalarView()
        let lead = start > 0 ? "… " : ""
        output.append(contentsOf: lead.unicodeScalars)
        var offset = 0, end = start, more = false
        // One walk over the scalars up to the passage's end, not a copy of the whole text.
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            if offset < start { continue }
            if !toTheEnd && offset >= words[last].upperBound { more = true; break }
            output.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
            end = offset + 1
        }
        if toTheEnd { end = max(end, start) }
        if more { output.append(contentsOf: " …".unicodeScalars) }
        let shift = lead.unicodeScalars.count - start
        let highlights = matches.map { [words[$0].lowerBound + shift, words[$0].upperBound + shift] }
        return Snippet(text: String(output), highlights: highlights, start: start, end: end, field: field)
    }
}
