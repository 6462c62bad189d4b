import PostgresNIO
import RasdAnalysis
import RasdCorpus

/// A batch of documents and their records stored in a few statements: the documents in one
/// `INSERT … RETURNING`, then each record table in one `INSERT` for the whole batch (entities and
/// aliases added up over the batch first). One statement per record and document made every
/// document wait for a dozen answers from the server.
extension PostgresCorpusStore {
    /// Inserts the documents whose text is not stored yet (the first of two equal texts in the
    /// batch); returns them with their rows, ascending.
    func insertDocuments(_ documents: [PreparedDocument], on connection: PostgresConnection) throws -> [(document: PreparedDocument, row: Int64)] {
        var seen = Set<String>()
        let fresh = documents.filter { seen.insert($0.contentHash).inserted }
        guard !fresh.isEmpty else { return [] }
        var rows: [String: Int64] = [:]
        let columns = 9, perStatement = 60_000 / columns
        var start = 0
        while start < fresh.count {
            let chunk = fresh[start..<min(fresh.count, start + perStatement)]
            start += chunk.count
            var bindings = PostgresBindings(capacity: chunk.count * columns)
            var tuples: [String] = []
            for prepared in chunk {
                let document = prepared.document
                let base = bindings.count
                bindings.append(document.id)
                bindings.append(prepared.contentHash)
                bindings.append(document.title)
                bindings.append(document.url)
                bindings.append(document.outlet)
                bindings.append(document.author)
                bindings.append(document.published)
                bindings.append(document.text)
                bindings.append(prepared.json)
                tuples.append("(" + (1...columns).map { "$\(base + $0)" + ($0 == columns ? "::jsonb" : "") }.joined(separator: ", ") + ")")
            }
            let sql = "INSERT INTO documents (document, content_hash, title, url, outlet, author, published, text, analysis) VALUES "
                + tuples.joined(separator: ", ") + " ON CONFLICT (content_hash) DO NOTHING RETURNING id, content_hash"
            for row in try run(PostgresQuery(unsafeSQL: sql, binds: bindings), on: connection) {
                let (id, hash) = try row.decode((Int64, String).self)
                rows[hash] = id
            }
        }
        return fresh.compactMap { prepared in rows[prepared.contentHash].map { (prepared, $0) } }.sorted { $0.row < $1.row }
    }

    /// The records of stored documents: mentions, entities and their aliases (counts added to
    /// those stored), dates, quantities, attributions, events and claims.
    func insertRecords(_ stored: [(document: AnalyzedDocument, row: Int64)], on connection: PostgresConnection) throws {
        guard !stored.isEmpty else { return }
        var mentions: [[Value]] = [], dates: [[Value]] = [], quantities: [[Value]] = []
        var attributions: [[Value]] = [], events: [[Value]] = [], claims: [[Value]] = []
        var entities = EntityTally()
        for (document, stored) in stored {
            let row = Int(stored)
            entities.count(document.entities)
            mentions += document.entities.map { [.int(row), .int($0.start), .int($0.end), .text($0.text), .text($0.entity),
                                                 .text($0.type), .text($0.role), .text($0.roleCountry)] }
            dates += document.dates.map { [.int(row), .int($0.start), .int($0.end), .text($0.text), .text($0.value),
                                           .text($0.endValue), .text($0.grain), .bool($0.relative)] }
            quantities += document.quantities.map { [.int(row), .int($0.start), .int($0.end), .text($0.text), .double($0.value),
                                                     .double($0.valueMax), .text($0.unit), .text($0.unitLemma), .text($0.qualifier),
                                                     .text($0.per)] }
            attributions += document.attributions.map { item in
                [.int(row), .int(item.cue.start), .int(item.cue.end), .text(item.cue.text), .int(item.speaker?.start),
                 .int(item.speaker?.end), .text(item.speaker?.text), .text(item.speaker?.entity), .int(item.content.start),
                 .int(item.content.end), .text(item.content.text), .bool(item.direct), .text(item.stance),
                 .json(StoredJSON.array(item.relays))]
            }
            events += document.events.map { item in
                [.int(row), .text(item.type), .int(item.trigger.start), .int(item.trigger.end), .text(item.trigger.text),
                 .json(StoredJSON.array(item.participants)), .text(item.place), .text(item.date)]
            }
            claims += document.claims.map { item in
                [.int(row), .text(item.key), .text(item.subject), .text(item.predicate), .text(item.object),
                 .double(item.value), .double(item.valueMax), .text(item.qualifier), .text(item.date),
                 .text(item.source), .text(item.recipient), .text(item.stance), .json(StoredJSON.array(document.relays(of: item))),
                 .int(item.evidence.start), .int(item.evidence.end), .text(item.evidence.text)]
            }
        }
        try insertRows(into: "mentions", columns: ["document", "start", "\"end\"", "text", "entity", "type", "role", "role_country"],
                       rows: mentions, on: connection)
        try insertRows(into: "entities", columns: ["entity", "type", "canonical", "canonical_ar", "mentions", "documents"],
                       rows: entities.order.map { id in
                           let entry = entities.entries[id]!
                           return [.text(id), .text(entry.type), .text(entry.canonical), .text(entry.canonicalAr),
                                   .int(entry.mentions), .int(entry.documents)]
                       },
                       suffix: """
                       ON CONFLICT (entity) DO UPDATE SET mentions = entities.mentions + excluded.mentions,
                           documents = entities.documents + excluded.documents,
                           canonical = COALESCE(entities.canonical, excluded.canonical),
                           canonical_ar = COALESCE(entities.canonical_ar, excluded.canonical_ar)
                       """, on: connection)
        try insertRows(into: "aliases", columns: ["entity", "alias", "count"],
                       rows: entities.order.flatMap { id in
                           entities.entries[id]!.aliases.sorted { $0.key < $1.key }.map { [.text(id), .text($0.key), .int($0.value)] }
                       },
                       suffix: "ON CONFLICT (entity, alias) DO UPDATE SET count = aliases.count + excluded.count", on: connection)
        // `لسعودية` counts as `السعودية` where the entity has both (as SQLite's store counts it).
        for statement in ArticleSpelling.foldStatements(entities: "$1") {
            var bindings = PostgresBindings()
            bindings.append(entities.order)
            _ = try run(PostgresQuery(unsafeSQL: statement, binds: bindings), on: connection)
        }
        try insertRows(into: "dates", columns: ["document", "start", "\"end\"", "text", "value", "end_value", "grain", "relative"],
                       rows: dates, on: connection)
        try insertRows(into: "quantities", columns: ["document", "start", "\"end\"", "text", "value", "value_max", "unit", "unit_lemma",
                                                     "qualifier", "per"],
                       rows: quantities, on: connection)
        try insertRows(into: "attributions", columns: ["document", "cue_start", "cue_end", "cue", "speaker_start", "speaker_end", "speaker",
                                                       "speaker_entity", "content_start", "content_end", "content", "direct", "stance", "via"],
                       rows: attributions, on: connection)
        try insertRows(into: "events", columns: ["document", "type", "trigger_start", "trigger_end", "trigger", "participants", "place", "date"],
                       rows: events, on: connection)
        try insertRows(into: "claims", columns: ["document", "key", "subject", "predicate", "object", "value", "value_max", "qualifier",
                                                 "date", "source", "recipient", "stance", "via", "evidence_start", "evidence_end", "evidence"],
                       rows: claims, on: connection)
    }
}

/// The entities of a batch added up, as storing its documents one by one would leave them: the
/// type of the first mention that named an entity, the first canonical names a document gave
/// (its first mention's), mentions and documents counted, each spelling with its count.
struct EntityTally {
    struct Entry {
        var type: String
        var canonical: String?
        var canonicalAr: String?
        var mentions = 0
        var documents = 0
        var aliases: [String: Int] = [:]
    }

    private(set) var entries: [String: Entry] = [:]
    /// Identifiers as first met.
    private(set) var order: [String] = []

    /// Counts one document's mentions.
    mutating func count(_ mentions: [EntityMention]) {
        var named = Set<String>()
        for mention in mentions {
            var entry = entries[mention.entity] ?? Entry(type: mention.type, canonical: nil, canonicalAr: nil)
            if entries[mention.entity] == nil { order.append(mention.entity) }
            if named.insert(mention.entity).inserted {
                entry.documents += 1
                entry.canonical = entry.canonical ?? mention.canonical
                entry.canonicalAr = entry.canonicalAr ?? mention.canonicalAr
            }
            entry.mentions += 1
            entry.aliases[mention.text, default: 0] += 1
            entries[mention.entity] = entry
        }
    }
}
