import Foundation

/// A store table as a CSV export writes it (docs/corpus.md, "Exports"): its columns in the
/// table's order, each typed; in the record tables `document` is the input's id
/// (`documents.document`), with the store's row id last as `document_row`.
public enum CorpusTable: String, CaseIterable, Sendable {
    case documents, entities, mentions, dates, quantities, attributions, events, claims

    /// How a column's value is written.
    enum Kind {
        case text, number, boolean
        /// A JSON array stored as text, written as its items joined by ` | `.
        case list
    }

    struct Column {
        var name: String
        var kind: Kind
        /// The SQL expression that reads it.
        var expression: String
        /// PostgreSQL's, where it differs.
        var postgres: String?

        init(name: String, kind: Kind, expression: String, postgres: String? = nil) {
            self.name = name
            self.kind = kind
            self.expression = expression
            self.postgres = postgres ?? (kind == .list ? expression + "::text" : nil)
        }
    }

    /// The columns' names, in order: the CSV header.
    var columnNames: [String] { columns.map(\.name) }

    var columns: [Column] {
        switch self {
        case .documents:
            return [Column(name: "id", kind: .number, expression: "d.id")]
                + Self.plain("d", text: "document", "title", "url", "outlet", "author", "published")
                + [Column(name: "duplicate_group", kind: .number, expression: "d.duplicate_group"),
                   Column(name: "characters", kind: .number, expression: "length(d.text)")]
        case .entities:
            return Self.plain("e", text: "entity", "type", "canonical", "canonical_ar")
                + [Column(name: "mentions", kind: .number, expression: "e.mentions"),
                   Column(name: "documents", kind: .number, expression: "e.documents"),
                   Column(name: "aliases", kind: .text, expression: """
                       (SELECT group_concat(alias, ' | ') FROM (SELECT alias FROM aliases WHERE entity = e.entity ORDER BY count DESC, alias))
                       """, postgres: """
                       (SELECT string_agg(alias, ' | ' ORDER BY count DESC, alias COLLATE "C") FROM aliases WHERE entity = e.entity)
                       """)]
        case .mentions:
            return Self.record(Self.span("start", "end", "text") + Self.plain("x", text: "entity", "type", "role", "role_country"))
        case .dates:
            return Self.record(Self.span("start", "end", "text") + Self.plain("x", text: "value", "end_value", "grain")
                + [Column(name: "relative", kind: .boolean, expression: "x.relative")])
        case .quantities:
            return Self.record(Self.span("start", "end", "text") + [
                Column(name: "value", kind: .number, expression: "x.value"),
                Column(name: "value_max", kind: .number, expression: "x.value_max"),
            ] + Self.plain("x", text: "unit", "unit_lemma", "qualifier", "per"))
        case .attributions:
            return Self.record(Self.span("cue_start", "cue_end", "cue") + Self.span("speaker_start", "speaker_end", "speaker")
                + Self.plain("x", text: "speaker_entity") + Self.span("content_start", "content_end", "content") + [
                    Column(name: "direct", kind: .boolean, expression: "x.direct"),
                    Column(name: "stance", kind: .text, expression: "x.stance"),
                    Column(name: "via", kind: .list, expression: "x.via"),
                ])
        case .events:
            return Self.record(Self.plain("x", text: "type") + Self.span("trigger_start", "trigger_end", "trigger")
                + [Column(name: "participants", kind: .list, expression: "x.participants")] + Self.plain("x", text: "place", "date"))
        case .claims:
            return Self.record(Self.plain("x", text: "key", "subject", "predicate", "object") + [
                Column(name: "value", kind: .number, expression: "x.value"),
                Column(name: "value_max", kind: .number, expression: "x.value_max"),
            ] + Self.plain("x", text: "qualifier", "date", "source", "recipient", "stance")
                + [Column(name: "via", kind: .list, expression: "x.via")] + Self.span("evidence_start", "evidence_end", "evidence"))
        }
    }

    /// The SQL a store speaks: the tables are the same, a few functions and types are not.
    public enum Dialect: Sendable {
        case sqlite, postgres
    }

    /// The query, oldest stored first; with an entity (bound as the first parameter), only the
    /// rows that concern it. PostgreSQL orders text byte by byte, as SQLite does, and keeps a
    /// record table's rows in the order written (`ctid`: the tables are only ever appended to).
    public func query(entity: Bool, dialect: Dialect = .sqlite) -> String {
        let select = "SELECT " + columns.map { column in
            let expression = dialect == .postgres ? (column.postgres ?? column.expression) : column.expression
            return "\(expression) AS \"\(column.name)\""
        }.joined(separator: ", ")
        let parameter = dialect == .postgres ? "$1" : "?1"
        let filter = entity ? " WHERE " + entityFilter(dialect).replacingOccurrences(of: "?1", with: parameter) : ""
        switch self {
        case .documents: return select + " FROM documents d" + filter + " ORDER BY d.id"
        case .entities:
            return select + " FROM entities e" + filter + " ORDER BY e.documents DESC, e.mentions DESC, e.entity"
                + (dialect == .postgres ? " COLLATE \"C\"" : "")
        default:
            return select + " FROM \(rawValue) x JOIN documents d ON d.id = x.document" + filter
                + (dialect == .postgres ? " ORDER BY x.document, x.ctid" : " ORDER BY x.rowid")
        }
    }

    /// Which rows `--entity` keeps (docs/corpus.md, "Exports").
    private func entityFilter(_ dialect: Dialect) -> String {
        let documentsNamingIt = "(SELECT document FROM mentions WHERE entity = ?1)"
        switch self {
        case .documents: return "d.id IN \(documentsNamingIt)"
        case .entities: return "e.entity IN (SELECT entity FROM mentions WHERE document IN \(documentsNamingIt))"
        case .mentions: return "x.entity = ?1"
        case .dates, .quantities: return "x.document IN \(documentsNamingIt)"
        case .attributions:
            return """
                (x.speaker_entity = ?1 OR EXISTS (SELECT 1 FROM mentions m WHERE m.document = x.document AND m.entity = ?1
                 AND m.start >= x.content_start AND m."end" <= x.content_end))
                """
        case .events:
            return dialect == .postgres ? "(x.place = ?1 OR x.participants ? ?1)"
                : "(x.place = ?1 OR EXISTS (SELECT 1 FROM json_each(x.participants) WHERE value = ?1))"
        case .claims: return "?1 IN (x.subject, x.object, x.recipient, x.source)"
        }
    }

    /// A record table's columns: the input's id first, then `columns`, then the row id.
    private static func record(_ columns: [Column]) -> [Column] {
        [Column(name: "document", kind: .text, expression: "d.document")] + columns
            + [Column(name: "document_row", kind: .number, expression: "x.document")]
    }

    private static func plain(_ table: String, text names: String...) -> [Column] {
        names.map { Column(name: $0, kind: .text, expression: "\(table).\"\($0)\"") }
    }

    /// A span's start and end offsets and its text.
    private static func span(_ start: String, _ end: String, _ text: String) -> [Column] {
        [Column(name: start, kind: .number, expression: "x.\"\(start)\""), Column(name: end, kind: .number, expression: "x.\"\(end)\""),
         Column(name: text, kind: .text, expression: "x.\"\(text)\"")]
    }
}
