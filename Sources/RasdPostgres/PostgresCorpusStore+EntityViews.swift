import PostgresNIO
import RasdCorpus

/// One entity's page and the entity graph from PostgreSQL, in the SQLite store's order: text
/// compared byte by byte (`COLLATE "C"`), missing dates last where the newest come first.
extension PostgresCorpusStore {
    public func containsEntity(_ id: String) throws -> Bool {
        try withConnection { connection in
            try run("SELECT EXISTS(SELECT 1 FROM entities WHERE entity = \(id))", on: connection).first?.decode(Bool.self) ?? false
        }
    }

    public func graph(entity: String? = nil, depth: Int = 1, minimumWeight: Int = 1) throws -> EntityGraph {
        try withSnapshot { connection in
            try EntityGraph.build(entity: entity, depth: depth, minimumWeight: minimumWeight,
                                  from: PostgresGraphRecords(store: self, connection: connection))
        }
    }

    public func entity(_ id: String, documentLimit: Int = 20, coOccurringLimit: Int = 20,
                       statementLimit: Int = 20) throws -> EntityProfile? {
        let found: EntityProfile? = try withSnapshot { connection in
            guard let row = try run("""
                SELECT type, canonical, canonical_ar, mentions, documents FROM entities WHERE entity = \(id)
                """, on: connection).first else { return nil }
            let (type, canonical, canonicalAr, mentions, documents) = try row.decode((String, String?, String?, Int, Int).self)
            let aliases = try run("""
                SELECT alias, count FROM aliases WHERE entity = \(id) ORDER BY count DESC, alias COLLATE "C"
                """, on: connection).map { row in
                let (alias, count) = try row.decode((String, Int).self)
                return EntityProfile.Alias(alias: alias, count: count)
            }
            let roles = try run("""
                SELECT role, role_country, COUNT(*) AS count FROM mentions WHERE entity = \(id) AND role IS NOT NULL
                GROUP BY role, role_country ORDER BY count DESC, role COLLATE "C", role_country COLLATE "C" NULLS FIRST
                """, on: connection).map { row in
                let (role, country, count) = try row.decode((String, String?, Int).self)
                return EntityProfile.Role(role: role, roleCountry: country, count: count)
            }
            let newest = try run("""
                SELECT document, title, outlet, published FROM documents
                WHERE id IN (SELECT document FROM mentions WHERE entity = \(id))
                ORDER BY published IS NULL, published COLLATE "C" DESC, id DESC LIMIT \(max(0, documentLimit))
                """, on: connection).map { row in
                let (document, title, outlet, published) = try row.decode((String, String?, String?, String?).self)
                return EntityProfile.Document(document: document, title: title, outlet: outlet, published: published)
            }
            let coOccurring = try run("""
                WITH shared AS (
                    SELECT m.entity, COUNT(DISTINCT m.document) AS documents FROM mentions m
                    WHERE m.document IN (SELECT document FROM mentions WHERE entity = \(id)) AND m.entity <> \(id)
                    GROUP BY m.entity)
                SELECT s.entity, e.type, e.canonical, e.canonical_ar, s.documents
                FROM shared s JOIN entities e ON e.entity = s.entity
                ORDER BY s.documents DESC, s.entity COLLATE "C" LIMIT \(max(0, coOccurringLimit))
                """, on: connection).map { row in
                let (entity, type, canonical, canonicalAr, documents) = try row.decode((String, String, String?, String?, Int).self)
                return EntityProfile.CoOccurrence(entity: entity, type: type, canonical: canonical, canonicalAr: canonicalAr,
                                                  documents: documents)
            }
            let statementCount = try run("SELECT COUNT(*) FROM attributions WHERE speaker_entity = \(id)", on: connection)
                .first?.decode(Int.self) ?? 0
            let statements = try run("""
                SELECT d.document, d.published, a.cue, a.content, a.direct, a.stance, a.via::text
                FROM attributions a JOIN documents d ON d.id = a.document
                WHERE a.speaker_entity = \(id)
                ORDER BY d.published IS NULL, d.published COLLATE "C" DESC, d.id DESC, a.cue_start LIMIT \(max(0, statementLimit))
                """, on: connection).map { row in
                let (document, published, cue, content, direct, stance, via) =
                    try row.decode((String, String?, String, String, Bool, String, String?).self)
                return EntityProfile.Statement(document: document, published: published, cue: cue, content: EntityProfile.excerpt(content),
                                               direct: direct, stance: stance, via: StoredJSON.strings(via))
            }
            return EntityProfile(entity: id, type: type, canonical: canonical, canonicalAr: canonicalAr, mentions: mentions,
                                 documents: documents, aliases: aliases, roles: roles, newestDocuments: newest,
                                 coOccurring: coOccurring, statementCount: statementCount, statements: statements, timeline: [])
        }
        guard var profile = found else { return nil }
        profile.timeline = try timeline(entity: id)
        return profile
    }
}
