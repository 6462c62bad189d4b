import Foundation
import GRDB

/// One dated item of the corpus timeline (the contract's timeline item): an event or a claim,
/// with its resolved date and grain, the documents that report it and their sources.
public struct TimelineItem: Sendable, Equatable, Codable {
    public var date: String
    /// `year` `month` `day` …, read off the date's shape (`2023` `2023-10` `2023-10-19`).
    public var grain: String
    /// `event` or `claim`.
    public var kind: String
    /// The event type or the claim key.
    public var what: String
    public var participants: [String]
    public var documents: [String]
    public var sources: [String]
}

extension TimelineItem {
    /// One dated event or claim of one document, as a store reads it.
    public struct Row: Sendable {
        /// `event` or `claim`.
        public var kind: String
        public var what: String
        /// The participants as stored: a JSON array (nulls and repeats are dropped).
        public var participants: String?
        public var date: String
        public var document: String
        /// The outlet (for a claim, its source where it has one).
        public var source: String?
        /// The document's group of near-copies.
        public var copies: Int64?

        public init(kind: String, what: String, participants: String?, date: String, document: String, source: String?, copies: Int64?) {
            self.kind = kind
            self.what = what
            self.participants = participants
            self.date = date
            self.document = document
            self.source = source
            self.copies = copies
        }
    }

    /// The timeline of rows read in date, kind, what and document order: the same event or claim
    /// with the same participants on the same date is one item, with every document that reports
    /// it. One that names no one (a `deployment` of no one named) is one item only with the
    /// near-copies of its own document: two stories that name no one tell of two happenings.
    /// `entity` keeps the items that name it. Both stores group their rows here.
    public static func items(_ rows: [Row], entity: String? = nil) -> [TimelineItem] {
        var items: [TimelineItem] = []
        var index: [String: Int] = [:]
        for row in rows {
            let participants = StoredJSON.strings(row.participants)
            if let entity, !participants.contains(entity) { continue }
            var identity = "\(row.date)|\(row.kind)|\(row.what)|\(participants.sorted().joined(separator: ","))"
            if participants.isEmpty { identity += "|" + NearDuplicates.story(copies: row.copies, document: row.document) }
            if let existing = index[identity] {
                if !items[existing].documents.contains(row.document) { items[existing].documents.append(row.document) }
                if let source = row.source, !items[existing].sources.contains(source) { items[existing].sources.append(source) }
                continue
            }
            index[identity] = items.count
            items.append(TimelineItem(date: row.date, grain: grain(of: row.date), kind: row.kind, what: row.what,
                                      participants: participants, documents: [row.document], sources: row.source.map { [$0] } ?? []))
        }
        return items
    }

    /// The grain a date's ISO shape shows.
    static func grain(of date: String) -> String {
        if date.contains("T") { return date.count > 13 ? "minute" : "hour" }
        if date.contains("-W") { return "week" }
        if date.contains("-Q") { return "quarter" }
        if date.contains("-H") { return "half" }
        switch date.split(separator: "-").count {
        case 1: return "year"
        case 2: return "month"
        default: return "day"
        }
    }
}

extension SQLiteCorpusStore {
    /// Events (statements left out) and claims with a resolved date, oldest first; the same event
    /// or claim on the same date in several documents is one item. `entity` keeps those that name it.
    public func timeline(entity: String? = nil) throws -> [TimelineItem] {
        let rows = try scan { db in
            try Row.fetchAll(db, sql: """
                SELECT 'event' AS kind, e.type AS what, e.participants AS participants, e.date AS date,
                       d.document AS document, d.outlet AS outlet, d.duplicate_group AS copies
                FROM events e JOIN documents d ON d.id = e.document
                WHERE e.type != 'statement' AND e.date IS NOT NULL
                UNION ALL
                SELECT 'claim', c.key, json_array(c.subject, c.recipient), c.date, d.document, COALESCE(c.source, d.outlet), d.duplicate_group
                FROM claims c JOIN documents d ON d.id = c.document
                WHERE c.key IS NOT NULL AND c.date IS NOT NULL
                ORDER BY date, kind, what, document, participants
                """)
        }
        return TimelineItem.items(rows.map { row in
            TimelineItem.Row(kind: row["kind"], what: row["what"], participants: row["participants"], date: row["date"],
                             document: row["document"], source: row["outlet"], copies: row["copies"])
        }, entity: entity)
    }
}
