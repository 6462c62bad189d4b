import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import RasdAnalysis
import RasdCorpus
import Synchronization

/// The corpus store in PostgreSQL: the same records as `SQLiteCorpusStore` (documents with their
/// raw text and full analysis as `jsonb`, entities and their aliases with counts, mentions, dates,
/// quantities, attributions, events, claims, near-copy groups, the search index), as tables an
/// analyst queries with psql. The schema is brought up to date when the store is opened
/// (`PostgresSchema`, recorded in `schema_version`).
/// Each `add` is one transaction; a document whose text is stored already (`content_hash`) is
/// skipped, also when two processes ingest at once (the unique index decides). Every value reaches
/// the server as a bound parameter.
///
/// **Synchronous over postgres-nio.** `CorpusStore` is synchronous, postgres-nio is not. The store
/// owns a `MultiThreadedEventLoopGroup` of one thread that nothing else uses, and its
/// `PostgresConnection`s on it; each call sends its queries through postgres-nio's
/// `EventLoopFuture` API and blocks the *calling* thread with `EventLoopFuture.wait()` until the
/// answer is there. Progress never needs the caller's thread, nor Swift concurrency's cooperative
/// pool: the futures are completed on the store's own event-loop thread. So a call from a Swift
/// concurrency task blocks that task's thread for the duration of the query (as a SQLite call
/// does) and cannot deadlock, however few cooperative threads there are — unlike starting a `Task`
/// and waiting for it with a semaphore, which can starve the pool. (The store's own event-loop
/// thread never calls back into it, and `wait()` refuses to run there.) One call at a time uses a
/// connection (a mutex each), so a transaction's statements are never interleaved with another call's.
public final class PostgresCorpusStore: CorpusStore {
    private let group: MultiThreadedEventLoopGroup
    /// Write transactions: batches, the migrations, signing and indexing.
    private let writer: Mutex<PostgresConnection?>
    /// `contains`, `counts`, `entities` and `query`: they see what is committed.
    private let reader: Mutex<PostgresConnection?>
    private let logger: Logger
    /// Makes the search terms of documents being prepared.
    private let termMaker = SearchTermMaker()
    /// Search terms of committed documents that wait for their segment.
    let pendingTerms = PendingSearchTerms()
    /// Hot postings lists of this store's searches.
    let postingsCache = PostingsCache()

    /// Opens the store at `url` (see `PostgresURL`) and applies the migrations it lacks.
    public convenience init(url: String) throws {
        try self.init(configuration: PostgresURL.parse(url).configuration)
    }

    public init(configuration: PostgresConnection.Configuration) throws {
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        var logger = Logger(label: "rasd.postgres")
        logger.logLevel = .critical
        self.logger = logger
        var opened: [PostgresConnection] = []
        do {
            for id in 1...2 {
                opened.append(try PostgresConnection.connect(on: group.next(), configuration: configuration, id: id, logger: logger).wait())
            }
        } catch {
            for connection in opened { try? connection.close().wait() }
            try? group.syncShutdownGracefully()
            throw PostgresStoreError(message: "cannot connect: \(Self.describe(error))")
        }
        writer = Mutex(opened[0])
        reader = Mutex(opened[1])
        do {
            let found = try inWriteTransaction { connection in try PostgresSchema.migrate { try self.run($0, on: connection) } }
            try signUnsigned()
            // A store made before it kept a search index gets one now; otherwise what an
            // interrupted ingest left unindexed waits for `indexPendingDocuments`, as in SQLite.
            if (1...2).contains(found) { try indexPendingDocuments(minimum: 1) }
        } catch {
            close()
            throw PostgresStoreError(message: "cannot bring the schema up to date: \(Self.describe(error))")
        }
    }

    deinit { close() }

    /// Closes the connections and stops the store's event-loop thread; later calls throw.
    public func close() {
        let written = writer.withLock { state -> PostgresConnection? in
            defer { state = nil }
            return state
        }
        let read = reader.withLock { state -> PostgresConnection? in
            defer { state = nil }
            return state
        }
        let open = [written, read].compactMap { $0 }
        guard !open.isEmpty else { return }
        for connection in open { try? connection.close().wait() }
        try? group.syncShutdownGracefully()
    }

    /// Runs `body` with the writing connection, one call at a time.
    func withWriter<Result>(_ body: (PostgresConnection) throws -> Result) throws -> Result {
        try writer.withLock { open in
            guard let open else { throw PostgresStoreError(message: "the store is closed") }
            return try body(open)
        }
    }

    /// Runs `body` with the reading connection, one call at a time.
    func withConnection<Result>(_ body: (PostgresConnection) throws -> Result) throws -> Result {
        try reader.withLock { open in
            guard let open else { throw PostgresStoreError(message: "the store is closed") }
            return try body(open)
        }
    }

    /// The server's message and SQLSTATE where there is one (postgres-nio's own description hides them).
    static func describe(_ error: any Error) -> String {
        if let error = error as? PostgresStoreError { return error.message }
        if let error = error as? PSQLError, let message = error.serverInfo?[.message] {
            return "\(message) (SQLSTATE \(error.serverInfo?[.sqlState] ?? "?"))"
        }
        return String(reflecting: error)
    }

    func run(_ query: PostgresQuery, on connection: PostgresConnection) throws -> PostgresQueryResult {
        do {
            return try connection.query(query, logger: logger).wait()
        } catch {
            throw PostgresStoreError(message: Self.describe(error))
        }
    }

    /// Runs a query outside any transaction of the store's and returns its rows (tests, tools).
    public func query(_ query: PostgresQuery) throws -> PostgresQueryResult {
        try withConnection { try run(query, on: $0) }
    }

    public func contains(contentHash: String) throws -> Bool {
        try withConnection { connection in
            let rows = try run("SELECT EXISTS(SELECT 1 FROM documents WHERE content_hash = \(contentHash))", on: connection)
            return try rows.first?.decode(Bool.self) ?? false
        }
    }

    /// Stores the documents in one transaction: a failure in any of them leaves none of the batch.
    /// The transaction holds the store's write lock, so that a batch of another process waits for
    /// it and then groups its near-copies with this batch's documents. As in SQLite, the search
    /// index takes stored documents 2,000 at a time (`indexPendingDocuments`).
    @discardableResult
    public func add(prepared documents: [PreparedDocument]) throws -> Int {
        let stored = try inWriteTransaction { connection in
            // A few statements for the whole batch, not a dozen per document: every one waits
            // for the server's answer.
            let stored = try insertDocuments(documents, on: connection)
            try placeNearCopies(stored.map { ($0.row, $0.document.signature) }, on: connection)
            try insertRecords(stored.map { ($0.document.document, $0.row) }, on: connection)
            return stored
        }
        // Kept once committed; once `segmentDocuments` stored documents wait, they become a
        // search segment.
        pendingTerms.keep(stored.map { ($0.row, $0.document) })
        try indexPendingDocuments(minimum: PostgresCorpusStore.segmentDocuments)
        return stored.count
    }

    /// Runs `body` on the writing connection in one transaction that holds the store's write lock:
    /// committed when it returns, rolled back when it throws.
    func inWriteTransaction<Result>(_ body: (PostgresConnection) throws -> Result) throws -> Result {
        try withWriter { connection in
            try transaction("BEGIN", on: connection) { connection in
                _ = try run("SELECT pg_advisory_xact_lock(\(PostgresSchema.writeLock))", on: connection)
                return try body(connection)
            }
        }
    }

    /// Runs `body`'s queries on the reading connection inside one read-only snapshot
    /// (`REPEATABLE READ`), so that a view made of several queries sees one state of the store.
    func withSnapshot<Result>(_ body: (PostgresConnection) throws -> Result) throws -> Result {
        try withConnection { connection in
            try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", on: connection, body)
        }
    }

    /// Runs `body` between `begin` and `COMMIT`; `ROLLBACK` when it throws.
    func transaction<Result>(_ begin: String, on connection: PostgresConnection,
                             _ body: (PostgresConnection) throws -> Result) throws -> Result {
        _ = try run(PostgresQuery(unsafeSQL: begin), on: connection)
        do {
            let result = try body(connection)
            _ = try run("COMMIT", on: connection)
            return result
        } catch {
            _ = try? run("ROLLBACK", on: connection)
            throw error
        }
    }

    /// Makes a document ready to store, its search terms included, on the caller's thread.
    public func prepare(_ document: AnalyzedDocument) -> PreparedDocument {
        termMaker.prepare(document)
    }

    /// A value bound to a placeholder.
    enum Value {
        case int(Int?)
        case text(String?)
        case double(Double?)
        case bool(Bool)
        /// A JSON text, bound as text and cast to `jsonb` by the server.
        case json(String)
    }

    /// One `INSERT … VALUES (…), (…)` per at most 60,000 bound values (the protocol's limit is
    /// 65,535). The statement's text holds only names and placeholders; every value is bound.
    func insertRows(into table: String, columns: [String], rows: [[Value]], suffix: String = "",
                            on connection: PostgresConnection) throws {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, 60_000 / columns.count)
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            start += chunk.count
            var bindings = PostgresBindings(capacity: chunk.count * columns.count)
            var tuples: [String] = []
            tuples.reserveCapacity(chunk.count)
            for values in chunk {
                var placeholders: [String] = []
                for value in values {
                    switch value {
                    case .int(let number): bindings.append(number)
                    case .text(let text): bindings.append(text)
                    case .double(let number): bindings.append(number)
                    case .bool(let flag): bindings.append(flag)
                    case .json(let json): bindings.append(json)
                    }
                    if case .json = value { placeholders.append("$\(bindings.count)::jsonb") } else { placeholders.append("$\(bindings.count)") }
                }
                tuples.append("(" + placeholders.joined(separator: ", ") + ")")
            }
            let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES " + tuples.joined(separator: ", ") + " " + suffix
            _ = try run(PostgresQuery(unsafeSQL: sql, binds: bindings), on: connection)
        }
    }

    public func counts() throws -> CorpusCounts {
        try withConnection { connection in
            let rows = try run("""
                SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM entities), (SELECT COUNT(*) FROM mentions),
                       (SELECT COUNT(*) FROM attributions), (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM claims)
                """, on: connection)
            var counts = CorpusCounts()
            guard let row = rows.first else { return counts }
            (counts.documents, counts.entities, counts.mentions, counts.attributions, counts.events, counts.claims)
                = try row.decode((Int, Int, Int, Int, Int, Int).self)
            return counts
        }
    }

    /// Entities by how many documents name them, most first, then most mentions, then identifier;
    /// aliases most seen first. Text is compared byte by byte (`COLLATE "C"`), as SQLite does, so
    /// the order is the SQLite store's whatever the database's locale.
    public func entities(limit: Int) throws -> [CorpusEntity] {
        try entities(type: nil, name: nil, limit: limit, offset: 0).entities
    }
}

/// An error of the PostgreSQL store, with the server's message when there is one.
public struct PostgresStoreError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
