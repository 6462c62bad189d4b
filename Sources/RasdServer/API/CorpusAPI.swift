import Foundation
import HTTPTypes
import Hummingbird
import RasdAnalysis
import RasdCorpus

/// The JSON API over one corpus store: every route of `/openapi.json`. Handlers are plain
/// functions of the request, so that each route reads as what it answers.
struct CorpusAPI: Sendable {
    let store: any CorpusStore
    let options: ServerOptions
    let ingest: IngestQueue

    init(store: any CorpusStore, options: ServerOptions) {
        self.store = store
        self.options = options
        self.ingest = IngestQueue(store: store, pipeline: options.pipeline)
    }

    /// One route of the API: what `/openapi.json` documents, path by path.
    struct Route: Sendable {
        var method: HTTPRequest.Method
        /// As the router takes it (`documents/:id`), under `/api/`.
        var path: String
        var handler: @Sendable (CorpusAPI, Request, BasicRequestContext) async throws -> Response

        /// `GET`, `POST`.
        var methodName: String { method.rawValue }

        /// As OpenAPI writes it: `/api/documents/{id}`.
        var documentedPath: String {
            "/api/" + path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
        }
    }

    static let routes: [Route] = [
        Route(method: .get, path: "stats") { api, _, _ in try api.stats() },
        Route(method: .get, path: "search") { api, request, _ in try api.search(request) },
        Route(method: .get, path: "documents/:id") { api, _, context in try api.document(context) },
        Route(method: .post, path: "documents") { api, request, _ in try await api.addDocuments(request) },
        Route(method: .get, path: "entities") { api, request, _ in try api.entities(request) },
        Route(method: .get, path: "entities/:id") { api, _, context in try api.entity(context) },
        Route(method: .get, path: "timeline") { api, request, _ in try api.timeline(request) },
        Route(method: .get, path: "claims") { api, request, _ in try api.claims(request) },
        Route(method: .get, path: "graph") { api, request, _ in try api.graph(request) },
        Route(method: .post, path: "analyze") { api, request, _ in try await api.analyze(request) },
    ]

    /// The methods some route answers at `path` (`/api/documents/seed-000` → `GET`); empty when
    /// no route has that path, so that a wrong method is a 405 and an unknown path a 404.
    static func methods(at path: String) -> [String] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.first == "api" else { return [] }
        return routes.filter { route in
            let pattern = route.path.split(separator: "/")
            return pattern.count == parts.count - 1
                && zip(pattern, parts.dropFirst()).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
        }.map(\.methodName)
    }

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("api")
        for route in Self.routes {
            api.on(RouterPath(route.path), method: route.method) { request, context in
                try await route.handler(self, request, context)
            }
        }
    }

    /// How much the store holds.
    func stats() throws -> Response {
        JSONBody.response(try store.counts())
    }

    /// A path parameter, percent-decoded.
    static func pathParameter(_ name: String, in context: BasicRequestContext) throws -> String {
        guard let raw = context.parameters.get(name) else { throw APIError.badRequest("missing \(name)") }
        guard let decoded = raw.removingPercentEncoding, !decoded.isEmpty else {
            throw APIError.badRequest("\(name) is not valid percent-encoded UTF-8")
        }
        guard decoded.count <= QueryParameters.maximumLength else {
            throw APIError.badRequest("\(name) is longer than \(QueryParameters.maximumLength) characters")
        }
        return decoded
    }

    /// A 404 unless the store knows the entity.
    func requireEntity(_ id: String) throws {
        guard try store.containsEntity(id) else {
            throw APIError.notFound("no entity \(id) in this store (GET /api/entities lists them)")
        }
    }
}
