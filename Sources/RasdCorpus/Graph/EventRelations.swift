/// Edges from events: every two participants of a `meeting`, `visit`, `agreement`, `transfer`,
/// `deployment` (any event type but `statement`, whose only participant is its speaker) are
/// joined by an edge of that kind. Undirected: the participants' order is the text's, not who
/// gave what to whom. A `support` or `accusation` event, whose participants are [who, whom], is
/// one directed edge `supports` or `accuses`.
enum EventRelations {
    /// The event edges with at least one end in `touching` (all of them when nil).
    static func gather(into edges: inout GraphEdges, touching: [String]?, from records: some GraphRecords) throws {
        let touched = touching.map(Set.init)
        try records.events(touching: touching) { row in
            let participants = StoredJSON.strings(row.participants)
            guard participants.count >= 2 else { return }
            if let directed = EntityGraph.Kind.directedEventKinds[row.type] {
                let (source, target) = (participants[0], participants[1])
                if let touched, !touched.contains(source), !touched.contains(target) { return }
                edges.add(source, target, kind: directed, directed: true, document: row.document)
                return
            }
            for (index, first) in participants.enumerated() {
                for second in participants[(index + 1)...] {
                    if let touched, !touched.contains(first), !touched.contains(second) { continue }
                    edges.add(first, second, kind: row.type, directed: false, document: row.document)
                }
            }
        }
    }
}
