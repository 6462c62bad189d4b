import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import RasdAnalysis
import RasdCorpus
import RasdPostgres
import RasdTestSupport
@testable import RasdServer

/// A real `rasd serve` in this process, on a free loopback port, over a real SQLite store (or a
/// PostgreSQL one, `postgresSeeds`), and an HTTP client for it. The seed stores are built once per
/// test run and shared read-only.
struct TestServer: Sendable {
    let base: URL
    let storePath: String

    /// The five seeds plus a team-written article full of markup, served without ingest.
    static let seeds = Task<TestServer, any Error> {
        let path = temporaryStore("seeds")
        let store = try SQLiteCorpusStore(path: path)
        try store.add(try seedDocuments())
        try store.indexPendingDocuments()
        return try await start(store: store, path: path, options: ServerOptions(port: 0))
    }

    /// The same documents in a PostgreSQL store (`TestPostgresServer`), served; nil where no
    /// PostgreSQL server can start.
    static let postgresSeeds = Task<TestServer?, any Error> {
        guard let database = TestPostgresServer.shared else { return nil }
        let url = try database.createDatabase()
        let store = try PostgresCorpusStore(url: url)
        try store.add(try seedDocuments())
        try store.indexPendingDocuments(minimum: 1)
        return try await start(store: store, path: url, options: ServerOptions(port: 0))
    }

    /// The five seeds and `hostileArticle`, analysed.
    static func seedDocuments() throws -> [AnalyzedDocument] {
        var documents = try (0..<5).map { number -> AnalyzedDocument in
            let id = "seed-00\(number)"
            let text = try String(contentsOf: SharedSeeds.folder.appendingPathComponent("\(id).txt"), encoding: .utf8)
            return AnalysisPipeline.standard.analyze(DocumentInput(id: id, text: text))
        }
        documents.append(AnalysisPipeline.standard.analyze(hostileArticle))
        return documents
    }

    /// An empty store that takes documents (`--allow-ingest`), with small body limits.
    static func ingesting() async throws -> TestServer {
        let path = temporaryStore("ingest")
        var options = ServerOptions(port: 0, allowIngest: true)
        options.maximumIngestBytes = 64 << 10
        options.maximumAnalyzeBytes = 16 << 10
        return try await start(store: try SQLiteCorpusStore(path: path), path: path, options: options)
    }

    /// Markup that must stay text: a script element, an attribute break-out, a `javascript:` URL.
    static let hostileArticle = DocumentInput(
        id: "hostile-markup",
        text: "التقى وزير الخارجية الروسي سيرغي لافروف في 15 كانون الثاني 2024 وفدًا تجاريًا <script>window.pwned=1</script> "
            + "وقال إن \"><img src=x onerror=\"window.pwned=2\"> ليس جزءًا من الاتفاق.",
        title: "<b onmouseover=\"window.pwned=3\">عنوان</b>", url: "javascript:alert(1)", published: "2024-01-16")

    /// A new store file in this test process's scratch folder, which is removed when the process exits
    /// (the servers run until then).
    static func temporaryStore(_ name: String) -> String {
        scratch.appendingPathComponent("\(name)-\(UUID().uuidString).sqlite").path
    }

    static let scratch: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-server-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestServer.scratch) }
        return folder
    }()

    static func start(store: any CorpusStore, path: String, options: ServerOptions) async throws -> TestServer {
        let server = try RasdServer(store: store, options: options)
        let port = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int, any Error>) in
            let once = Once()
            Task {
                do {
                    try await server.run { port in once.run { continuation.resume(returning: port) } }
                } catch {
                    once.run { continuation.resume(throwing: error) }
                }
            }
        }
        return TestServer(base: URL(string: "http://127.0.0.1:\(port)")!, storePath: path)
    }

    /// A reply: status, headers and body.
    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data

        var text: String { String(decoding: body, as: UTF8.self) }
        func json() throws -> [String: Any] {
            guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else { throw ReplyError.notAnObject(text) }
            return object
        }
        /// The `message` of an error reply, checking the error object's shape on the way.
        func errorMessage() throws -> String? {
            let error = try json()["error"] as? [String: Any]
            guard error?["status"] as? Int == status, error?["code"] is String else { return nil }
            return error?["message"] as? String
        }
    }

    enum ReplyError: Error { case notAnObject(String) }

    /// `GET` a path with its query already percent-encoded (`/api/search?q=%D9%84`).
    func get(_ pathAndQuery: String) async throws -> Reply {
        try await send(URLRequest(url: URL(string: base.absoluteString + pathAndQuery)!))
    }

    func post(_ pathAndQuery: String, body: Data, type: String) async throws -> Reply {
        var request = URLRequest(url: URL(string: base.absoluteString + pathAndQuery)!)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue(type, forHTTPHeaderField: "Content-Type")
        return try await send(request)
    }

    private func send(_ request: URLRequest) async throws -> Reply {
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields { headers[String(describing: key).lowercased()] = String(describing: value) }
        return Reply(status: http.statusCode, headers: headers, body: data)
    }

    /// Percent-encodes a query value (Arabic, quotes, spaces).
    static func encoded(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        allowed.remove(charactersIn: "\u{0600}"..."\u{06FF}")
        return value.addingPercentEncoding(withAllowedCharacters: allowed)!
    }
}

/// Runs its closure the first time only (the continuation may be resumed once).
final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    func run(_ body: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        guard !done else { return }
        done = true
        body()
    }
}
