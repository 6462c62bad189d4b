import Foundation
import RasdTestSupport
import Testing

@Suite("GET /api/search", .enabled(if: SharedSeeds.isAvailable, "../shared/corpus/seeds is absent: server tests are skipped"))
struct SearchRouteTests {
    @Test("لافروف finds the seed articles that name him, with snippets whose highlights mark the word")
    func findsLavrov() async throws {
        let server = try await TestServer.seeds.value
        let reply = try await server.get("/api/search?q=\(TestServer.encoded("لافروف"))")
        #expect(reply.status == 200)
        #expect(reply.headers["content-type"] == "application/json; charset=utf-8")
        let page = try reply.json()
        let hits = try #require(page["hits"] as? [[String: Any]])
        #expect(page["total"] as? Int == hits.count)
        #expect(hits.count >= 3)
        let snippet = try #require(hits.first?["snippet"] as? [String: Any])
        let text = Array((snippet["text"] as? String ?? "").unicodeScalars)
        let marks = try #require(snippet["highlights"] as? [[Int]])
        #expect(!marks.isEmpty)
        for mark in marks { #expect(String(String.UnicodeScalarView(text[mark[0]..<mark[1]])).contains("لافروف")) }
    }

    @Test("Pages hold per_page hits, follow each other without overlap, and keep the total")
    func pagination() async throws {
        let server = try await TestServer.seeds.value
        let q = TestServer.encoded("لافروف")
        let first = try await server.get("/api/search?q=\(q)&per_page=2").json()
        let second = try await server.get("/api/search?q=\(q)&per_page=2&page=2").json()
        let firstIDs = (first["hits"] as? [[String: Any]] ?? []).compactMap { $0["document"] as? String }
        let secondIDs = (second["hits"] as? [[String: Any]] ?? []).compactMap { $0["document"] as? String }
        #expect(firstIDs.count == 2)
        #expect(!secondIDs.isEmpty)
        #expect(Set(firstIDs).isDisjoint(with: secondIDs))
        #expect(first["total"] as? Int == second["total"] as? Int)
        #expect(second["page"] as? Int == 2 && second["per_page"] as? Int == 2)
    }

    @Test("A filter with no words lists the entity's documents")
    func filterOnly() async throws {
        let server = try await TestServer.seeds.value
        let page = try await server.get("/api/search?entity=sergey-lavrov").json()
        let ids = Set((page["hits"] as? [[String: Any]] ?? []).compactMap { $0["document"] as? String })
        #expect(ids.isSuperset(of: ["seed-000", "seed-004"]))
    }

    @Test("With neither words nor filters, every document is listed, newest first")
    func everything() async throws {
        let server = try await TestServer.seeds.value
        let page = try await server.get("/api/search?per_page=100").json()
        #expect(page["total"] as? Int == 6)
        let dates = (page["hits"] as? [[String: Any]] ?? []).compactMap { $0["published"] as? String }
        #expect(dates == dates.sorted(by: >))
    }

    @Test("Malformed requests get 400 and an error object that names the problem",
          arguments: [
            ("q=\(TestServer.encoded("-لافروف"))", "only leaves words out"),
            ("q=%FF%FE", "percent-encoded"),
            ("q=\(String(repeating: "a", count: 1_001))", "longer than 1000"),
            ("q=x&from=last-week", "from must be a date"),
            ("q=x&page=0", "page must be"),
            ("q=x&per_page=101", "per_page must be"),
            ("q=x&page=two", "page must be"),
          ])
    func malformed(query: String, message: String) async throws {
        let server = try await TestServer.seeds.value
        let reply = try await server.get("/api/search?\(query)")
        #expect(reply.status == 400)
        let said = try reply.errorMessage()
        #expect(said?.contains(message) == true, "\(said ?? "no message")")
    }
}
