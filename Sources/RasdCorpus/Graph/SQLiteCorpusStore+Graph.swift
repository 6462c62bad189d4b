extension SQLiteCorpusStore {
    /// The entity graph (`EntityGraph.build`): the whole corpus, or the neighbourhood of `entity`
    /// within `depth` hops; each edge seen in at least `minimumWeight` documents.
    ///
    /// ```swift
    /// let around = try store.graph(entity: "sergey-lavrov")            // Lavrov and his neighbours
    /// let strong = try store.graph(minimumWeight: 20)                  // the corpus's strong ties
    /// ```
    public func graph(entity: String? = nil, depth: Int = 1, minimumWeight: Int = 1) throws -> EntityGraph {
        try scan { db in
            try EntityGraph.build(entity: entity, depth: depth, minimumWeight: minimumWeight, from: SQLiteGraphRecords(db: db))
        }
    }
}
