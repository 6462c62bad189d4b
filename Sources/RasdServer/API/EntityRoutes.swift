import Hummingbird
import RasdCorpus

extension CorpusAPI {
    /// `GET /api/entities?type=&q=&page=&per_page=`: entities across the corpus, most documents first.
    func entities(_ request: Request) throws -> Response {
        let query = try QueryParameters(request)
        let paging = try Paging(query)
        let type = query.string("type")
        if let type, !["PER", "ORG", "GPE", "LOC", "MISC"].contains(type) {
            throw APIError.badRequest("type is one of PER ORG GPE LOC MISC, not \(type)")
        }
        let found = try store.entities(type: type, name: query.string("q"), limit: paging.size, offset: paging.offset)
        return JSONBody.response(Page(page: paging.page, perPage: paging.size, total: found.total, items: found.entities))
    }

    /// `GET /api/entities/{id}`: names, spellings, roles, documents, co-occurring entities and statements.
    func entity(_ context: BasicRequestContext) throws -> Response {
        let id = try Self.pathParameter("id", in: context)
        guard let profile = try store.entity(id, documentLimit: 20, coOccurringLimit: 20, statementLimit: 20) else {
            throw APIError.notFound("no entity \(id) in this store (GET /api/entities lists them)")
        }
        return JSONBody.response(profile)
    }
}
