import PostgresNIO
import RasdCorpus

/// The entity graph's records in PostgreSQL, in the SQLite store's terms (`GraphRecords`), read on
/// one connection inside one snapshot (`PostgresCorpusStore.graph`). Sets of identifiers reach a
/// query as one bound array (`= ANY($1)`, and `?|` over a participants array).
struct PostgresGraphRecords: GraphRecords {
    let store: PostgresCorpusStore
    let connection: PostgresConnection

    private func rows(_ query: PostgresQuery) throws -> PostgresQueryResult { try store.run(query, on: connection) }

    func knows(_ entity: String) throws -> Bool {
        try rows("SELECT EXISTS(SELECT 1 FROM entities WHERE entity = \(entity))").first?.decode(Bool.self) ?? false
    }

    /// Counted over the distinct (document, entity) pairs of `mentions`, with the first
    /// `EntityGraph.documentsPerEdge` documents of each pair.
    func coMentions(among members: [String]?, minimumWeight: Int, _ each: (EntityGraph.CoMentionRow) throws -> Void) throws {
        var query: PostgresQuery = "WITH pairs AS (SELECT DISTINCT document, entity FROM mentions"
        if let members { query.sql += " WHERE entity = ANY($2)" }
        query.sql += """
            )
            SELECT a.entity, b.entity, COUNT(*), (array_agg(a.document ORDER BY a.document))[1:\(EntityGraph.documentsPerEdge)]
            FROM pairs a JOIN pairs b ON b.document = a.document AND a.entity COLLATE "C" < b.entity COLLATE "C"
            GROUP BY a.entity, b.entity HAVING COUNT(*) >= $1
            """
        query.binds.append(minimumWeight)
        if let members { query.binds.append(members) }
        for row in try rows(query) {
            let (first, second, weight, documents) = try row.decode((String, String, Int, [Int64]).self)
            try each(EntityGraph.CoMentionRow(first: first, second: second, weight: weight, documents: documents))
        }
    }

    func coMentioned(with frontier: [String], minimumWeight: Int) throws -> Set<String> {
        var found = Set<String>()
        for row in try rows("""
            WITH frontier AS (SELECT DISTINCT document, entity FROM mentions WHERE entity = ANY(\(frontier)))
            SELECT m.entity FROM frontier f JOIN mentions m ON m.document = f.document AND m.entity <> f.entity
            GROUP BY f.entity, m.entity HAVING COUNT(DISTINCT m.document) >= \(minimumWeight)
            """) {
            found.insert(try row.decode(String.self))
        }
        return found
    }

    func events(touching: [String]?, _ each: (EntityGraph.EventRow) throws -> Void) throws {
        var query: PostgresQuery = """
            SELECT e.document, e.type, e.participants::text FROM events e
            WHERE e.type <> 'statement' AND jsonb_array_length(e.participants) >= 2
            """
        if let touching {
            query.sql += " AND e.participants ?| $1::text[]"
            query.binds.append(touching)
        }
        for row in try rows(query) {
            let (document, type, participants) = try row.decode((Int64, String, String?).self)
            try each(EntityGraph.EventRow(document: document, type: type, participants: participants))
        }
    }

    func statementMentions(touching: [String]?, _ each: (EntityGraph.StatementRow) throws -> Void) throws {
        var query: PostgresQuery = """
            SELECT a.document, a.speaker_entity, a.stance, m.entity
            FROM attributions a JOIN mentions m
              ON m.document = a.document AND m.start >= a.content_start AND m."end" <= a.content_end
            WHERE a.speaker_entity IS NOT NULL AND m.entity <> a.speaker_entity
            """
        if let touching {
            // Only the statements of the documents that name one of them, or whose speaker is one.
            query.sql += " AND (a.document IN (SELECT document FROM mentions WHERE entity = ANY($1)) OR a.speaker_entity = ANY($1))"
            query.binds.append(touching)
        }
        for row in try rows(query) {
            let (document, speaker, stance, entity) = try row.decode((Int64, String, String?, String).self)
            try each(EntityGraph.StatementRow(document: document, speaker: speaker, stance: stance, entity: entity))
        }
    }

    func documentNames(_ rows: Set<Int64>) throws -> [Int64: String] {
        guard !rows.isEmpty else { return [:] }
        var names: [Int64: String] = [:]
        for row in try self.rows("SELECT id, document FROM documents WHERE id = ANY(\(Array(rows)))") {
            let (id, document) = try row.decode((Int64, String).self)
            names[id] = document
        }
        return names
    }

    func nodes(_ entities: [String]) throws -> [EntityGraph.Node] {
        try rows("""
            SELECT entity, type, canonical, canonical_ar, mentions, documents FROM entities WHERE entity = ANY(\(entities))
            """).map { row in
            let (entity, type, canonical, canonicalAr, mentions, documents) = try row.decode((String, String, String?, String?, Int, Int).self)
            return EntityGraph.Node(entity: entity, type: type, canonical: canonical, canonicalAr: canonicalAr,
                                    mentions: mentions, documents: documents)
        }
    }
}
