import Foundation
import GRDB
import RasdAnalysis
import Testing
@testable import RasdCorpus

/// Full-text search over a real store: the Arabic analyzer finds inflected forms, every word is
/// required, phrases need their words in order, `-` leaves out, filters narrow, BM25 ranks, and
/// snippets mark the words that matched. Team-written articles.
@Suite("Search")
struct SearchTests {
    static let pipeline = SQLiteCorpusStoreTests.pipeline

    static let articles: [DocumentInput] = [
        DocumentInput(id: "shelling", text: "سقطت قذيفة على سوق المدينة صباح اليوم، وأصيب ثلاثة أشخاص.",
                      outlet: "وكالة الشرق", published: "2024-03-02"),
        DocumentInput(id: "barrage", text: "تواصل القصف بالقذائف والصواريخ على الأحياء الشرقية طوال الليل.",
                      outlet: "صحيفة الغرب", published: "2024-05-10"),
        DocumentInput(id: "talks", text: "قال سيرغي لافروف إن المحادثات مع الجانب الكوري كانت مثمرة.",
                      outlet: "وكالة الشرق", published: "2023-10-19"),
        DocumentInput(id: "shells-twice", text: "القذائف سقطت. ثم عادت القذائف تسقط على الميناء.",
                      outlet: "صحيفة الغرب", published: "2024-06-01"),
        DocumentInput(id: "market", text: "افتتح سوق جديد للخضار في وسط المدينة بحضور المحافظ.",
                      outlet: "وكالة الشرق", published: "2024-07-15"),
    ]

    static func store(_ inputs: [DocumentInput] = articles) throws -> (SQLiteCorpusStore, String) {
        let path = SQLiteCorpusStoreTests.temporaryPath()
        let store = try SQLiteCorpusStore(path: path)
        try store.add(inputs.map { pipeline.analyze($0) })
        try store.indexPendingDocuments()
        return (store, path)
    }

    static func ids(_ results: SearchResults) -> [String] { results.hits.map(\.document) }

    @Test("قذائف finds the articles that say قذيفة, بالقذائف and القذائف")
    func inflectedForms() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let found = Set(Self.ids(try store.search(SearchRequest(query: "قذائف"))))
        #expect(found == ["shelling", "barrage", "shells-twice"])
    }

    @Test("Every match, uncut, by input id: what recall and exports read")
    func everyMatch() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let all = try store.matchingDocuments("قذائف")
        #expect(Set(all) == ["shelling", "barrage", "shells-twice"])
        #expect(all.first == "shells-twice")
    }

    @Test("More occurrences in a document of like length rank it first (BM25)")
    func ranking() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let results = try store.search(SearchRequest(query: "القذائف"))
        #expect(results.hits.first?.document == "shells-twice")
        #expect(results.hits.map(\.score) == results.hits.map(\.score).sorted(by: >))
    }

    @Test("Every word is required: سوق المدينة finds the two articles with both")
    func allWordsRequired() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Set(Self.ids(try store.search(SearchRequest(query: "سوق المدينة")))) == ["shelling", "market"])
        #expect(Self.ids(try store.search(SearchRequest(query: "سوق الميناء"))).isEmpty)
    }

    @Test("A phrase needs its words next to each other and in order")
    func phrase() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Self.ids(try store.search(SearchRequest(query: "\"سوق المدينة\""))) == ["shelling"])
        #expect(Self.ids(try store.search(SearchRequest(query: "\"المدينة سوق\""))).isEmpty)
        // With a function word the pair is one indexed term; adjacency still holds.
        #expect(Self.ids(try store.search(SearchRequest(query: "\"على سوق\""))) == ["shelling"])
        #expect(Self.ids(try store.search(SearchRequest(query: "\"على المدينة\""))).isEmpty)
        #expect(Self.ids(try store.search(SearchRequest(query: "\"على سوق المدينة\""))) == ["shelling"])
    }

    @Test("A word after - leaves out the documents that have it")
    func exclusion() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Set(Self.ids(try store.search(SearchRequest(query: "قذائف -الصواريخ")))) == ["shelling", "shells-twice"])
    }

    @Test("Filters: outlet, a published-date range at month grain, and an entity")
    func filters() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Set(Self.ids(try store.search(SearchRequest(query: "قذائف", outlet: "صحيفة الغرب")))) == ["barrage", "shells-twice"])
        #expect(Self.ids(try store.search(SearchRequest(query: "قذائف", from: "2024-05", to: "2024-05"))) == ["barrage"])
        #expect(Self.ids(try store.search(SearchRequest(query: "", entity: "sergey-lavrov"))) == ["talks"])
    }

    @Test("A query with no words lists the filtered documents, newest first, with a total")
    func filterOnly() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let results = try store.search(SearchRequest(query: "", outlet: "وكالة الشرق"))
        #expect(Self.ids(results) == ["market", "shelling", "talks"])
        #expect(results.total == 3)
    }

    @Test("Pages: offset and limit cut the same ranking")
    func pagination() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let all = Self.ids(try store.search(SearchRequest(query: "قذائف")))
        let second = Self.ids(try store.search(SearchRequest(query: "قذائف", limit: 1, offset: 1)))
        #expect(second == [all[1]])
        var counted = SearchRequest(query: "قذائف", limit: 1)
        counted.countAll = true
        #expect(try store.search(counted).total == 3)
    }

    @Test("The snippet marks the matched words exactly, whatever their inflection")
    func snippet() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let hit = try #require(try store.search(SearchRequest(query: "قذائف")).hits.first { $0.document == "barrage" })
        let snippet = try #require(hit.snippet)
        let scalars = Array(snippet.text.unicodeScalars)
        let marked = snippet.highlights.map { String(String.UnicodeScalarView(scalars[$0[0]..<$0[1]])) }
        #expect(marked == ["بالقذائف"])
    }

    @Test("Bad requests are refused with a reason: a date that is not one, a query too long, a zero limit, only exclusions")
    func badRequests() throws {
        let (store, path) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: SQLiteCorpusStore.SearchError.badDate("2024-5")) { try store.search(SearchRequest(query: "x", from: "2024-5")) }
        #expect(throws: SQLiteCorpusStore.SearchError.query(.tooLong(1_001))) {
            try store.search(SearchRequest(query: String(repeating: "ب", count: 1_001)))
        }
        #expect(throws: SQLiteCorpusStore.SearchError.badLimit(0)) { try store.search(SearchRequest(query: "x", limit: 0)) }
        #expect(throws: SQLiteCorpusStore.SearchError.query(.onlyExclusions)) { try store.search(SearchRequest(query: "-قذائف")) }
        // A quote in the query is data, never SQL.
        #expect(Self.ids(try store.search(SearchRequest(query: "x' OR 1=1 --", outlet: "' OR '1'='1"))).isEmpty)
    }

    @Test("Many small segments merge, and the results equal one segment's")
    func merging() throws {
        let inputs = Self.numberedArticles
        try Self.withStores(indexing: inputs) { single, store in
            for input in inputs {
                try store.add([Self.pipeline.analyze(input)])
                try store.indexPendingDocuments(segmentSize: 1)
            }
            let segments = try store.pool.read { db in try Row.fetchAll(db, sql: "SELECT level FROM search_segments ORDER BY first_document") }
            // 23 = 16 + 4 + 3: one segment of level 2, one of level 1, three of level 0.
            #expect(segments.map { $0["level"] as Int } == [2, 1, 0, 0, 0])
            try Self.expectSameResults(store, as: single)
        }
    }

    static let numberedArticles = (0..<23).map { number in
        DocumentInput(id: "d\(number)", text: number % 3 == 0 ? "سقطت قذيفة رقم \(number) قرب الميناء." : "اجتماع رقم \(number) في الوزارة.")
    }

    /// Calls `body` with a store that indexed `inputs` in one go and a new, empty store; removes both after.
    static func withStores(indexing inputs: [DocumentInput], _ body: (SQLiteCorpusStore, SQLiteCorpusStore) throws -> Void) throws {
        let (single, singlePath) = try store(inputs)
        defer { try? FileManager.default.removeItem(atPath: singlePath) }
        let path = SQLiteCorpusStoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(single, try SQLiteCorpusStore(path: path))
    }

    /// Expects `store` to give exactly the results `reference` gives (snippets aside) for each query.
    static func expectSameResults(_ store: SQLiteCorpusStore, as reference: SQLiteCorpusStore,
                                  queries: [String] = ["قذائف", "اجتماع", "\"قرب الميناء\"", "رقم -الوزارة"]) throws {
        for query in queries {
            var request = SearchRequest(query: query, limit: 50)
            request.snippets = false
            #expect(try store.search(request) == reference.search(request), "\(query)")
        }
    }

    /// The documents of each search segment, oldest first.
    static func segmentSizes(_ store: SQLiteCorpusStore) throws -> [Int] {
        try store.pool.read { db in try Int.fetchAll(db, sql: "SELECT documents FROM search_segments ORDER BY first_document") }
    }

    @Test("Whole parts are made while too few documents wait for a segment, and written as one segment with the rest")
    func segmentParts() throws {
        let inputs = Self.numberedArticles
        try Self.withStores(indexing: inputs) { single, store in
            try store.add(inputs.prefix(7).map { Self.pipeline.analyze($0) })
            // 7 wait, fewer than 10: two parts of 3 are made, nothing is written.
            #expect(try store.indexPendingDocuments(minimum: 10, segmentSize: 10, partSize: 3) == 0)
            #expect(store.segmentParts.all.map(\.documentCount) == [3, 3])
            #expect(try Self.segmentSizes(store).isEmpty)
            try store.add(inputs.dropFirst(7).map { Self.pipeline.analyze($0) })
            // 23 wait: the parts and 4 more make a segment of 10, then one more of 10; 3 stay waiting.
            #expect(try store.indexPendingDocuments(minimum: 10, segmentSize: 10, partSize: 3) == 20)
            #expect(try Self.segmentSizes(store) == [10, 10])
            #expect(store.segmentParts.all.map(\.documentCount) == [3])
            #expect(try store.indexPendingDocuments(minimum: 1, segmentSize: 10, partSize: 3) == 3)
            #expect(try Self.segmentSizes(store) == [10, 10, 3])
            #expect(store.segmentParts.all.isEmpty)
            try Self.expectSameResults(store, as: single)
        }
    }

    @Test("Parts that no longer follow the last segment are dropped and their documents read again")
    func staleSegmentParts() throws {
        let late = DocumentInput(id: "late", text: "اجتماع متأخر في الوزارة.")
        try Self.withStores(indexing: Self.numberedArticles + [late]) { single, store in
            try store.add(Self.numberedArticles.map { Self.pipeline.analyze($0) })
            #expect(try store.indexPendingDocuments(minimum: 100, segmentSize: 100, partSize: 5) == 0)
            #expect(store.segmentParts.all.map(\.documentCount) == [5, 5, 5, 5])
            // Another writer (here: a second store on the file) indexes everything meanwhile.
            try SQLiteCorpusStore(path: store.pool.path).indexPendingDocuments()
            try store.add([Self.pipeline.analyze(late)])
            #expect(try store.indexPendingDocuments(minimum: 1, segmentSize: 100, partSize: 5) == 1)
            #expect(try Self.segmentSizes(store) == [23, 1])
            #expect(store.segmentParts.all.isEmpty)
            try Self.expectSameResults(store, as: single, queries: ["قذائف", "اجتماع"])
        }
    }

    @Test("A postings row bound straight to SQLite: blobs kept byte for byte, an empty one stored empty, a duplicate refused")
    func postingsRows() throws {
        let path = SQLiteCorpusStoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteCorpusStore(path: path)
        try store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO search_segments (id, level, first_document, last_document, documents, terms, first_row, last_row)
                VALUES (7, 0, 1, 1, 1, 1, 1, 1)
                """)
            let insert = try PostingsRowInserter(db)
            try insert.insert(row: 1, term: "قذيف", segment: 7, postings: [3, 0, 255], positions: [])
            #expect(throws: DatabaseError.self) {
                try insert.insert(row: 2, term: "قذيف", segment: 7, postings: [1], positions: [1])
            }
            let row = try #require(try Row.fetchOne(db, sql: "SELECT rowid, term, segment, postings, positions FROM search_postings"))
            #expect(row["rowid"] as Int64 == 1)
            #expect(row["term"] as String == "قذيف")
            #expect(row["segment"] as Int64 == 7)
            #expect(row["postings"] as Data == Data([3, 0, 255]))
            #expect(row["positions"] as Data? == Data())
        }
    }

    /// Articles with a title, Latin words, digits and function-word pairs: every kind of term.
    static let mixedArticles: [DocumentInput] = [
        DocumentInput(id: "summit", text: "التقى الوزير في نهاية الأسبوع نظيره في مقر NATO، وبحثا خطة من 12 بندا.",
                      title: "لقاء في بروكسل", outlet: "وكالة الشرق", published: "2024-02-01"),
        DocumentInput(id: "harbour", text: "عادت القذائف تسقط على الميناء، وقال Reuters إن 3 سفن تضررت.",
                      title: "قصف الميناء", outlet: "صحيفة الغرب", published: "2024-02-03"),
    ] + articles

    /// Every postings row of a store in row order, and its segments' counts.
    static func indexRows(_ store: SQLiteCorpusStore) throws -> (rows: [[DatabaseValue]], segments: [[DatabaseValue]]) {
        try store.pool.read { db in
            (try Row.fetchAll(db, sql: "SELECT term, segment, postings, positions FROM search_postings ORDER BY rowid").map { Array($0.databaseValues) },
             try Row.fetchAll(db, sql: "SELECT level, first_document, last_document, documents, terms FROM search_segments ORDER BY id").map { Array($0.databaseValues) })
        }
    }

    @Test("Terms made on the analysis workers index exactly what the stored text gives, rows in SQLite's term order")
    func preparedTerms() throws {
        let analyzed = Self.mixedArticles.map { Self.pipeline.analyze($0) }
        let (prepared, preparedPath) = (SQLiteCorpusStoreTests.temporaryPath(), SQLiteCorpusStoreTests.temporaryPath())
        defer { for path in [prepared, preparedPath] { try? FileManager.default.removeItem(atPath: path) } }
        let withTerms = try SQLiteCorpusStore(path: prepared)
        try withTerms.add(prepared: analyzed.map(withTerms.prepare))
        try withTerms.indexPendingDocuments()
        let fromText = try SQLiteCorpusStore(path: preparedPath)
        try fromText.add(prepared: analyzed.map { PreparedDocument($0) })
        try fromText.indexPendingDocuments()

        let (rows, segments) = try Self.indexRows(withTerms)
        #expect(rows.count > 50)
        #expect(try Self.indexRows(fromText) == (rows, segments))
        let terms = rows.map { String.fromDatabaseValue($0[0])! }
        // SQLite's BINARY collation: UTF-8 bytes.
        #expect(terms == terms.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(terms.contains("nato") && terms.contains("12") && terms.contains { $0.hasPrefix("في ") })
    }

    @Test("A segment takes the terms the workers made, not the stored text again")
    func segmentTakesPreparedTerms() throws {
        let path = SQLiteCorpusStoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteCorpusStore(path: path)
        try store.add(Self.articles.map { Self.pipeline.analyze($0) })
        // Were the segment read from the stored text, it would find nothing now.
        try store.pool.write { db in try db.execute(sql: "UPDATE documents SET text = ''") }
        try store.indexPendingDocuments()
        #expect(Set(Self.ids(try store.search(SearchRequest(query: "قذائف")))) == ["shelling", "barrage", "shells-twice"])
    }

    @Test("Stored documents left unindexed by an interrupted ingest are indexed on the next call")
    func catchUp() throws {
        let path = SQLiteCorpusStoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteCorpusStore(path: path)
        try store.add(Self.articles.map { Self.pipeline.analyze($0) })
        #expect(try store.unindexedDocuments() == 5)
        #expect(try store.search(SearchRequest(query: "قذائف")).hits.isEmpty)
        #expect(try store.indexPendingDocuments() == 5)
        #expect(try store.unindexedDocuments() == 0)
        #expect(try store.search(SearchRequest(query: "قذائف")).hits.count == 3)
        // A new segment changes the index's state: cached postings are not used for it.
        try store.add([Self.pipeline.analyze(DocumentInput(id: "late", text: "قذيفة أخرى سقطت قرب المدرسة."))])
        try store.indexPendingDocuments()
        #expect(try store.search(SearchRequest(query: "قذائف")).hits.count == 4)
    }

    @Test("Skipping blocks by their score bound returns exactly the ranking that scoring every match gives")
    func blockMaxIsExact() throws {
        // 400 documents of varied length and term frequency: several blocks of 128 postings per term.
        let inputs = (0..<400).map { number -> DocumentInput in
            let shells = String(repeating: "قذيفة ", count: 1 + (number * 7) % 5)
            let filler = String(repeating: "ثم جاء خبر آخر عن الطقس ", count: 1 + (number * 13) % 9)
            let port = number % 4 == 0 ? "قرب الميناء " : "في الميناء القديم "
            return DocumentInput(id: "n\(number)", text: shells + port + filler + "رقم \(number)")
        }
        let (store, path) = try Self.store(inputs)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for query in ["قذائف", "خبر", "قذائف الميناء", "\"قرب الميناء\"", "الطقس -قرب", "\"في الميناء\" قذيفة"] {
            var skipping = SearchRequest(query: query, limit: 10)
            skipping.snippets = false
            var counting = skipping
            counting.countAll = true
            let fast = try store.search(skipping).hits, full = try store.search(counting).hits
            #expect(fast.map(\.document) == full.map(\.document), "\(query)")
            #expect(fast.map(\.score) == full.map(\.score), "\(query)")
            #expect(fast.count == 10, "\(query)")
        }
    }
}
