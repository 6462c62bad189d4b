import Hummingbird
import RasdCorpus

extension CorpusAPI {
    /// `GET /api/search?q=&entity=&type=&outlet=&from=&to=&page=&per_page=`: ranked documents
    /// with highlighted snippets; with no `q`, the filtered documents (or all), newest first.
    func search(_ request: Request) throws -> Response {
        let query = try QueryParameters(request)
        let paging = try Paging(query)
        let text = query.string("q") ?? ""
        let filters = (entity: query.string("entity"), type: query.string("type"), outlet: query.string("outlet"),
                       from: try query.datePrefix("from"), to: try query.datePrefix("to"))
        var search = SearchRequest(query: text, entity: filters.entity, eventType: filters.type, outlet: filters.outlet,
                                   from: filters.from, to: filters.to, limit: paging.size, offset: paging.offset)
        search.countAll = true
        let results: SearchResults
        do {
            results = try store.search(search)
        } catch let error as SearchError {
            throw APIError.badRequest("\(error)")
        }
        return JSONBody.response(SearchPage(query: results.query, terms: results.terms, page: paging.page, perPage: paging.size,
                                            total: results.total ?? results.hits.count, hits: results.hits))
    }
}

/// One page of search results: `{"query", "terms", "page", "per_page", "total", "hits"}`.
struct SearchPage: Encodable {
    var query: String
    var terms: [String]
    var page: Int
    var perPage: Int
    var total: Int
    var hits: [SearchHit]

    private enum CodingKeys: String, CodingKey {
        case query, terms, page, total, hits
        case perPage = "per_page"
    }
}
