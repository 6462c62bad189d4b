import Foundation
import RasdTestSupport
import Testing

/// `rasd serve` over a PostgreSQL store: every read route answers byte for byte as it does over
/// the SQLite store of the same documents (`TestServer.postgresSeeds` against `TestServer.seeds`).
@Suite("The API over a PostgreSQL store", .enabled(if: SharedSeeds.isAvailable, "../shared/corpus/seeds is absent: server tests are skipped"),
       .enabled(if: TestPostgresServer.shared != nil, "no PostgreSQL server could start: skipped"))
struct PostgresStoreRouteTests {
    static let paths = [
        "/api/stats", "/api/entities?per_page=50", "/api/entities?q=LAVROV", "/api/entities?type=GPE&page=2&per_page=3",
        "/api/entities/sergey-lavrov", "/api/documents/seed-001", "/api/documents/hostile-markup",
        "/api/search?q=%D9%82%D8%B0%D8%A7%D8%A6%D9%81", "/api/search?q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7&entity=sergey-lavrov&per_page=3",
        "/api/search?from=2023&to=2024-06", "/api/claims?per_page=100", "/api/claims?entity=kremlin",
        "/api/timeline?entity=sergey-lavrov&per_page=100", "/api/graph?entity=sergey-lavrov&limit=20",
        "/api/entities/nobody", "/api/documents/nothing-here", "/api/search?q=x&from=2024-5",
    ]

    @Test("Each read route gives the SQLite store's status and body", arguments: paths)
    func sameReply(path: String) async throws {
        let sqlite = try await TestServer.seeds.value
        let postgres = try #require(try await TestServer.postgresSeeds.value)
        let expected = try await sqlite.get(path), reply = try await postgres.get(path)
        #expect(reply.status == expected.status)
        #expect(reply.text == expected.text)
        #expect(!reply.body.isEmpty)
    }
}
