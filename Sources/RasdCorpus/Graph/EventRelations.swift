import Foundation
import GRDB

/// Edges from events: every two participants of a `meeting`, `visit`, `agreement`, `transfer`,
/// `deployment` (any event type but `statement`, whose only participant is its speaker) are
/// joined by an edge of that kind. Undirected: the participants' order is the text's, not who
/// gave what to whom. A `support` or `accusation` event, whose participants are [who, whom], is
/// one directed edge `supports` or `accuses`.
enum EventRelations {
    /// The event edges with at least one end in `touching` (all of them when nil).
    static func gather(into edges: inout GraphEdges, touching: [String]?, in db: Database) throws {
        let filter = touching == nil ? "" : """
            AND EXISTS (SELECT 1 FROM json_each(e.participants) p WHERE p.value IN (SELECT value FROM json_each(?1)))
            """
        let touched = touching.map(Set.init)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.document, e.type, e.participants FROM events e
            WHERE e.type != 'statement' AND json_array_length(e.participants) >= 2 \(filter)
            """, arguments: touching.map { StatementArguments([StoredJSON.array($0)]) } ?? StatementArguments())
        while let row = try rows.next() {
            let participants = StoredJSON.strings(row["participants"])
            let document: Int64 = row["document"], kind: String = row["type"]
            if let directed = EntityGraph.Kind.directedEventKinds[kind] {
                let (source, target) = (participants[0], participants[1])
                if let touched, !touched.contains(source), !touched.contains(target) { continue }
                edges.add(source, target, kind: directed, directed: true, document: document)
                continue
            }
            for (index, first) in participants.enumerated() {
                for second in participants[(index + 1)...] {
                    if let touched, !touched.contains(first), !touched.contains(second) { continue }
                    edges.add(first, second, kind: kind, directed: false, document: document)
                }
            }
        }
    }
}
