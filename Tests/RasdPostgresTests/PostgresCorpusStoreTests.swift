import Foundation
import PostgresNIO
import RasdAnalysis
import RasdCorpus
@testable import RasdPostgres
import RasdTestSupport
import Testing

/// The PostgreSQL store against a real server (`TestPostgresServer`), each test in a database of
/// its own, over the five seed articles analysed as the SQLite tests analyse them: the same counts
/// and the same entities in the same order as the SQLite store, idempotence, Lavrov as one entity
/// with his spellings, and a batch as one transaction.
@Suite("PostgreSQL corpus store", .enabled(if: SharedSeeds.isAvailable, "../shared/corpus/seeds is not beside the repository"),
       .enabled(if: TestPostgresServer.shared != nil, "no PostgreSQL server could start (see the message above): skipped"))
struct PostgresCorpusStoreTests {
    /// The seeds, analysed once for all the tests.
    static let seeds: [AnalyzedDocument] = (0..<5).map { number in
        let id = "seed-00\(number)"
        let text = (try? String(contentsOf: SharedSeeds.folder.appendingPathComponent("\(id).txt"), encoding: .utf8)) ?? ""
        return AnalysisPipeline.standard.analyze(DocumentInput(id: id, text: text))
    }

    /// The SQLite store of the same documents, the reference.
    static func sqlite() throws -> (SQLiteCorpusStore, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-pg-reference-\(UUID().uuidString).sqlite").path
        let store = try SQLiteCorpusStore(path: path)
        try store.add(seeds)
        return (store, path)
    }

    static func removeSQLite(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// A store in a new database of the test server.
    static func postgres() throws -> (PostgresCorpusStore, String) {
        let server = try #require(TestPostgresServer.shared)
        let url = try server.createDatabase()
        return (try PostgresCorpusStore(url: url), url)
    }

    @Test("The seeds stored give the SQLite store's counts for the same documents")
    func countsEqualSQLite() throws {
        let (store, _) = try Self.postgres()
        defer { store.close() }
        #expect(try store.add(Self.seeds) == 5)
        let (reference, path) = try Self.sqlite()
        defer { Self.removeSQLite(path) }
        let expected = try reference.counts()
        #expect(expected.documents == 5)
        #expect(expected.entities > 0 && expected.mentions > 0 && expected.attributions > 0 && expected.events > 0 && expected.claims > 0)
        #expect(try store.counts() == expected)
    }

    @Test("Adding the same documents again adds nothing and changes no count")
    func readdingAddsNothing() throws {
        let (store, _) = try Self.postgres()
        defer { store.close() }
        #expect(try store.add(Self.seeds) == 5)
        let first = try store.counts()
        #expect(try store.add(Self.seeds) == 0)
        #expect(try store.add([Self.seeds[2]]) == 0)
        #expect(try store.counts() == first)
        #expect(try store.contains(contentHash: ContentHash.of(Self.seeds[0].text)))
        #expect(try !store.contains(contentHash: ContentHash.of("نص لم يخزن")))
    }

    @Test("Lavrov is one entity, in the three articles that name him, with his spellings as aliases")
    func lavrov() throws {
        let (store, url) = try Self.postgres()
        defer { store.close() }
        try store.add(Self.seeds)
        let entities = try store.entities(limit: 1000)
        let lavrov = entities.filter { $0.entity == "sergey-lavrov" }
        #expect(lavrov.count == 1)
        #expect(lavrov.first?.documents == 3)
        #expect(lavrov.first?.aliases.contains("لافروف") == true)
        #expect(lavrov.first?.aliases.contains("سيرغي لافروف") == true)
        // No other entity holds a spelling of his name, and psql reads the same aliases.
        #expect(entities.filter { $0.entity != "sergey-lavrov" && $0.aliases.contains { $0.contains("لافروف") } }.isEmpty)
        let database = String(url.split(separator: "/").last ?? "")
        let server = try #require(TestPostgresServer.shared)
        let rows = try server.psql(database, "SELECT alias FROM aliases WHERE entity = 'sergey-lavrov' ORDER BY count DESC, alias COLLATE \"C\"")
        #expect(rows.split(separator: "\n").map(String.init) == lavrov.first?.aliases)
    }

    @Test("A batch holding one text twice stores it once: the entities of a SQLite store of the two texts")
    func sameTextTwiceInOneBatch() throws {
        let (store, _) = try Self.postgres()
        defer { store.close() }
        #expect(try store.add([Self.seeds[0], Self.seeds[1], Self.seeds[0]]) == 2)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-pg-twice-\(UUID().uuidString).sqlite").path
        defer { Self.removeSQLite(path) }
        let reference = try SQLiteCorpusStore(path: path)
        try reference.add([Self.seeds[0], Self.seeds[1]])
        #expect(try store.counts() == reference.counts())
        #expect(try store.entities(limit: 1000) == reference.entities(limit: 1000))
    }

    @Test("A batch is one transaction: a document the server refuses mid-batch leaves nothing of the batch")
    func batchIsOneTransaction() throws {
        let (store, _) = try Self.postgres()
        defer { store.close() }
        // An offset beyond PostgreSQL's integer: the server refuses the second document's mentions.
        var refused = Self.seeds[1]
        refused.entities[0].start = Int(Int32.max) + 1
        #expect(throws: (any Error).self) { try store.add([Self.seeds[0], refused, Self.seeds[2]]) }
        #expect(try store.counts() == CorpusCounts())
        #expect(try !store.contains(contentHash: ContentHash.of(Self.seeds[0].text)))
        #expect(try store.entities(limit: 10).isEmpty)
        // The store goes on: the same documents without the refused one are stored.
        #expect(try store.add([Self.seeds[0], Self.seeds[2]]) == 2)
    }

    @Test("entities(limit:) gives the SQLite store's entities, aliases and order")
    func entitiesOrderEqualsSQLite() throws {
        let (store, _) = try Self.postgres()
        defer { store.close() }
        try store.add(Self.seeds)
        let (reference, path) = try Self.sqlite()
        defer { Self.removeSQLite(path) }
        let expected = try reference.entities(limit: 1000)
        #expect(expected.count > 20)
        #expect(try store.entities(limit: 1000) == expected)
        #expect(try store.entities(limit: 7) == Array(expected.prefix(7)))
    }

    @Test("Documents keep their text and full analysis (jsonb); reopening applies no migration twice")
    func documentsAndSchema() throws {
        let (store, url) = try Self.postgres()
        try store.add(Self.seeds)
        store.close()
        let reopened = try PostgresCorpusStore(url: url)
        defer { reopened.close() }
        #expect(try reopened.counts().documents == 5)
        let database = String(url.split(separator: "/").last ?? "")
        let server = try #require(TestPostgresServer.shared)
        #expect(try server.psql(database, "SELECT COUNT(*) FROM schema_version") == "4\n")
        let analysis = try server.psql(database, "SELECT analysis FROM documents WHERE document = 'seed-003'")
        let decoded = try JSONDecoder().decode(AnalyzedDocument.self, from: Data(analysis.utf8))
        #expect(decoded == Self.seeds[3])
        let kirby = try server.psql(database, """
            SELECT d.document FROM claims c JOIN documents d ON d.id = c.document
            WHERE c.key = 'north-korea|transfer|حاويه' AND c.source = 'john-kirby' ORDER BY d.document
            """)
        #expect(kirby == "seed-000\nseed-003\n")
    }
}

/// The views across documents on PostgreSQL: near-copy groups, the claims ledger and the
/// timeline, each the SQLite store's for the same documents.
extension PostgresCorpusStoreTests {
    /// The seeds with a team-written story, an edited copy of it and an unrelated story.
    static let withCopies: [AnalyzedDocument] = seeds + [
        AnalysisPipeline.standard.analyze(DocumentInput(id: "copy", text: NearCopyTexts.edited, outlet: "Second", published: "2024-06-02")),
        AnalysisPipeline.standard.analyze(DocumentInput(id: "original", text: NearCopyTexts.story, outlet: "First", published: "2024-06-01")),
        AnalysisPipeline.standard.analyze(DocumentInput(id: "other", text: NearCopyTexts.other, outlet: "Third", published: "2024-06-01")),
    ]

    /// Both stores holding `withCopies`, stored in one batch each.
    static func bothStores() throws -> (postgres: PostgresCorpusStore, sqlite: SQLiteCorpusStore, url: String, path: String) {
        let (store, url) = try postgres()
        try store.add(withCopies)
        try store.indexPendingDocuments(minimum: 1)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-pg-copies-\(UUID().uuidString).sqlite").path
        let reference = try SQLiteCorpusStore(path: path)
        try reference.add(withCopies)
        try reference.indexPendingDocuments(minimum: 1)
        return (store, reference, url, path)
    }

    @Test("An edited copy joins its original's group, earliest first; the groups are the SQLite store's")
    func nearCopies() throws {
        let (store, reference, _, path) = try Self.bothStores()
        defer { store.close(); Self.removeSQLite(path) }
        let groups = try store.duplicateGroups()
        #expect(groups.map { $0.members.map(\.document) } == [["original", "copy"]])
        #expect(groups.first?.earliest.outlet == "First")
        #expect(try store.duplicateGroups() == reference.duplicateGroups())
    }

    @Test("Re-adding a copy in a later batch puts it in the same group; a new copy of it joins too")
    func nearCopiesAcrossBatches() throws {
        let (store, _) = try Self.postgres()
        defer { store.close() }
        try store.add([Self.withCopies[6]])
        try store.add([Self.withCopies[7], Self.withCopies[5]])
        let again = AnalysisPipeline.standard.analyze(DocumentInput(
            id: "again", text: NearCopyTexts.edited + " وأضاف المصدر أن التحقيق مستمر.", outlet: "Fourth", published: "2024-06-03"))
        #expect(try store.add([again, Self.withCopies[5]]) == 1)
        #expect(try store.duplicateGroups().map { $0.members.map(\.document) } == [["original", "copy", "again"]])
    }

    @Test("The claims ledger is the SQLite store's: Kirby's containers from two articles, a story and its copy as one group")
    func ledgerEqualsSQLite() throws {
        let (store, reference, _, path) = try Self.bothStores()
        defer { store.close(); Self.removeSQLite(path) }
        let ledger = try store.claimLedger(entity: nil)
        #expect(ledger.count > 3)
        #expect(ledger == (try reference.claimLedger(entity: nil)))
        let containers = ledger.first { $0.key == "north-korea|transfer|حاويه" }
        #expect(containers?.claims.filter { $0.source == "john-kirby" }.map(\.document).sorted() == ["seed-000", "seed-003"])
        #expect(containers?.values.map(\.value) == [1000, 1000, 28000])
        let copies = ledger.first { $0.key == "north-korea|deployment|جندي" }?.claims.filter { ["original", "copy"].contains($0.document) }
        #expect(copies?.count == 2)
        #expect(copies?.first?.copies != nil && copies?.first?.copies == copies?.last?.copies)
        #expect(try store.claimLedger(entity: "john-kirby") == reference.claimLedger(entity: "john-kirby"))
        #expect(try store.claimLedger(entity: "john-kirby").map(\.key) == ["north-korea|transfer|حاويه"])
    }

    @Test("The timeline is the SQLite store's, whole and for Lavrov: his 2023 meeting before his 2025 one")
    func timelineEqualsSQLite() throws {
        let (store, reference, _, path) = try Self.bothStores()
        defer { store.close(); Self.removeSQLite(path) }
        let items = try store.timeline(entity: nil)
        #expect(items.count > 5)
        #expect(items == (try reference.timeline(entity: nil)))
        let lavrov = try store.timeline(entity: "sergey-lavrov")
        #expect(lavrov == (try reference.timeline(entity: "sergey-lavrov")))
        let meetings = lavrov.filter { $0.kind == "event" && $0.what == "meeting" }.map(\.date)
        #expect(meetings.first == "2023-10-19")
        #expect(meetings.last == "2025-07-12")
    }

    @Test("The entity graph is the SQLite store's: whole, around Lavrov, two hops out, and with a minimum weight")
    func graphEqualsSQLite() throws {
        let (store, reference, _, path) = try Self.bothStores()
        defer { store.close(); Self.removeSQLite(path) }
        let whole = try store.graph(entity: nil, depth: 1, minimumWeight: 1)
        #expect(whole.edges.count > 20)
        #expect(whole == (try reference.graph(entity: nil, depth: 1, minimumWeight: 1)))
        let lavrov = try store.graph(entity: "sergey-lavrov", depth: 1, minimumWeight: 1)
        #expect(lavrov == (try reference.graph(entity: "sergey-lavrov", depth: 1, minimumWeight: 1)))
        let meeting = lavrov.edges.first { $0.kind == "meeting" && $0.source == "kim-jong-un" && $0.target == "sergey-lavrov" }
        #expect(meeting?.documents == ["seed-000", "seed-002"])
        #expect(try store.graph(entity: "sergey-lavrov", depth: 2, minimumWeight: 1) == reference.graph(entity: "sergey-lavrov", depth: 2, minimumWeight: 1))
        #expect(try store.graph(entity: nil, depth: 1, minimumWeight: 2) == reference.graph(entity: nil, depth: 1, minimumWeight: 2))
        #expect(try store.graph(entity: "no-such-entity", depth: 1, minimumWeight: 1).nodes.isEmpty)
    }

    @Test("An entity's profile is the SQLite store's: spellings, roles, newest documents, co-occurring entities, statements")
    func entityProfileEqualsSQLite() throws {
        let (store, reference, _, path) = try Self.bothStores()
        defer { store.close(); Self.removeSQLite(path) }
        let lavrov = try #require(try store.entity("sergey-lavrov", documentLimit: 20, coOccurringLimit: 20, statementLimit: 20))
        #expect(lavrov == (try reference.entity("sergey-lavrov", documentLimit: 20, coOccurringLimit: 20, statementLimit: 20)))
        #expect(lavrov.newestDocuments.map(\.document) == ["seed-002", "seed-000", "seed-004"])
        #expect(lavrov.roles.first?.role.isEmpty == false)
        for id in try reference.entities(limit: 8).map(\.entity) {
            #expect(try store.entity(id, documentLimit: 2, coOccurringLimit: 3, statementLimit: 2)
                    == reference.entity(id, documentLimit: 2, coOccurringLimit: 3, statementLimit: 2))
        }
        #expect(try store.entity("no-such-entity", documentLimit: 20, coOccurringLimit: 20, statementLimit: 20) == nil)
        #expect(try store.containsEntity("sergey-lavrov"))
        #expect(try !store.containsEntity("no-such-entity"))
    }

    /// What an export wrote.
    static func exported(_ body: (ExportStream) throws -> Void) throws -> String {
        final class Collected: @unchecked Sendable { var bytes: [UInt8] = [] }
        let collected = Collected()
        // A small buffer: the stream hands its bytes on many times per export.
        let stream = ExportStream(capacity: 64) { collected.bytes.append(contentsOf: $0) }
        try body(stream)
        try stream.flush()
        return String(decoding: collected.bytes, as: UTF8.self)
    }

    @Test("JSON Lines exports are the SQLite store's bytes, whole and for one entity, each line the stored analysis")
    func jsonlEqualsSQLite() throws {
        let (store, reference, _, path) = try Self.bothStores()
        defer { store.close(); Self.removeSQLite(path) }
        let whole = try Self.exported { try store.exportJSONL(entity: nil, to: $0) }
        #expect(whole == (try Self.exported { try reference.exportJSONL(entity: nil, to: $0) }))
        let lines = whole.split(separator: "\n")
        #expect(lines.count == Self.withCopies.count)
        #expect(try lines.map { try JSONDecoder().decode(AnalyzedDocument.self, from: Data($0.utf8)) } == Self.withCopies)
        let lavrov = try Self.exported { try store.exportJSONL(entity: "sergey-lavrov", to: $0) }
        #expect(lavrov == (try Self.exported { try reference.exportJSONL(entity: "sergey-lavrov", to: $0) }))
        #expect(lavrov.split(separator: "\n").count == 3)
    }

    @Test("CSV exports of every table are the SQLite store's bytes, whole and for one entity")
    func csvEqualsSQLite() throws {
        let (store, reference, _, path) = try Self.bothStores()
        defer { store.close(); Self.removeSQLite(path) }
        for table in CorpusTable.allCases {
            for entity in [nil, "sergey-lavrov", "north-korea"] as [String?] {
                let written = try Self.exported { try store.exportCSV(table, entity: entity, to: $0) }
                let expected = try Self.exported { try reference.exportCSV(table, entity: entity, to: $0) }
                #expect(written == expected, "\(table) \(entity ?? "whole")")
                #expect(written.split(separator: "\r\n").count > 1, "\(table) \(entity ?? "whole") has rows")
            }
        }
    }

    @Test("A cursor hands on every row once, in order, across batches, the last one short or empty")
    func cursorBatches() throws {
        let (store, _) = try Self.postgres()
        defer { store.close() }
        for (count, batch) in [(10, 3), (9, 3), (0, 3), (2, 500)] {
            var seen: [Int] = []
            try store.forEachRow("SELECT n FROM generate_series(1, \(count)) AS n", batch: batch) { seen.append(try $0.decode(Int.self)) }
            #expect(seen == Array(stride(from: 1, through: count, by: 1)))
        }
    }

    /// Queries of every kind: words in their inflected forms, a phrase, AND, an exclusion, filters
    /// alone and with words, pages.
    static let searches: [SearchRequest] = [
        SearchRequest(query: "قذائف"), SearchRequest(query: "لافروف"), SearchRequest(query: "كوريا الشمالية"),
        SearchRequest(query: "\"كوريا الشمالية\""), SearchRequest(query: "حاويات روسيا"), SearchRequest(query: "روسيا -لافروف"),
        SearchRequest(query: "في"), SearchRequest(query: "السفينة"), SearchRequest(query: "كلمة-لا-توجد"),
        SearchRequest(query: "روسيا", entity: "sergey-lavrov"), SearchRequest(query: "", entity: "north-korea"),
        SearchRequest(query: "روسيا", outlet: "Yemen Freedom"), SearchRequest(query: "", from: "2024", to: "2025-07"),
        SearchRequest(query: "روسيا", eventType: "meeting"), SearchRequest(query: "روسيا", limit: 2, offset: 1),
        SearchRequest(query: ""),
    ]

    @Test("Search answers as the SQLite store does: the same hits, scores, totals and snippets for every kind of query")
    func searchEqualsSQLite() throws {
        let (store, reference, _, path) = try Self.bothStores()
        defer { store.close(); Self.removeSQLite(path) }
        #expect(try store.unindexedDocuments() == 0)
        for var request in Self.searches {
            for countAll in [false, true] {
                request.countAll = countAll
                let results = try store.search(request)
                #expect(results == (try reference.search(request)), "\(request.query)")
            }
        }
        let inflected = try store.search(SearchRequest(query: "قذائف")).hits.map(\.document)
        #expect(Set(inflected) == ["seed-000", "seed-001", "seed-002", "seed-003"])
        #expect(throws: SearchError.badDate("2024-5")) { try store.search(SearchRequest(query: "x", from: "2024-5")) }
    }

    @Test("Documents indexed one at a time make segments that merge, and search the same")
    func searchAcrossMergedSegments() throws {
        let (store, url) = try Self.postgres()
        defer { store.close() }
        for document in Self.withCopies {
            try store.add([document])
            // Fewer documents than a segment takes wait until they are asked for.
            #expect(try store.unindexedDocuments() == 1)
            #expect(try store.indexPendingDocuments(minimum: 2) == 0)
            #expect(try store.indexPendingDocuments(minimum: 1) == 1)
        }
        let database = String(url.split(separator: "/").last ?? "")
        let server = try #require(TestPostgresServer.shared)
        // Eight one-document segments: four merged into one of level 1, then four more into another.
        #expect(try server.psql(database, "SELECT level, documents FROM search_segments ORDER BY first_document") == "1|4\n1|4\n")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-pg-search-\(UUID().uuidString).sqlite").path
        defer { Self.removeSQLite(path) }
        let reference = try SQLiteCorpusStore(path: path)
        try reference.add(Self.withCopies)
        try reference.indexPendingDocuments()
        for request in Self.searches { #expect(try store.search(request) == reference.search(request), "\(request.query)") }
    }

    @Test("A store made before it kept a search index (schema 2) has its documents indexed when opened")
    func schemaTwoStoreGetsIndex() throws {
        let (store, url) = try Self.postgres()
        try store.add(Self.withCopies)
        try store.indexPendingDocuments(minimum: 1)
        let expected = try Self.searches.map { try store.search($0) }
        store.close()
        let database = String(url.split(separator: "/").last ?? "")
        let server = try #require(TestPostgresServer.shared)
        _ = try server.psql(database, "DROP TABLE search_postings; DROP TABLE search_segments; DELETE FROM schema_version WHERE version >= 3")
        let reopened = try PostgresCorpusStore(url: url)
        defer { reopened.close() }
        #expect(try Self.searches.map { try reopened.search($0) } == expected)
        #expect(expected[0].hits.count == 4)
    }

    @Test("Entity pages (type, name in any case, offset) and stored analyses are the SQLite store's")
    func entityPagesAndAnalysesEqualSQLite() throws {
        let (store, reference, _, path) = try Self.bothStores()
        defer { store.close(); Self.removeSQLite(path) }
        let filters: [(String?, String?, Int, Int)] = [
            (nil, nil, 10, 0), (nil, nil, 10, 5), ("PER", nil, 5, 0), (nil, "LAVROV", 10, 0), (nil, "لافروف", 10, 0),
            ("GPE", "kor", 10, 0), (nil, "100%_", 10, 0), (nil, "\\", 10, 0),
        ]
        for (type, name, limit, offset) in filters {
            let page = try store.entities(type: type, name: name, limit: limit, offset: offset)
            let expected = try reference.entities(type: type, name: name, limit: limit, offset: offset)
            #expect(page.entities == expected.entities && page.total == expected.total, "\(type ?? "-") \(name ?? "-")")
        }
        #expect(try store.entities(type: nil, name: "LAVROV", limit: 10, offset: 0).entities.map(\.entity) == ["sergey-lavrov"])
        for document in Self.withCopies {
            #expect(try store.analysisJSON(document: document.id) == reference.analysisJSON(document: document.id))
        }
        #expect(try store.analysisJSON(document: "no-such-document") == nil)
        #expect(try store.unindexedDocuments() == 0)
        #expect(try store.indexPendingDocuments(minimum: 1) == 0)
    }

    @Test("Documents a new process did not prepare are indexed from their stored text, as those it did")
    func indexedFromStoredText() throws {
        let (store, url) = try Self.postgres()
        try store.add(Self.withCopies)
        store.close()
        let reopened = try PostgresCorpusStore(url: url)
        defer { reopened.close() }
        #expect(try reopened.unindexedDocuments() == Self.withCopies.count)
        #expect(try reopened.indexPendingDocuments(minimum: 1) == Self.withCopies.count)
        let (reference, _, _, path) = try Self.bothStores()
        defer { reference.close(); Self.removeSQLite(path) }
        for request in Self.searches { #expect(try reopened.search(request) == reference.search(request), "\(request.query)") }
    }

    @Test("A store made before near-copies were kept (schema 1) has its documents signed and grouped when opened")
    func schemaOneStoreGetsGroups() throws {
        let (store, url) = try Self.postgres()
        try store.add(Self.withCopies)
        let expected = try store.duplicateGroups()
        store.close()
        let database = String(url.split(separator: "/").last ?? "")
        let server = try #require(TestPostgresServer.shared)
        _ = try server.psql(database, """
            DROP TABLE bands; DROP TABLE signatures; ALTER TABLE documents DROP COLUMN duplicate_group;
            DROP TABLE search_postings; DROP TABLE search_segments; DELETE FROM schema_version WHERE version >= 2
            """)
        let reopened = try PostgresCorpusStore(url: url)
        defer { reopened.close() }
        #expect(try server.psql(database, "SELECT COUNT(*) FROM signatures") == "\(Self.withCopies.count)\n")
        #expect(try reopened.duplicateGroups() == expected)
        #expect(expected.map { $0.members.map(\.document) } == [["original", "copy"]])
    }
}

/// URLs as libpq writes them.
@Suite("PostgreSQL URLs")
struct PostgresURLTests {
    @Test("User, password, host, port and database are read, percent-decoded; a folder host is a unix socket")
    func parse() throws {
        let full = try PostgresURL.parse("postgresql://rasd:s%40cret@db.local:6543/news")
        #expect(full == PostgresURL(user: "rasd", password: "s@cret", host: "db.local", port: 6543, database: "news"))
        let socket = try PostgresURL.parse("postgres://rasd@%2Fvar%2Frun%2Fpostgresql/news")
        #expect(socket.host == "/var/run/postgresql" && socket.port == 5432 && socket.database == "news")
        #expect(socket.unixSocketPath == "/var/run/postgresql/.s.PGSQL.5432")
        #expect(try PostgresURL.parse("postgres://rasd@/news?host=/tmp").host == "/tmp")
        #expect(PostgresURL.redacted("postgres://rasd:secret@h/db") == "postgres://rasd:***@h/db")
        #expect(throws: (any Error).self) { try PostgresURL.parse("rasd.sqlite") }
        #expect(!PostgresURL.isPostgres("rasd.sqlite"))
    }
}
