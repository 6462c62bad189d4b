import Foundation
import GRDB

extension SQLiteCorpusStore {
    /// The stored analysis of the document with this input id (the contract's document object, as
    /// JSON), or nil when there is none. Two inputs may share an id; the first stored wins.
    public func analysisJSON(document id: String) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT analysis FROM documents WHERE document = ? ORDER BY id LIMIT 1", arguments: [id])
        }
    }

    /// One page of the corpus-wide entities, most documents first; `type` keeps one type
    /// (`PER` `ORG` `GPE` `LOC` `MISC`), `name` those whose identifier, canonical name or a
    /// spelling contains it. Returns the page and how many match in all.
    public func entities(type: String? = nil, name: String? = nil, limit: Int, offset: Int = 0) throws -> (entities: [CorpusEntity], total: Int) {
        try scan { db in
            var conditions: [String] = []
            var arguments = StatementArguments()
            if let type {
                conditions.append("e.type = ?")
                arguments += [type]
            }
            if let name {
                let pattern = "%" + name.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
                conditions.append("""
                    (e.entity LIKE ? ESCAPE '\\' OR e.canonical LIKE ? ESCAPE '\\' OR e.canonical_ar LIKE ? ESCAPE '\\'
                     OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity = e.entity AND a.alias LIKE ? ESCAPE '\\'))
                    """)
                arguments += [pattern, pattern, pattern, pattern]
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entities e \(filter)", arguments: arguments) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT entity, type, canonical, canonical_ar, mentions, documents FROM entities e \(filter)
                ORDER BY documents DESC, mentions DESC, entity LIMIT ? OFFSET ?
                """, arguments: arguments + [limit, offset])
            let entities = try rows.map { row in
                let id: String = row["entity"]
                let aliases = try String.fetchAll(db, sql: "SELECT alias FROM aliases WHERE entity = ? ORDER BY count DESC, alias", arguments: [id])
                return CorpusEntity(entity: id, type: row["type"], canonical: row["canonical"], canonicalAr: row["canonical_ar"],
                                    aliases: aliases, mentions: row["mentions"], documents: row["documents"])
            }
            return (entities, total)
        }
    }
}
