import RasdText

/// A search query as typed, read into analyzed terms: words are all required (AND), `"…"` is a
/// phrase (its words in order, next to each other), and `-word` or `-"…"` leaves out documents
/// that have it. Every word goes through the same `SearchAnalyzer` as the documents, so
/// `"بالقذائف الصاروخية"` is the phrase of terms `قذيف صاروخ`.
public struct SearchQuery: Sendable, Equatable {
    /// One required or excluded part: a word (one term) or a phrase (terms at consecutive positions).
    public struct Clause: Sendable, Equatable {
        /// The words' terms, in order (what a snippet marks).
        public var terms: [String]
        /// What the index is asked for: the terms, with adjacent pairs that hold a function word
        /// made pair terms (`SearchAnalyzer.phraseParts`), each at its offset in the phrase.
        public var parts: [Part]
        /// Whether the parts must be checked at consecutive positions.
        public var isPhrase: Bool { parts.count > 1 }

        public struct Part: Sendable, Equatable {
            public var term: String
            public var offset: Int
        }

        init(terms: [String], analyzer: SearchAnalyzer) {
            self.terms = terms
            parts = analyzer.phraseParts(terms).map { Part(term: $0.term, offset: $0.offset) }
        }
    }

    public static let maximumLength = 1_000
    public static let maximumTerms = 32

    public var required: [Clause] = []
    public var excluded: [Clause] = []

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case tooLong(Int)
        case tooManyTerms(Int)
        case onlyExclusions

        public var description: String {
            switch self {
            case .onlyExclusions:
                "the query only leaves words out; give at least one word to look for, or a filter with no words"
            case .tooLong(let count):
                "the query is \(count) characters long; at most \(SearchQuery.maximumLength) are read"
            case .tooManyTerms(let count):
                "the query has \(count) words; at most \(SearchQuery.maximumTerms) are read"
            }
        }
    }

    /// Reads `text`; words the analyzer finds nothing in (punctuation) are ignored.
    public init(_ text: String, analyzer: SearchAnalyzer = .standard) throws {
        let length = text.unicodeScalars.count
        guard length <= Self.maximumLength else { throw ParseError.tooLong(length) }
        // Indices walk the scalars; removing from a view of `text` would copy the rest each time.
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let first = scalars[index]
            if first == " " || first == "\t" || first == "\n" || first == "\u{3000}" { scalars.formIndex(after: &index); continue }
            var negated = false
            if first == "-" || first == "\u{2212}" {
                negated = true
                scalars.formIndex(after: &index)
            }
            let part: Substring.UnicodeScalarView
            if index < scalars.endIndex, scalars[index] == "\"" || scalars[index] == "\u{201C}" || scalars[index] == "\u{00AB}" {
                let start = scalars.index(after: index)
                let end = scalars[start...].firstIndex { $0 == "\"" || $0 == "\u{201D}" || $0 == "\u{00BB}" } ?? scalars.endIndex
                part = scalars[start..<end]
                index = end < scalars.endIndex ? scalars.index(after: end) : end
            } else {
                let end = scalars[index...].firstIndex { $0 == " " || $0 == "\t" || $0 == "\n" } ?? scalars.endIndex
                part = scalars[index..<end]
                index = end
            }
            let terms = analyzer.terms(in: String(Substring(part)))  // a copy of the bytes, not scalar by scalar
            guard !terms.isEmpty else { continue }
            let clause = Clause(terms: terms, analyzer: analyzer)
            if negated {
                if !excluded.contains(clause) { excluded.append(clause) }
            } else if !required.contains(clause) {
                required.append(clause)
            }
        }
        let termCount = (required + excluded).reduce(0) { $0 + $1.terms.count }
        guard termCount <= Self.maximumTerms else { throw ParseError.tooManyTerms(termCount) }
        guard !required.isEmpty || excluded.isEmpty else { throw ParseError.onlyExclusions }
    }

    /// The distinct word terms of the required clauses: the ones a snippet marks.
    public var scoringTerms: [String] {
        var seen: Set<String> = []
        return required.flatMap(\.terms).filter { seen.insert($0).inserted }
    }

    /// The distinct index terms of the required clauses (pair terms included): the ones that score.
    var indexTerms: [String] {
        var seen: Set<String> = []
        return required.flatMap { $0.parts.map(\.term) }.filter { seen.insert($0).inserted }
    }

    public var isEmpty: Bool { required.isEmpty }
}
