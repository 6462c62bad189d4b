/// `co-mention` edges: two entities named in the same document, weighted by the number of such
/// documents (counted by the store, `GraphRecords.coMentions`).
enum CoMentions {
    /// The co-mentions between the `members` (every entity when nil) seen in at least
    /// `minimumWeight` documents.
    static func gather(into edges: inout GraphEdges, among members: [String]?, minimumWeight: Int, from records: some GraphRecords) throws {
        try records.coMentions(among: members, minimumWeight: minimumWeight) { row in
            edges.add(GraphEdges.Key(source: min(row.first, row.second), target: max(row.first, row.second), kind: EntityGraph.Kind.coMention),
                      weight: row.weight, documents: row.documents)
        }
    }
}
