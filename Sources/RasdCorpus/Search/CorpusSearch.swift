import RasdText

/// A search over any store's records (`SearchIndexRecords`): full-text with the Arabic analyzer
/// (`SearchAnalyzer`), BM25 ranking, phrases, exclusions and filters; a query with no words lists
/// the filtered documents, newest first.
public enum CorpusSearch {
    /// Answers `request` from `records`; `cache` keeps hot postings lists between searches.
    public static func run(_ request: SearchRequest, records: some SearchIndexRecords, cache: PostingsCache?) throws -> SearchResults {
        let query = try parse(request.query)
        for date in [request.from, request.to].compactMap({ $0 }) where !isDatePrefix(date) { throw SearchError.badDate(date) }
        guard (1...SearchRequest.maximumLimit).contains(request.limit) else { throw SearchError.badLimit(request.limit) }
        let offset = max(0, request.offset)
        let filter = try DocumentFilter(request, records: records)
        var ranked: [(score: Double, document: Int64)]
        var total: Int?
        if query.isEmpty {
            let allowed = filter?.documents
            total = try allowed?.count ?? records.documentCount()
            ranked = try newest(allowed, limit: request.limit, offset: offset, records: records).map { (0, $0) }
        } else {
            let engine = SearchEngine(query: query, filter: filter, capacity: offset + request.limit, countAll: request.countAll,
                                      cache: cache)
            let outcome = try engine.run(records: records)
            ranked = Array(outcome.ranked.dropFirst(offset))
            total = outcome.total
        }
        let maker = SnippetMaker(terms: Set(query.scoringTerms), analyzer: .standard)
        let hits = try hits(ranked, snippets: request.snippets ? maker : nil, records: records)
        return SearchResults(query: request.query, terms: query.scoringTerms, total: total, hits: hits)
    }

    static func parse(_ text: String) throws -> SearchQuery {
        do { return try SearchQuery(text) } catch let error as SearchQuery.ParseError { throw SearchError.query(error) }
    }

    /// `2023`, `2023-10` or `2023-10-19`: the dates the filters take.
    public static func isDatePrefix(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return false }
        return zip(parts, widths).allSatisfy { part, width in part.count == width && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) }
    }

    private static func newest(_ allowed: [Int64]?, limit: Int, offset: Int, records: some SearchIndexRecords) throws -> [Int64] {
        guard let allowed else { return try records.newestDocuments(limit: limit, offset: offset) }
        guard !allowed.isEmpty else { return [] }
        let published = try records.published(allowed)
        let sorted = allowed.map { (id: $0, published: published[$0] ?? "") }
            .sorted { ($0.published, $0.id) > ($1.published, $1.id) }
        return sorted.dropFirst(offset).prefix(limit).map(\.id)
    }

    /// The ranked documents' hits (a page is at most `SearchRequest.maximumLimit`), in rank order.
    private static func hits(_ ranked: [(score: Double, document: Int64)], snippets maker: SnippetMaker?,
                             records: some SearchIndexRecords) throws -> [SearchHit] {
        guard !ranked.isEmpty else { return [] }
        let fields = try records.hitFields(ranked.map(\.document), text: maker != nil)
        return ranked.map { item in
            guard let found = fields[item.document] else {
                return SearchHit(row: item.document, document: "", title: nil, outlet: nil, published: nil, url: nil,
                                 score: item.score, snippet: nil)
            }
            var hit = SearchHit(row: item.document, document: found.document, title: found.title, outlet: found.outlet,
                                published: found.published, url: found.url, score: item.score, snippet: nil)
            if let maker, let text = found.text {
                hit.snippet = maker.snippet(of: text, field: "text")
                    ?? hit.title.flatMap { maker.snippet(of: $0, field: "title") }
                    ?? maker.opening(of: text, field: "text")
            }
            return hit
        }
    }
}
