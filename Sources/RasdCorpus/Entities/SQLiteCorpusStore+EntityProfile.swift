import Foundation
import GRDB

extension SQLiteCorpusStore {
    /// The profile of one entity, or nil when the store does not know the identifier.
    ///
    /// ```swift
    /// if let lavrov = try store.entity("sergey-lavrov") {
    ///     print(lavrov.roles.first?.role ?? "", lavrov.documents)   // وزير الخارجية الروسي 3
    /// }
    /// ```
    public func entity(_ id: String, documentLimit: Int = 20, coOccurringLimit: Int = 20,
                       statementLimit: Int = 20) throws -> EntityProfile? {
        let found: EntityProfile? = try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT entity, type, canonical, canonical_ar, mentions, documents FROM entities WHERE entity = ?
                """, arguments: [id]) else { return nil }
            return EntityProfile(
                entity: id, type: row["type"], canonical: row["canonical"], canonicalAr: row["canonical_ar"],
                mentions: row["mentions"], documents: row["documents"],
                aliases: try Self.aliases(of: id, in: db), roles: try Self.roles(of: id, in: db),
                newestDocuments: try Self.newestDocuments(of: id, limit: documentLimit, in: db),
                coOccurring: try Self.coOccurring(with: id, limit: coOccurringLimit, in: db),
                statementCount: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attributions WHERE speaker_entity = ?", arguments: [id]) ?? 0,
                statements: try Self.statements(of: id, limit: statementLimit, in: db),
                timeline: [])
        }
        guard var profile = found else { return nil }
        profile.timeline = try timeline(entity: id)
        return profile
    }

    private static func aliases(of id: String, in db: Database) throws -> [EntityProfile.Alias] {
        try Row.fetchAll(db, sql: "SELECT alias, count FROM aliases WHERE entity = ? ORDER BY count DESC, alias", arguments: [id])
            .map { EntityProfile.Alias(alias: $0["alias"], count: $0["count"]) }
    }

    private static func roles(of id: String, in db: Database) throws -> [EntityProfile.Role] {
        try Row.fetchAll(db, sql: """
            SELECT role, role_country, COUNT(*) AS count FROM mentions WHERE entity = ? AND role IS NOT NULL
            GROUP BY role, role_country ORDER BY count DESC, role, role_country
            """, arguments: [id])
            .map { EntityProfile.Role(role: $0["role"], roleCountry: $0["role_country"], count: $0["count"]) }
    }

    private static func newestDocuments(of id: String, limit: Int, in db: Database) throws -> [EntityProfile.Document] {
        try Row.fetchAll(db, sql: """
            SELECT document, title, outlet, published FROM documents
            WHERE id IN (SELECT document FROM mentions WHERE entity = ?)
            ORDER BY published IS NULL, published DESC, id DESC LIMIT ?
            """, arguments: [id, max(0, limit)])
            .map { EntityProfile.Document(document: $0["document"], title: $0["title"], outlet: $0["outlet"], published: $0["published"]) }
    }

    private static func coOccurring(with id: String, limit: Int, in db: Database) throws -> [EntityProfile.CoOccurrence] {
        try Row.fetchAll(db, sql: """
            WITH shared AS (
                SELECT m.entity, COUNT(DISTINCT m.document) AS documents FROM mentions m
                WHERE m.document IN (SELECT document FROM mentions WHERE entity = ?1) AND m.entity != ?1
                GROUP BY m.entity)
            SELECT s.entity, e.type, e.canonical, e.canonical_ar, s.documents
            FROM shared s JOIN entities e ON e.entity = s.entity
            ORDER BY s.documents DESC, s.entity LIMIT ?2
            """, arguments: [id, max(0, limit)])
            .map { EntityProfile.CoOccurrence(entity: $0["entity"], type: $0["type"], canonical: $0["canonical"],
                                              canonicalAr: $0["canonical_ar"], documents: $0["documents"]) }
    }

    private static func statements(of id: String, limit: Int, in db: Database) throws -> [EntityProfile.Statement] {
        try Row.fetchAll(db, sql: """
            SELECT d.document, d.published, a.cue, a.content, a.direct, a.stance, a.via
            FROM attributions a JOIN documents d ON d.id = a.document
            WHERE a.speaker_entity = ?
            ORDER BY d.published IS NULL, d.published DESC, d.id DESC, a.cue_start LIMIT ?
            """, arguments: [id, max(0, limit)])
            .map { row in
                let content: String = row["content"]
                return EntityProfile.Statement(
                    document: row["document"], published: row["published"], cue: row["cue"],
                    content: EntityProfile.excerpt(content),
                    direct: row["direct"], stance: row["stance"], via: StoredJSON.strings(row["via"]))
            }
    }
}

extension SQLiteCorpusStore {
    /// Whether the store knows this entity identifier.
    public func containsEntity(_ id: String) throws -> Bool {
        try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM entities WHERE entity = ?)", arguments: [id]) ?? false
        }
    }
}
