import Foundation
import RasdAnalysis
import RasdTestSupport
import Testing

@Suite("GET /api/documents/{id}", .enabled(if: SharedSeeds.isAvailable, "../shared/corpus/seeds is absent: server tests are skipped"))
struct DocumentRouteTests {
    @Test("A stored document comes back whole: its text and the analysis whose offsets point into it")
    func storedDocument() async throws {
        let server = try await TestServer.seeds.value
        let document = try await server.get("/api/documents/seed-004").json()
        #expect(document["id"] as? String == "seed-004")
        let text = Array((document["text"] as? String ?? "").unicodeScalars)
        let entities = try #require(document["entities"] as? [[String: Any]])
        let lavrov = try #require(entities.first { $0["entity"] as? String == "sergey-lavrov" })
        let start = try #require(lavrov["start"] as? Int), end = try #require(lavrov["end"] as? Int)
        #expect(String(String.UnicodeScalarView(text[start..<end])) == lavrov["text"] as? String)
        for field in ["dates", "quantities", "attributions", "events", "claims", "boilerplate", "sentences"] {
            #expect(document[field] is [Any], "\(field)")
        }
    }

    @Test("An unknown id is a 404 with an error object")
    func unknown() async throws {
        let server = try await TestServer.seeds.value
        let reply = try await server.get("/api/documents/seed-999")
        #expect(reply.status == 404)
        #expect(try reply.errorMessage() == "no document seed-999 in this store")
    }

    @Test("Markup in an article is JSON text, served as JSON that browsers will not sniff or run")
    func hostileMarkupStaysText() async throws {
        let server = try await TestServer.seeds.value
        let reply = try await server.get("/api/documents/hostile-markup")
        #expect(reply.status == 200)
        #expect(reply.headers["content-type"] == "application/json; charset=utf-8")
        #expect(reply.headers["x-content-type-options"] == "nosniff")
        #expect(reply.headers["content-security-policy"]?.contains("script-src 'self'") == true)
        let document = try reply.json()
        #expect((document["text"] as? String)?.contains("<script>window.pwned=1</script>") == true)
        #expect(document["title"] as? String == TestServer.hostileArticle.title)
    }
}
