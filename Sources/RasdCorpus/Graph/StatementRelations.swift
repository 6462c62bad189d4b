import Foundation
import GRDB

/// Edges from statements: a statement whose speaker is a known entity gives an edge from the
/// speaker to each other entity mentioned inside its content — `denies` when the statement
/// denies, `says-about` otherwise.
enum StatementRelations {
    /// The statement edges with at least one end in `touching` (all of them when nil).
    static func gather(into edges: inout GraphEdges, touching: [String]?, in db: Database) throws {
        // Around entities, only the statements of the documents that name one of them, or whose
        // speaker is one: a test per statement, not per (statement, mention) pair.
        let filter = touching == nil ? "" : """
            AND (a.document IN (SELECT document FROM mentions WHERE entity IN (SELECT value FROM json_each(?1)))
                 OR a.speaker_entity IN (SELECT value FROM json_each(?1)))
            """
        let touched = touching.map(Set.init)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.document, a.speaker_entity, a.stance, m.entity
            FROM attributions a JOIN mentions m
              ON m.document = a.document AND m.start >= a.content_start AND m."end" <= a.content_end
            WHERE a.speaker_entity IS NOT NULL AND m.entity != a.speaker_entity \(filter)
            """, arguments: touching.map { StatementArguments([StoredJSON.array($0)]) } ?? StatementArguments())
        while let row = try rows.next() {
            let speaker: String = row["speaker_entity"], named: String = row["entity"]
            if let touched, !touched.contains(speaker), !touched.contains(named) { continue }
            let kind = (row["stance"] as String?) == "deny" ? EntityGraph.Kind.denies : EntityGraph.Kind.saysAbout
            edges.add(speaker, named, kind: kind, directed: true, document: row["document"])
        }
    }
}
