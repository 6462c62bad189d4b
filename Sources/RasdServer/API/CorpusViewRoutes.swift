import Hummingbird
import RasdCorpus

extension CorpusAPI {
    /// `GET /api/timeline?entity=&from=&to=&page=&per_page=`: dated events and claims, oldest first.
    func timeline(_ request: Request) throws -> Response {
        let query = try QueryParameters(request)
        let paging = try Paging(query)
        let entity = query.string("entity")
        if let entity { try requireEntity(entity) }
        let from = try query.datePrefix("from"), to = try query.datePrefix("to")
        let items = try store.timeline(entity: entity).filter { item in
            // Dates compare as text at the grain of the bound: 2023-10 holds 2023-10-19.
            if let from, item.date.prefix(from.count) < from { return false }
            if let to, item.date.prefix(to.count) > to { return false }
            return true
        }
        return JSONBody.response(paging.slice(items))
    }

    /// `GET /api/claims?entity=&page=&per_page=`: the claims ledger, one cluster per claim key.
    func claims(_ request: Request) throws -> Response {
        let query = try QueryParameters(request)
        let paging = try Paging(query)
        let entity = query.string("entity")
        if let entity { try requireEntity(entity) }
        return JSONBody.response(paging.slice(try store.claimLedger(entity: entity)))
    }

    /// `GET /api/graph?entity=&depth=&min_weight=&limit=`: entities and the relations between them,
    /// around one entity or across the corpus; the heaviest `limit` edges and their nodes.
    func graph(_ request: Request) throws -> Response {
        let query = try QueryParameters(request)
        let entity = query.string("entity")
        if let entity { try requireEntity(entity) }
        let depth = try query.integer("depth", default: 1, in: 0...3)
        let minimumWeight = try query.integer("min_weight", default: entity == nil ? 2 : 1, in: 1...1_000_000)
        let limit = try query.integer("limit", default: 200, in: 1...2_000)
        var graph = try store.graph(entity: entity, depth: depth, minimumWeight: minimumWeight)
        if graph.edges.count > limit {
            graph.edges = Array(graph.edges.prefix(limit))
            var kept = Set(graph.edges.flatMap { [$0.source, $0.target] })
            if let entity { kept.insert(entity) }
            graph.nodes = graph.nodes.filter { kept.contains($0.entity) }
        }
        return JSONBody.response(graph)
    }
}
