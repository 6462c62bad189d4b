/// Edges being gathered: each (source, target, kind) with the store rows of the documents that
/// show it. Co-mentions arrive counted by SQL with their documents; events and statements arrive
/// one row at a time.
struct GraphEdges {
    struct Key: Hashable {
        var source: String
        var target: String
        var kind: String
    }

    struct Evidence {
        var weight: Int
        /// Document row ids, ascending, at most `EntityGraph.documentsPerEdge`.
        var documents: [Int64]
    }

    private(set) var edges: [Key: Evidence] = [:]
    /// Documents of the edges that arrive one row at a time.
    private var seen: [Key: Set<Int64>] = [:]

    /// An undirected relation (kept with the smaller identifier first), or a directed one.
    mutating func add(_ first: String, _ second: String, kind: String, directed: Bool, document: Int64) {
        guard first != second else { return }
        let key = directed || first < second ? Key(source: first, target: second, kind: kind)
                                             : Key(source: second, target: first, kind: kind)
        seen[key, default: []].insert(document)
    }

    /// A relation counted already (`weight` documents, some of them in `documents`).
    mutating func add(_ key: Key, weight: Int, documents: [Int64]) {
        edges[key] = Evidence(weight: weight, documents: Array(documents.sorted().prefix(EntityGraph.documentsPerEdge)))
    }

    /// Every edge seen in at least `minimumWeight` documents whose ends both pass `keep`.
    func edges(minimumWeight: Int, keeping keep: (String) -> Bool = { _ in true }) -> [Key: Evidence] {
        var kept = edges.filter { $0.value.weight >= minimumWeight && keep($0.key.source) && keep($0.key.target) }
        for (key, documents) in seen where documents.count >= minimumWeight && keep(key.source) && keep(key.target) {
            kept[key] = Evidence(weight: documents.count, documents: Array(documents.sorted().prefix(EntityGraph.documentsPerEdge)))
        }
        return kept
    }

    /// Whether an edge of this kind has a direction.
    static func isDirected(_ kind: String) -> Bool {
        kind == EntityGraph.Kind.saysAbout || kind == EntityGraph.Kind.denies
            || kind == EntityGraph.Kind.supports || kind == EntityGraph.Kind.accuses
    }
}
