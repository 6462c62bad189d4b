import Foundation
import RasdTestSupport
import Testing

@Suite("GET /api/entities and /api/entities/{id}", .enabled(if: SharedSeeds.isAvailable, "../shared/corpus/seeds is absent: server tests are skipped"))
struct EntityRouteTests {
    @Test("The list pages entities, most documents first, with the total")
    func list() async throws {
        let server = try await TestServer.seeds.value
        let page = try await server.get("/api/entities?per_page=5").json()
        let items = try #require(page["items"] as? [[String: Any]])
        #expect(items.count == 5)
        let counts = items.compactMap { $0["documents"] as? Int }
        #expect(counts == counts.sorted(by: >))
        #expect((page["total"] as? Int ?? 0) > 5)
    }

    @Test("q finds an entity by a spelling, and type keeps one type")
    func filters() async throws {
        let server = try await TestServer.seeds.value
        let byName = try await server.get("/api/entities?q=\(TestServer.encoded("لافروف"))").json()
        #expect((byName["items"] as? [[String: Any]])?.map { $0["entity"] as? String } == ["sergey-lavrov"])
        let people = try await server.get("/api/entities?type=PER&per_page=100").json()
        #expect((people["items"] as? [[String: Any]])?.allSatisfy { $0["type"] as? String == "PER" } == true)
        let bad = try await server.get("/api/entities?type=person")
        #expect(bad.status == 400)
    }

    @Test("Lavrov's page has his spellings with counts, his role and his documents")
    func profile() async throws {
        let server = try await TestServer.seeds.value
        let profile = try await server.get("/api/entities/sergey-lavrov").json()
        #expect(profile["canonical"] as? String == "Sergey Lavrov")
        let aliases = (profile["aliases"] as? [[String: Any]] ?? []).compactMap { $0["alias"] as? String }
        #expect(Set(aliases).isSuperset(of: ["لافروف", "سيرغي لافروف"]))
        #expect((profile["roles"] as? [Any])?.isEmpty == false)
        #expect(profile["documents"] as? Int == 4)
    }

    @Test("An unknown entity is a 404")
    func unknown() async throws {
        let server = try await TestServer.seeds.value
        #expect(try await server.get("/api/entities/nobody-at-all").status == 404)
    }
}
