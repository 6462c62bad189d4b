import Foundation
import GRDB
import RasdAnalysis
import RasdText
import Synchronization

/// The embedded store: one SQLite file in WAL mode (readers never wait for the writer), brought
/// up to date by `CorpusSchema` when opened. Each `add` is one transaction, so an interrupted
/// ingest loses at most the batch in flight and never what was committed.
public final class SQLiteCorpusStore: CorpusStore {
    let pool: DatabasePool
    /// Hot postings lists of this store's searches.
    let postingsCache = PostingsCache()
    /// Search terms of committed documents that wait for their segment.
    let pendingTerms = PendingSearchTerms()
    /// The next level-0 search segment's parts made so far (`SearchIndexWriter`).
    let segmentParts = SegmentParts()
    /// Makes search terms for `prepare`, keeping stems from document to document.
    private let termMaker = SearchTermMaker()

    /// A reader's memory map and page cache.
    static let readerPragmas = "PRAGMA mmap_size = \(1 << 30); PRAGMA cache_size = -65536"

    /// Opens (or creates) the store at `path`.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // Readers see the file through a memory map (no read call per page) and keep 64 MB
            // of pages each: search reads whole postings lists. The writer keeps 16 MB: with
            // SQLite's default 2 MB, ingest read the same index pages from the file again and again.
            // It copies the log into the file (and waits for the disk) every 64 MB of log rather
            // than every 4 MB: an ingest of 30,000 articles waited on the disk some 400 times.
            if db.configuration.readonly {
                try db.execute(sql: Self.readerPragmas)
            } else {
                try db.execute(sql: "PRAGMA cache_size = -16384; PRAGMA wal_autocheckpoint = 16384")
            }
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try CorpusSchema.migrator.migrate(pool)
    }

    /// One statement, so no transaction of its own (`unsafeRead`), compiled once per reader: ingest
    /// asks for every input, on the thread that feeds the analysis. That halved its cost, from
    /// 0.12 to 0.05 ms a document.
    public func contains(contentHash: String) throws -> Bool {
        try pool.unsafeRead { db in
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM documents WHERE content_hash = ?)"), arguments: [contentHash]) ?? false
        }
    }

    /// Stores the documents in one transaction; once `SearchIndexWriter.segmentDocuments` stored
    /// documents are waiting, they become a search segment (`indexPendingDocuments()` indexes the rest).
    @discardableResult
    public func add(prepared documents: [PreparedDocument]) throws -> Int {
        let (added, terms) = try pool.write { db in
            var added = 0
            var terms: [(row: Int64, terms: DocumentTerms)] = []
            for document in documents {
                guard let row = try Self.insert(document, into: db) else { continue }
                added += 1
                if let made = document.searchTerms { terms.append((row, made)) }
            }
            return (added, terms)
        }
        // Kept once committed; a document prepared without terms is read from its stored text.
        pendingTerms.keep(terms)
        try SearchIndexWriter.indexPending(in: pool, minimum: SearchIndexWriter.segmentDocuments, pending: pendingTerms, parts: segmentParts)
        return added
    }

    /// Makes a document ready to store, its search terms included, on the caller's thread.
    public func prepare(_ document: AnalyzedDocument) -> PreparedDocument {
        termMaker.prepare(document)
    }

    /// Inserts one document and its records; returns its row, or nil when its text is stored already.
    private static func insert(_ prepared: PreparedDocument, into db: Database) throws -> Int64? {
        let document = prepared.document, hash = prepared.contentHash
        let exists = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM documents WHERE content_hash = ?)"), arguments: [hash]) ?? false
        guard !exists else { return nil }
        try db.cachedStatement(sql: """
            INSERT INTO documents (document, content_hash, title, url, outlet, author, published, text, analysis)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(in: db) { values in
                values.add(document.id)
                values.add(hash)
                values.add(document.title)
                values.add(document.url)
                values.add(document.outlet)
                values.add(document.author)
                values.add(document.published)
                values.add(document.text)
                values.add(prepared.json)
            }
        let row = db.lastInsertedRowID
        try NearDuplicates.place(row, signature: prepared.signature, in: db)
        try insertRecords(of: document, row: row, into: db)
        return row
    }

    /// Inserts a stored document's records (mentions, entities and aliases counted, dates,
    /// quantities, attributions, events, claims) under its row.
    static func insertRecords(of document: AnalyzedDocument, row: Int64, into db: Database) throws {
        let mention = try db.cachedStatement(sql: """
            INSERT INTO mentions (document, start, "end", text, entity, type, role, role_country) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var perEntity: [String: (mention: EntityMention, count: Int, aliases: [String: Int])] = [:]
        for entity in document.entities {
            try mention.execute(in: db) { values in
                values.add(row)
                values.add(entity.start)
                values.add(entity.end)
                values.add(entity.text)
                values.add(entity.entity)
                values.add(entity.type)
                values.add(entity.role)
                values.add(entity.roleCountry)
            }
            var entry = perEntity[entity.entity] ?? (entity, 0, [:])
            entry.count += 1
            entry.aliases[entity.text, default: 0] += 1
            perEntity[entity.entity] = entry
        }
        let upsertEntity = try db.cachedStatement(sql: """
            INSERT INTO entities (entity, type, canonical, canonical_ar, mentions, documents) VALUES (?, ?, ?, ?, ?, 1)
            ON CONFLICT(entity) DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + 1,
                canonical = COALESCE(entities.canonical, excluded.canonical),
                canonical_ar = COALESCE(entities.canonical_ar, excluded.canonical_ar)
            """)
        let upsertAlias = try db.cachedStatement(sql: """
            INSERT INTO aliases (entity, alias, count) VALUES (?, ?, ?)
            ON CONFLICT(entity, alias) DO UPDATE SET count = count + excluded.count
            """)
        let aliasCount = try db.cachedStatement(sql: "SELECT count FROM aliases WHERE entity = ? AND alias = ?")
        let removeAlias = try db.cachedStatement(sql: "DELETE FROM aliases WHERE entity = ? AND alias = ?")
        for (id, entry) in perEntity {
            try upsertEntity.execute(in: db) { values in
                values.add(id)
                values.add(entry.mention.type)
                values.add(entry.mention.canonical)
                values.add(entry.mention.canonicalAr)
                values.add(entry.count)
            }
            for (alias, count) in entry.aliases {
                // `لسعودية` counts as `السعودية` once that is seen, and is folded into it then.
                var spelling = alias, total = count
                if let full = ArticleSpelling.withArticle(alias), try Int.fetchOne(aliasCount, arguments: [id, full]) != nil {
                    spelling = full
                } else if let elided = ArticleSpelling.elided(alias), let folded = try Int.fetchOne(aliasCount, arguments: [id, elided]) {
                    total += folded
                    try removeAlias.execute(arguments: [id, elided])
                }
                try upsertAlias.execute(in: db) { values in
                    values.add(id)
                    values.add(spelling)
                    values.add(total)
                }
            }
        }

        let date = try db.cachedStatement(sql: """
            INSERT INTO dates (document, start, "end", text, value, end_value, grain, relative) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for item in document.dates {
            try date.execute(in: db) { values in
                values.add(row)
                values.add(item.start)
                values.add(item.end)
                values.add(item.text)
                values.add(item.value)
                values.add(item.endValue)
                values.add(item.grain)
                values.add(item.relative)
            }
        }
        let quantity = try db.cachedStatement(sql: """
            INSERT INTO quantities (document, start, "end", text, value, value_max, unit, unit_lemma, qualifier, per)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for item in document.quantities {
            try quantity.execute(in: db) { values in
                values.add(row)
                values.add(item.start)
                values.add(item.end)
                values.add(item.text)
                values.add(item.value)
                values.add(item.valueMax)
                values.add(item.unit)
                values.add(item.unitLemma)
                values.add(item.qualifier)
                values.add(item.per)
            }
        }
        let attribution = try db.cachedStatement(sql: """
            INSERT INTO attributions (document, cue_start, cue_end, cue, speaker_start, speaker_end, speaker, speaker_entity,
                                      content_start, content_end, content, direct, stance, via)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for item in document.attributions {
            let via = StoredJSON.array(item.relays)
            try attribution.execute(in: db) { values in
                values.add(row)
                values.add(item.cue.start)
                values.add(item.cue.end)
                values.add(item.cue.text)
                values.add(item.speaker?.start)
                values.add(item.speaker?.end)
                values.add(item.speaker?.text)
                values.add(item.speaker?.entity)
                values.add(item.content.start)
                values.add(item.content.end)
                values.add(item.content.text)
                values.add(item.direct)
                values.add(item.stance)
                values.add(via)
            }
        }
        let event = try db.cachedStatement(sql: """
            INSERT INTO events (document, type, trigger_start, trigger_end, trigger, participants, place, date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for item in document.events {
            let participants = StoredJSON.array(item.participants)
            try event.execute(in: db) { values in
                values.add(row)
                values.add(item.type)
                values.add(item.trigger.start)
                values.add(item.trigger.end)
                values.add(item.trigger.text)
                values.add(participants)
                values.add(item.place)
                values.add(item.date)
            }
        }
        let claim = try db.cachedStatement(sql: """
            INSERT INTO claims (document, key, subject, predicate, object, value, value_max, qualifier, date, source, recipient,
                                stance, via, evidence_start, evidence_end, evidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for item in document.claims {
            // The relays of the statement the claim was read from (its evidence is that statement's content).
            let via = StoredJSON.array(document.relays(of: item))
            try claim.execute(in: db) { values in
                values.add(row)
                values.add(item.key)
                values.add(item.subject)
                values.add(item.predicate)
                values.add(item.object)
                values.add(item.value)
                values.add(item.valueMax)
                values.add(item.qualifier)
                values.add(item.date)
                values.add(item.source)
                values.add(item.recipient)
                values.add(item.stance)
                values.add(via)
                values.add(item.evidence.start)
                values.add(item.evidence.end)
                values.add(item.evidence.text)
            }
        }
    }

    public func counts() throws -> CorpusCounts {
        try scan { db in
            var counts = CorpusCounts()
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            counts.documents = try count("documents")
            counts.entities = try count("entities")
            counts.mentions = try count("mentions")
            counts.attributions = try count("attributions")
            counts.events = try count("events")
            counts.claims = try count("claims")
            return counts
        }
    }

    public func entities(limit: Int) throws -> [CorpusEntity] {
        try entities(limit: limit, offset: 0).entities
    }

    /// A read that walks whole tables or indexes (counts, exports, the timeline, the ledger, the
    /// graph) through an 8 MB page cache instead of the memory map. Every page of a map the read
    /// touches stays resident in the process, with up to 15 neighbours the kernel maps around
    /// it: counting the mentions of 30,000 articles went through a 4 MB index and left 70 MB
    /// resident, and an export left the whole file. Searches, which touch few pages and gain from
    /// the map, keep it.
    func scan<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.read { db in
            try db.execute(sql: "PRAGMA mmap_size = 0; PRAGMA cache_size = -8192")
            defer { try? db.execute(sql: Self.readerPragmas) }
            return try body(db)
        }
    }
}
