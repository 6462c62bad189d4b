extension EntityGraph {
    /// The entity graph from a store's records: nodes are entities, edges are events between
    /// participants, statements from a speaker about the entities it names, and co-mentions;
    /// each edge seen in at least `minimumWeight` documents.
    ///
    /// With `entity`, the graph is the neighbourhood of that entity: the entities at most `depth`
    /// hops away over such edges, and every edge between two of them. An entity the store does
    /// not know gives an empty graph. Without `entity`, the whole corpus: the entities at the ends
    /// of its edges.
    public static func build(entity: String?, depth: Int, minimumWeight: Int, from records: some GraphRecords) throws -> EntityGraph {
        let minimum = max(1, minimumWeight)
        var hops: [String: Int]?
        if let entity {
            guard try records.knows(entity) else {
                return EntityGraph(entity: entity, depth: depth, minimumWeight: minimum, nodes: [], edges: [])
            }
            hops = try neighbourhood(of: entity, depth: depth, minimumWeight: minimum, from: records)
        }
        let members = hops.map { $0.keys.sorted() }
        var gathered = GraphEdges()
        try CoMentions.gather(into: &gathered, among: members, minimumWeight: minimum, from: records)
        try EventRelations.gather(into: &gathered, touching: members, from: records)
        try StatementRelations.gather(into: &gathered, touching: members, from: records)
        let kept = gathered.edges(minimumWeight: minimum) { hops == nil || hops?[$0] != nil }

        let names = try records.documentNames(Set(kept.values.flatMap(\.documents)))
        let edges = kept.map { key, evidence in
            Edge(source: key.source, target: key.target, kind: key.kind, directed: GraphEdges.isDirected(key.kind),
                 weight: evidence.weight, documents: evidence.documents.compactMap { names[$0] })
        }.sorted(by: heavierFirst)

        var ends = Set<String>()
        for edge in edges { ends.insert(edge.source); ends.insert(edge.target) }
        let wanted = members ?? ends.sorted()
        // Nearest the center first, then most documents first.
        var nodes: [Node] = wanted.isEmpty ? [] : try records.nodes(wanted)
        for index in nodes.indices { nodes[index].hops = hops?[nodes[index].entity] }
        nodes.sort { ($0.hops ?? 0, $1.documents, $0.entity) < ($1.hops ?? 0, $0.documents, $1.entity) }
        // Every edge's ends are nodes (an identifier the entities table lacks would be dropped).
        let known = Set(nodes.map(\.entity))
        return EntityGraph(entity: entity, depth: entity == nil ? nil : depth, minimumWeight: minimum, nodes: nodes,
                           edges: edges.filter { known.contains($0.source) && known.contains($0.target) })
    }

    /// Heaviest first; then by kind, source and target.
    private static func heavierFirst(_ a: Edge, _ b: Edge) -> Bool {
        if a.weight != b.weight { return a.weight > b.weight }
        if a.kind != b.kind { return a.kind < b.kind }
        if a.source != b.source { return a.source < b.source }
        return a.target < b.target
    }

    /// The entities within `depth` hops of `center`, with their distance from it.
    private static func neighbourhood(of center: String, depth: Int, minimumWeight: Int, from records: some GraphRecords) throws -> [String: Int] {
        var hops = [center: 0]
        var frontier = [center]
        var level = 0
        while level < depth, !frontier.isEmpty {
            level += 1
            var next = try records.coMentioned(with: frontier, minimumWeight: minimumWeight)
            var explicit = GraphEdges()
            try EventRelations.gather(into: &explicit, touching: frontier, from: records)
            try StatementRelations.gather(into: &explicit, touching: frontier, from: records)
            for key in explicit.edges(minimumWeight: minimumWeight).keys {
                next.insert(key.source)
                next.insert(key.target)
            }
            frontier = next.filter { hops[$0] == nil }.sorted()
            for entity in frontier { hops[entity] = level }
        }
        return hops
    }
}
