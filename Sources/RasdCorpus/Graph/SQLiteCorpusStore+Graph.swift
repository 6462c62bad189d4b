import Foundation
import GRDB

extension SQLiteCorpusStore {
    /// The entity graph: nodes are entities, edges are events between participants, statements
    /// from a speaker about the entities it names, and co-mentions; each edge seen in at least
    /// `minimumWeight` documents.
    ///
    /// With `entity`, the graph is the neighbourhood of that entity: the entities at most `depth`
    /// hops away over such edges, and every edge between two of them. An entity the store does
    /// not know gives an empty graph. Without `entity`, the whole corpus: the entities at the ends
    /// of its edges.
    ///
    /// ```swift
    /// let around = try store.graph(entity: "sergey-lavrov")            // Lavrov and his neighbours
    /// let strong = try store.graph(minimumWeight: 20)                  // the corpus's strong ties
    /// ```
    public func graph(entity: String? = nil, depth: Int = 1, minimumWeight: Int = 1) throws -> EntityGraph {
        let minimum = max(1, minimumWeight)
        return try scan { db in
            var hops: [String: Int]?
            if let entity {
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM entities WHERE entity = ?)", arguments: [entity]) == true else {
                    return EntityGraph(entity: entity, depth: depth, minimumWeight: minimum, nodes: [], edges: [])
                }
                hops = try Self.neighbourhood(of: entity, depth: depth, minimumWeight: minimum, in: db)
            }
            let members = hops.map { $0.keys.sorted() }
            var gathered = GraphEdges()
            try CoMentions.gather(into: &gathered, among: members, minimumWeight: minimum, in: db)
            try EventRelations.gather(into: &gathered, touching: members, in: db)
            try StatementRelations.gather(into: &gathered, touching: members, in: db)
            let kept = gathered.edges(minimumWeight: minimum) { hops == nil || hops?[$0] != nil }

            let names = try Self.documentNames(Set(kept.values.flatMap(\.documents)), in: db)
            let edges = kept.map { key, evidence in
                EntityGraph.Edge(source: key.source, target: key.target, kind: key.kind, directed: GraphEdges.isDirected(key.kind),
                                 weight: evidence.weight, documents: evidence.documents.compactMap { names[$0] })
            }.sorted(by: Self.heavierFirst)

            var ends = Set<String>()
            for edge in edges { ends.insert(edge.source); ends.insert(edge.target) }
            let nodes = try Self.nodes(members ?? ends.sorted(), hops: hops, in: db)
            // Every edge's ends are nodes (an identifier the entities table lacks would be dropped).
            let known = Set(nodes.map(\.entity))
            return EntityGraph(entity: entity, depth: entity == nil ? nil : depth, minimumWeight: minimum, nodes: nodes,
                               edges: edges.filter { known.contains($0.source) && known.contains($0.target) })
        }
    }

    /// Heaviest first; then by kind, source and target.
    private static func heavierFirst(_ a: EntityGraph.Edge, _ b: EntityGraph.Edge) -> Bool {
        if a.weight != b.weight { return a.weight > b.weight }
        if a.kind != b.kind { return a.kind < b.kind }
        if a.source != b.source { return a.source < b.source }
        return a.target < b.target
    }

    /// The entities within `depth` hops of `center`, with their distance from it.
    private static func neighbourhood(of center: String, depth: Int, minimumWeight: Int, in db: Database) throws -> [String: Int] {
        var hops = [center: 0]
        var frontier = [center]
        var level = 0
        while level < depth, !frontier.isEmpty {
            level += 1
            var next = try CoMentions.neighbours(of: frontier, minimumWeight: minimumWeight, in: db)
            var explicit = GraphEdges()
            try EventRelations.gather(into: &explicit, touching: frontier, in: db)
            try StatementRelations.gather(into: &explicit, touching: frontier, in: db)
            for key in explicit.edges(minimumWeight: minimumWeight).keys {
                next.insert(key.source)
                next.insert(key.target)
            }
            frontier = next.filter { hops[$0] == nil }.sorted()
            for entity in frontier { hops[entity] = level }
        }
        return hops
    }

    /// The documents' input ids by row id.
    private static func documentNames(_ rows: Set<Int64>, in db: Database) throws -> [Int64: String] {
        guard !rows.isEmpty else { return [:] }
        let json = String(decoding: try JSONEncoder().encode(rows.sorted()), as: UTF8.self)
        var names: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, document FROM documents WHERE id IN (SELECT value FROM json_each(?))",
                                    arguments: [json]) {
            names[row["id"]] = row["document"]
        }
        return names
    }

    /// The nodes for these entities: nearest the center first, then most documents first.
    private static func nodes(_ entities: [String], hops: [String: Int]?, in db: Database) throws -> [EntityGraph.Node] {
        guard !entities.isEmpty else { return [] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT entity, type, canonical, canonical_ar, mentions, documents FROM entities
            WHERE entity IN (SELECT value FROM json_each(?))
            """, arguments: [StoredJSON.array(entities)])
        return rows.map { row in
            let id: String = row["entity"]
            return EntityGraph.Node(entity: id, type: row["type"], canonical: row["canonical"], canonicalAr: row["canonical_ar"],
                                    mentions: row["mentions"], documents: row["documents"], hops: hops?[id])
        }.sorted { ($0.hops ?? 0, $1.documents, $0.entity) < ($1.hops ?? 0, $0.documents, $1.entity) }
    }
}
