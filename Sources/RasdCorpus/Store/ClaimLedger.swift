import Foundation
import GRDB

/// One claim across the corpus (the contract's claim cluster): every report of it, who reported
/// it, how many independent origins corroborate it, how many deny it, and its values over time.
public struct ClaimCluster: Sendable, Equatable, Codable {
    public struct Report: Sendable, Equatable, Codable {
        public var document: String
        public var outlet: String?
        public var published: String?
        public var source: String?
        public var via: [String]
        public var value: Double?
        public var valueMax: Double?
        public var qualifier: String?
        public var date: String?
        public var stance: String
        public var evidence: String
        /// The group of near-copies the document belongs to (`rasd duplicates`).
        public var copies: Int64?

        public init(document: String, outlet: String?, published: String?, source: String?, via: [String], value: Double?,
                    valueMax: Double?, qualifier: String?, date: String?, stance: String, evidence: String, copies: Int64?) {
            self.document = document
            self.outlet = outlet
            self.published = published
            self.source = source
            self.via = via
            self.value = value
            self.valueMax = valueMax
            self.qualifier = qualifier
            self.date = date
            self.stance = stance
            self.evidence = evidence
            self.copies = copies
        }

        private enum CodingKeys: String, CodingKey {
            case document, outlet, published, source, via, value, qualifier, date, stance, evidence, copies
            case valueMax = "value_max"
        }
    }

    public struct Value: Sendable, Equatable, Codable {
        public var value: Double
        public var date: String?
        public var source: String?
    }

    public var key: String
    public var subject: String?
    public var predicate: String
    public var object: String?
    public var claims: [Report]
    /// Where it was read: the outlets (or documents, where no outlet is known) that report it.
    public var sources: [String]
    /// Independent origins that assert it: a report's speaker, else its first relaying agency,
    /// else its group of near-copies — so one statement, one agency story, or one article copied
    /// by three outlets counts once.
    public var corroborations: Int
    public var denials: Int
    public var values: [Value]
}

extension ClaimCluster {
    /// One stored claim as the ledger reads it: its key and terms, and the report it makes.
    public struct Row: Sendable {
        public var key: String
        public var subject: String?
        public var predicate: String
        public var object: String?
        public var report: Report

        public init(key: String, subject: String?, predicate: String, object: String?, report: Report) {
            self.key = key
            self.subject = subject
            self.predicate = predicate
            self.object = object
            self.report = report
        }
    }

    /// The ledger of stored claims read in key order, then by date (the claim's, else its
    /// document's publication; undated last), then by document: one cluster per key, the most reported first.
    /// A claim without a subject (`-|transfer|طايره`) says too little to be matched across
    /// stories: it joins only the reports of its own story (its group of near-copies), so that
    /// unrelated aircraft in three outlets are not one claim corroborated three times.
    /// Both stores read their rows in that order and group them here.
    public static func ledger(_ rows: [Row]) -> [ClaimCluster] {
        var clusters: [String: ClaimCluster] = [:]
        var order: [String] = []
        for row in rows {
            let identity = row.subject == nil
                ? "\(row.key)\u{1F}\(NearDuplicates.story(copies: row.report.copies, document: row.report.document))" : row.key
            if clusters[identity] == nil {
                order.append(identity)
                clusters[identity] = ClaimCluster(key: row.key, subject: row.subject, predicate: row.predicate, object: row.object,
                                                  claims: [], sources: [], corroborations: 0, denials: 0, values: [])
            }
            clusters[identity]!.claims.append(row.report)
        }
        return order.compactMap { identity in
            guard var cluster = clusters[identity] else { return nil }
            var sources: [String] = []
            var origins = Set<String>()
            for report in cluster.claims {
                let outlet = report.outlet ?? report.document
                if !sources.contains(outlet) { sources.append(outlet) }
                if report.stance == "deny" {
                    cluster.denials += 1
                } else {
                    origins.insert(report.source ?? report.via.first ?? report.copies.map { "copies:\($0)" } ?? outlet)
                }
                if let value = report.value { cluster.values.append(.init(value: value, date: report.date ?? report.published, source: report.source)) }
            }
            cluster.sources = sources
            cluster.corroborations = origins.count
            return cluster
        }.sorted { $0.claims.count > $1.claims.count }
    }
}

extension SQLiteCorpusStore {
    /// Claims grouped by key, optionally only those whose subject, object, recipient or source is
    /// `entity`; the groups with most reports first.
    public func claimLedger(entity: String? = nil) throws -> [ClaimCluster] {
        let rows = try scan { db in
            try Row.fetchAll(db, sql: """
                SELECT c.key, c.subject, c.predicate, c.object, c.value, c.value_max, c.qualifier, c.date, c.source, c.recipient,
                       c.stance, c.via, c.evidence, d.document AS document, d.outlet, d.published, d.duplicate_group
                FROM claims c JOIN documents d ON d.id = c.document
                WHERE c.key IS NOT NULL AND (?1 IS NULL OR c.subject = ?1 OR c.object = ?1 OR c.recipient = ?1 OR c.source = ?1)
                ORDER BY c.key, COALESCE(c.date, d.published) IS NULL, COALESCE(c.date, d.published), d.document, c.evidence_start, c.evidence_end
                """, arguments: [entity])
        }
        return ClaimCluster.ledger(rows.map { (row: Row) -> ClaimCluster.Row in
            let via: String? = row["via"], stance: String? = row["stance"]
            let report = ClaimCluster.Report(
                document: row["document"], outlet: row["outlet"], published: row["published"], source: row["source"],
                via: StoredJSON.strings(via), value: row["value"], valueMax: row["value_max"], qualifier: row["qualifier"],
                date: row["date"], stance: stance ?? "assert", evidence: row["evidence"], copies: row["duplicate_group"])
            return ClaimCluster.Row(key: row["key"], subject: row["subject"], predicate: row["predicate"], object: row["object"], report: report)
        })
    }
}
