import Foundation
import PostgresNIO
import RasdCorpus

/// The views across documents — near-copy groups, the claims ledger, the timeline — read from
/// PostgreSQL in the SQLite store's order and grouped by the same code (`DuplicateGroup.groups`,
/// `ClaimCluster.ledger`, `TimelineItem.items`), so both stores give the same answers. Text is
/// ordered byte by byte (`COLLATE "C"`) and missing values where the SQLite store's queries put them.
extension PostgresCorpusStore {
    public func duplicateGroups() throws -> [DuplicateGroup] {
        try withConnection { connection in
            let rows = try run("""
                SELECT duplicate_group, document, outlet, published FROM documents
                WHERE duplicate_group IN (SELECT duplicate_group FROM documents GROUP BY duplicate_group HAVING COUNT(*) > 1)
                ORDER BY duplicate_group, published IS NULL, published COLLATE "C", id
                """, on: connection)
            return DuplicateGroup.groups(try rows.map { row in
                let (group, document, outlet, published) = try row.decode((Int64, String, String?, String?).self)
                return (group, DuplicateGroup.Member(document: document, outlet: outlet, published: published))
            })
        }
    }

    public func claimLedger(entity: String? = nil) throws -> [ClaimCluster] {
        try withConnection { connection in
            let rows = try run("""
                SELECT c.key, c.subject, c.predicate, c.object, c.value, c.value_max, c.qualifier, c.date, c.source,
                       c.stance, c.via::text, c.evidence, d.document, d.outlet, d.published, d.duplicate_group
                FROM claims c JOIN documents d ON d.id = c.document
                WHERE c.key IS NOT NULL
                  AND (\(entity)::text IS NULL OR \(entity) IN (c.subject, c.object, c.recipient, c.source))
                ORDER BY c.key COLLATE "C", COALESCE(c.date, d.published) COLLATE "C" NULLS LAST, d.document COLLATE "C",
                         c.evidence_start, c.evidence_end
                """, on: connection)
            return ClaimCluster.ledger(try rows.map { row in
                let columns = row.makeRandomAccess()
                func cell<Value: PostgresDecodable>(_ index: Int, _ type: Value.Type) throws -> Value { try columns[index].decode(type) }
                let report = ClaimCluster.Report(
                    document: try cell(12, String.self), outlet: try cell(13, String?.self), published: try cell(14, String?.self),
                    source: try cell(8, String?.self), via: StoredJSON.strings(try cell(10, String?.self)),
                    value: try cell(4, Double?.self), valueMax: try cell(5, Double?.self), qualifier: try cell(6, String?.self),
                    date: try cell(7, String?.self), stance: try cell(9, String?.self) ?? "assert", evidence: try cell(11, String.self),
                    copies: try cell(15, Int64?.self))
                return ClaimCluster.Row(key: try cell(0, String.self), subject: try cell(1, String?.self),
                                        predicate: try cell(2, String.self), object: try cell(3, String?.self), report: report)
            })
        }
    }

    public func timeline(entity: String? = nil) throws -> [TimelineItem] {
        try withConnection { connection in
            let rows = try run("""
                SELECT kind, what, participants, date, document, source, copies FROM (
                    SELECT 'event' AS kind, e.type AS what, e.participants::text AS participants, e.date AS date,
                           d.document AS document, d.outlet AS source, d.duplicate_group AS copies
                    FROM events e JOIN documents d ON d.id = e.document
                    WHERE e.type <> 'statement' AND e.date IS NOT NULL
                    UNION ALL
                    SELECT 'claim', c.key, jsonb_build_array(c.subject, c.recipient)::text, c.date, d.document, COALESCE(c.source, d.outlet),
                           d.duplicate_group
                    FROM claims c JOIN documents d ON d.id = c.document
                    WHERE c.key IS NOT NULL AND c.date IS NOT NULL
                ) dated
                ORDER BY date COLLATE "C", kind COLLATE "C", what COLLATE "C", document COLLATE "C", participants COLLATE "C"
                """, on: connection)
            return TimelineItem.items(try rows.map { row in
                let (kind, what, participants, date, document, source, copies)
                    = try row.decode((String, String, String?, String, String, String?, Int64?).self)
                return TimelineItem.Row(kind: kind, what: what, participants: participants, date: date, document: document, source: source,
                                        copies: copies)
            }, entity: entity)
        }
    }
}
