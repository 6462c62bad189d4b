import Foundation
import GRDB

/// The entity graph's records in a SQLite store, read in one transaction (`SQLiteCorpusStore.graph`).
/// Sets of identifiers reach a query as one bound JSON array, read there with `json_each`.
struct SQLiteGraphRecords: GraphRecords {
    let db: Database

    func knows(_ entity: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM entities WHERE entity = ?)", arguments: [entity]) ?? false
    }

    /// Counted over the distinct (document, entity) pairs of `mentions`, which the index
    /// `mentions_entity_document` covers; entities are grouped by their row id in `entities`
    /// (integers group a third faster than identifiers: 3.8 s against 5.4 s over 30,100 articles).
    func coMentions(among members: [String]?, minimumWeight: Int, _ each: (EntityGraph.CoMentionRow) throws -> Void) throws {
        let restriction = members == nil ? "" : "WHERE m.entity IN (SELECT value FROM json_each(?2))"
        var arguments: StatementArguments = [minimumWeight]
        if let members { arguments += [StoredJSON.array(members)] }
        let names = try identifiers(of: members)
        let rows = try Row.fetchCursor(db, sql: """
            WITH pairs AS (
                SELECT DISTINCT m.document, e.rowid AS entity FROM mentions m JOIN entities e ON e.entity = m.entity \(restriction))
            SELECT a.entity AS first, b.entity AS second, COUNT(*) AS weight, group_concat(a.document) AS documents
            FROM pairs a JOIN pairs b ON b.document = a.document AND a.entity < b.entity
            GROUP BY a.entity, b.entity HAVING COUNT(*) >= ?1
            """, arguments: arguments)
        while let row = try rows.next() {
            guard let first = names[row["first"]], let second = names[row["second"]] else { continue }
            let documents = ((row["documents"] as String?) ?? "").split(separator: ",").compactMap { Int64($0) }
            try each(EntityGraph.CoMentionRow(first: first, second: second, weight: row["weight"], documents: documents))
        }
    }

    /// The identifiers of the `members` (every entity when nil) by row id in `entities`.
    private func identifiers(of members: [String]?) throws -> [Int64: String] {
        var names: [Int64: String] = [:]
        let rows = try Row.fetchCursor(db, sql: members == nil
            ? "SELECT rowid, entity FROM entities"
            : "SELECT rowid, entity FROM entities WHERE entity IN (SELECT value FROM json_each(?))",
            arguments: members.map { StatementArguments([StoredJSON.array($0)]) } ?? StatementArguments())
        while let row = try rows.next() { names[row[0]] = row[1] }
        return names
    }

    func coMentioned(with frontier: [String], minimumWeight: Int) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: """
            WITH frontier AS (
                SELECT DISTINCT document, entity FROM mentions WHERE entity IN (SELECT value FROM json_each(?1)))
            SELECT m.entity FROM frontier f JOIN mentions m ON m.document = f.document AND m.entity != f.entity
            GROUP BY f.entity, m.entity HAVING COUNT(DISTINCT m.document) >= ?2
            """, arguments: [StoredJSON.array(frontier), minimumWeight]))
    }

    func events(touching: [String]?, _ each: (EntityGraph.EventRow) throws -> Void) throws {
        let filter = touching == nil ? "" : """
            AND EXISTS (SELECT 1 FROM json_each(e.participants) p WHERE p.value IN (SELECT value FROM json_each(?1)))
            """
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.document, e.type, e.participants FROM events e
            WHERE e.type != 'statement' AND json_array_length(e.participants) >= 2 \(filter)
            """, arguments: touching.map { StatementArguments([StoredJSON.array($0)]) } ?? StatementArguments())
        while let row = try rows.next() {
            try each(EntityGraph.EventRow(document: row["document"], type: row["type"], participants: row["participants"]))
        }
    }

    func statementMentions(touching: [String]?, _ each: (EntityGraph.StatementRow) throws -> Void) throws {
        // Around entities, only the statements of the documents that name one of them, or whose
        // speaker is one: a test per statement, not per (statement, mention) pair.
        let filter = touching == nil ? "" : """
            AND (a.document IN (SELECT document FROM mentions WHERE entity IN (SELECT value FROM json_each(?1)))
                 OR a.speaker_entity IN (SELECT value FROM json_each(?1)))
            """
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.document, a.speaker_entity, a.stance, m.entity
            FROM attributions a JOIN mentions m
              ON m.document = a.document AND m.start >= a.content_start AND m."end" <= a.content_end
            WHERE a.speaker_entity IS NOT NULL AND m.entity != a.speaker_entity \(filter)
            """, arguments: touching.map { StatementArguments([StoredJSON.array($0)]) } ?? StatementArguments())
        while let row = try rows.next() {
            try each(EntityGraph.StatementRow(document: row["document"], speaker: row["speaker_entity"], stance: row["stance"],
                                              entity: row["entity"]))
        }
    }

    func documentNames(_ rows: Set<Int64>) throws -> [Int64: String] {
        guard !rows.isEmpty else { return [:] }
        var names: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, document FROM documents WHERE id IN (SELECT value FROM json_each(?))",
                                    arguments: [StoredJSON.array(rows.sorted())]) {
            names[row["id"]] = row["document"]
        }
        return names
    }

    func nodes(_ entities: [String]) throws -> [EntityGraph.Node] {
        try Row.fetchAll(db, sql: """
            SELECT entity, type, canonical, canonical_ar, mentions, documents FROM entities
            WHERE entity IN (SELECT value FROM json_each(?))
            """, arguments: [StoredJSON.array(entities)]).map { row in
            EntityGraph.Node(entity: row["entity"], type: row["type"], canonical: row["canonical"], canonicalAr: row["canonical_ar"],
                             mentions: row["mentions"], documents: row["documents"])
        }
    }
}
