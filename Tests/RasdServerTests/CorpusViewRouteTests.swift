import Foundation
import RasdTestSupport
import Testing

@Suite("GET /api/timeline, /api/claims and /api/graph", .enabled(if: SharedSeeds.isAvailable, "../shared/corpus/seeds is absent: server tests are skipped"))
struct CorpusViewRouteTests {
    @Test("The timeline for Lavrov orders his 2023 meeting before his 2025 one")
    func timeline() async throws {
        let server = try await TestServer.seeds.value
        let page = try await server.get("/api/timeline?entity=sergey-lavrov&per_page=100").json()
        let items = try #require(page["items"] as? [[String: Any]])
        let dates = items.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted())
        let meetings = items.filter { $0["what"] as? String == "meeting" }.compactMap { ($0["date"] as? String)?.prefix(4) }
        #expect(meetings.contains("2023") && meetings.contains("2025"))
    }

    @Test("from and to keep the items dated within them, at the bounds' grain")
    func timelineRange() async throws {
        let server = try await TestServer.seeds.value
        let page = try await server.get("/api/timeline?from=2023-10&to=2023").json()
        let dates = (page["items"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        #expect(!dates.isEmpty)
        #expect(dates.allSatisfy { $0 >= "2023-10" && $0.hasPrefix("2023") })
    }

    @Test("The ledger has Kirby's container claim from two articles, with its values over time")
    func claims() async throws {
        let server = try await TestServer.seeds.value
        let page = try await server.get("/api/claims?per_page=100").json()
        let clusters = try #require(page["items"] as? [[String: Any]])
        let containers = try #require(clusters.first { $0["key"] as? String == "north-korea|transfer|حاويه" })
        let documents = Set((containers["claims"] as? [[String: Any]] ?? []).compactMap { $0["document"] as? String })
        #expect(documents.isSuperset(of: ["seed-000", "seed-003"]))
        #expect((containers["values"] as? [Any])?.count ?? 0 >= 2)
    }

    @Test("The graph around Lavrov has him at its center and keeps the limit on edges")
    func graph() async throws {
        let server = try await TestServer.seeds.value
        let graph = try await server.get("/api/graph?entity=sergey-lavrov&limit=3").json()
        let nodes = (graph["nodes"] as? [[String: Any]] ?? []).compactMap { $0["entity"] as? String }
        let edges = try #require(graph["edges"] as? [[String: Any]])
        #expect(nodes.contains("sergey-lavrov"))
        #expect(edges.count == 3)
        for edge in edges {
            #expect(nodes.contains(edge["source"] as? String ?? "") && nodes.contains(edge["target"] as? String ?? ""))
        }
    }

    @Test("An unknown entity or a depth out of range is refused",
          arguments: [("/api/timeline?entity=nobody", 404), ("/api/claims?entity=nobody", 404),
                      ("/api/graph?entity=nobody", 404), ("/api/graph?entity=sergey-lavrov&depth=9", 400)])
    func refused(path: String, status: Int) async throws {
        let server = try await TestServer.seeds.value
        let reply = try await server.get(path)
        #expect(reply.status == status)
        #expect(try reply.errorMessage() != nil)
    }
}
