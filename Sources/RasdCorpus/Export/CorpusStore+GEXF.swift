extension CorpusStore {
    /// Writes the entity graph (`graph(entity:depth:minimumWeight:)`) as GEXF 1.3 (`GEXFWriter`).
    /// Returns the graph written.
    @discardableResult
    public func exportGEXF(entity: String? = nil, depth: Int = 1, minimumWeight: Int = 1, to stream: ExportStream) throws -> EntityGraph {
        let graph = try graph(entity: entity, depth: depth, minimumWeight: minimumWeight)
        try GEXFWriter.write(graph, to: stream)
        return graph
    }
}
