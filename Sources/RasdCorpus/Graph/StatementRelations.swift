/// Edges from statements: a statement whose speaker is a known entity gives an edge from the
/// speaker to each other entity mentioned inside its content — `denies` when the statement
/// denies, `says-about` otherwise.
enum StatementRelations {
    /// The statement edges with at least one end in `touching` (all of them when nil).
    static func gather(into edges: inout GraphEdges, touching: [String]?, from records: some GraphRecords) throws {
        let touched = touching.map(Set.init)
        try records.statementMentions(touching: touching) { row in
            if let touched, !touched.contains(row.speaker), !touched.contains(row.entity) { return }
            let kind = row.stance == "deny" ? EntityGraph.Kind.denies : EntityGraph.Kind.saysAbout
            edges.add(row.speaker, row.entity, kind: kind, directed: true, document: row.document)
        }
    }
}
