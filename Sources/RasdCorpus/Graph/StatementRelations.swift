import Foundation
import GRDB

/// Edges from statements: a statement whose speaker is a known entity gives an edge from the
/// speaker to each other entity mentioned inside its content — `denies` when the statement
/// denies, `says-about` otherwise.
enum StatementRelations {
    /// The statement edges with at least one end in `touching` (all of them when nil).
    static func gather(into edges: inout GraphEdges, touching: [String]?, in db: Database) throws {
        let filter = touching == nil ? "" : """
            AND (a.speaker_entity IN (SELECT value FROM json_each(?1)) OR m.entity IN (SELECT value FROM json_each(?1)))
            """
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.document, a.speaker_entity, a.stance, m.entity
            FROM attributions a JOIN mentions m
              ON m.document = a.document AND m.start >= a.content_start AND m."end" <= a.content_end
            WHERE a.speaker_entity IS NOT NULL AND m.entity != a.speaker_entity \(filter)
            """, arguments: touching.map { StatementArguments([StoredJSON.array($0)]) } ?? StatementArguments())
        while let row = try rows.next() {
            let kind = (row["stance"] as String?) == "deny" ? EntityGraph.Kind.denies : EntityGraph.Kind.saysAbout
            edges.add(row["speaker_entity"], row["entity"], kind: kind, directed: true, document: row["document"])
        }
    }
}
