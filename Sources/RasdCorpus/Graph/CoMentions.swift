import Foundation
import GRDB

/// `co-mention` edges: two entities named in the same document, weighted by the number of such
/// documents. Counted in SQL over the distinct (document, entity) pairs of `mentions`, which the
/// index `mentions_entity_document` covers.
enum CoMentions {
    /// The co-mentions between the `members` (every entity when nil) seen in at least
    /// `minimumWeight` documents.
    static func gather(into edges: inout GraphEdges, among members: [String]?, minimumWeight: Int, in db: Database) throws {
        let pairs = members == nil
            ? "SELECT DISTINCT document, entity FROM mentions"
            : "SELECT DISTINCT document, entity FROM mentions WHERE entity IN (SELECT value FROM json_each(?2))"
        var arguments: StatementArguments = [minimumWeight]
        if let members { arguments += [StoredJSON.array(members)] }
        let rows = try Row.fetchCursor(db, sql: """
            WITH pairs AS (\(pairs))
            SELECT a.entity AS source, b.entity AS target, COUNT(*) AS weight, group_concat(a.document) AS documents
            FROM pairs a JOIN pairs b ON b.document = a.document AND a.entity < b.entity
            GROUP BY a.entity, b.entity HAVING COUNT(*) >= ?1
            """, arguments: arguments)
        while let row = try rows.next() {
            let documents = ((row["documents"] as String?) ?? "").split(separator: ",").compactMap { Int64($0) }
            edges.add(GraphEdges.Key(source: row["source"], target: row["target"], kind: EntityGraph.Kind.coMention),
                      weight: row["weight"], documents: documents)
        }
    }

    /// The entities named with one of `frontier` in at least `minimumWeight` documents.
    static func neighbours(of frontier: [String], minimumWeight: Int, in db: Database) throws -> Set<String> {
        let found = try String.fetchAll(db, sql: """
            WITH frontier AS (
                SELECT DISTINCT document, entity FROM mentions WHERE entity IN (SELECT value FROM json_each(?1)))
            SELECT m.entity FROM frontier f JOIN mentions m ON m.document = f.document AND m.entity != f.entity
            GROUP BY f.entity, m.entity HAVING COUNT(DISTINCT m.document) >= ?2
            """, arguments: [StoredJSON.array(frontier), minimumWeight])
        return Set(found)
    }
}
