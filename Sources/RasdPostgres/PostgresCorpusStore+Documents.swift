import Foundation
import PostgresNIO
import RasdAnalysis
import RasdCorpus

/// What `rasd serve` reads of single documents and entity lists, and the search index's upkeep,
/// on PostgreSQL.
extension PostgresCorpusStore {
    /// Read back from `jsonb` and written again as the contract's bytes (`contractJSON`).
    public func analysisJSON(document id: String) throws -> String? {
        try withConnection { connection in
            guard let stored = try run("SELECT analysis::text FROM documents WHERE document = \(id) ORDER BY id LIMIT 1", on: connection)
                .first?.decode(String.self) else { return nil }
            return String(decoding: try Self.contractJSON(fromJSONB: stored), as: UTF8.self)
        }
    }

    /// As SQLite's `LIKE` matches: `name` anywhere, ASCII letters in any case (`ILIKE`; Arabic has
    /// no case), `%`, `_` and `\` in it taken as themselves.
    public func entities(type: String? = nil, name: String? = nil, limit: Int, offset: Int = 0) throws -> (entities: [CorpusEntity], total: Int) {
        let pattern = name.map { "%" + $0.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%" }
        return try withSnapshot { connection in
            let filter: PostgresQuery = """
                WHERE (\(type)::text IS NULL OR e.type = \(type))
                  AND (\(pattern)::text IS NULL OR e.entity ILIKE \(pattern) OR e.canonical ILIKE \(pattern) OR e.canonical_ar ILIKE \(pattern)
                       OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity = e.entity AND a.alias ILIKE \(pattern)))
                """
            var count = filter
            count.sql = "SELECT COUNT(*) FROM entities e " + filter.sql
            let total = try run(count, on: connection).first?.decode(Int.self) ?? 0
            var page = filter
            page.sql = "SELECT entity, type, canonical, canonical_ar, mentions, documents FROM entities e " + filter.sql
                + " ORDER BY documents DESC, mentions DESC, entity COLLATE \"C\" LIMIT \(max(0, limit)) OFFSET \(max(0, offset))"
            var entities = try run(page, on: connection).map { row in
                let (entity, type, canonical, canonicalAr, mentions, documents) =
                    try row.decode((String, String, String?, String?, Int, Int).self)
                return CorpusEntity(entity: entity, type: type, canonical: canonical, canonicalAr: canonicalAr,
                                    aliases: [], mentions: mentions, documents: documents)
            }
            try fillAliases(&entities, on: connection)
            return (entities, total)
        }
    }

    /// Each entity's spellings, most seen first.
    func fillAliases(_ entities: inout [CorpusEntity], on connection: PostgresConnection) throws {
        guard !entities.isEmpty else { return }
        var byEntity: [String: [String]] = [:]
        for row in try run("""
            SELECT entity, alias FROM aliases WHERE entity = ANY(\(entities.map(\.entity))) ORDER BY count DESC, alias COLLATE "C"
            """, on: connection) {
            let (entity, alias) = try row.decode((String, String).self)
            byEntity[entity, default: []].append(alias)
        }
        for index in entities.indices { entities[index].aliases = byEntity[entities[index].entity] ?? [] }
    }

    /// The documents past the last search segment.
    public func unindexedDocuments() throws -> Int {
        try withConnection { connection in
            try run("""
                SELECT COUNT(*) FROM documents WHERE id > (SELECT COALESCE(MAX(last_document), 0) FROM search_segments)
                """, on: connection).first?.decode(Int.self) ?? 0
        }
    }
}
