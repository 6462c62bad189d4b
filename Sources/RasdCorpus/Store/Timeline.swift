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

extension SQLiteCorpusStore {
    /// Events (statements left out) and claims with a resolved date, oldest first; the same event
    /// or claim on the same date in several documents is one item. `entity` keeps those that name it.
    public func timeline(entity: String? = nil) throws -> [TimelineItem] {
        let rows = try scan { db in
            try Row.fetchAll(db, sql: """
                SELECT 'event' AS kind, e.type AS what, e.participants AS participants, e.date AS date,
                       d.document AS document, d.outlet AS outlet
                FROM events e JOIN documents d ON d.id = e.document
                WHERE e.type != 'statement' AND e.date IS NOT NULL
                UNION ALL
                SELECT 'claim', c.key, json_array(c.subject, c.recipient), c.date, d.document, COALESCE(c.source, d.outlet)
                FROM claims c JOIN documents d ON d.id = c.document
                WHERE c.key IS NOT NULL AND c.date IS NOT NULL
                ORDER BY date, kind, what
                """)
        }
        var items: [TimelineItem] = []
        var index: [String: Int] = [:]
        for row in rows {
            var participants: [String] = []
            for name in ((try? JSONDecoder().decode([String?].self, from: Data(((row["participants"] as String?) ?? "[]").utf8))) ?? [])
                .compactMap({ $0 }) where !participants.contains(name) {
                participants.append(name)
            }
            if let entity, !participants.contains(entity) { continue }
            let date: String = row["date"], kind: String = row["kind"], what: String = row["what"]
            let document: String = row["document"]
            let identity = "\(date)|\(kind)|\(what)|\(participants.sorted().joined(separator: ","))"
            if let existing = index[identity] {
                if !items[existing].documents.contains(document) { items[existing].documents.append(document) }
                if let source = row["outlet"] as String?, !items[existing].sources.contains(source) { items[existing].sources.append(source) }
                continue
            }
            index[identity] = items.count
            items.append(TimelineItem(date: date, grain: Self.grain(of: date), kind: kind, what: what, participants: participants,
                                      documents: [document], sources: (row["outlet"] as String?).map { [$0] } ?? []))
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
