import Foundation
import RasdTestSupport
import Testing

@Suite("POST /api/documents")
struct IngestRouteTests {
    static let lines = [
        #"{"id": "post-1", "published": "2024-02-10", "text": "وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ اليوم في زيارة تستمر يومين."}"#,
        #"{"id": "post-2", "text": 42}"#,
        #"{"text": "أعلنت وزارة الدفاع أنها تسلمت 12 طائرة مسيرة جديدة."}"#,
    ]

    @Test("A JSON Lines batch is analyzed, stored and searchable; a bad line is reported and the rest are kept")
    func batch() async throws {
        let server = try await TestServer.ingesting()
        let reply = try await server.post("/api/documents", body: Data(Self.lines.joined(separator: "\n").utf8), type: "application/x-ndjson")
        #expect(reply.status == 201)
        let outcome = try reply.json()
        #expect(outcome["added"] as? Int == 2)
        #expect(outcome["documents"] as? [String] == ["post-1", "posted#3"])
        let errors = try #require(outcome["errors"] as? [[String: Any]])
        #expect(errors.count == 1 && errors.first?["line"] as? Int == 2)
        #expect(try await server.get("/api/documents/posted%233").json()["id"] as? String == "posted#3")
        let search = try await server.get("/api/search?q=\(TestServer.encoded("زيارة"))").json()
        #expect((search["hits"] as? [[String: Any]])?.first?["document"] as? String == "post-1")
    }

    @Test("Posting the same document again adds nothing")
    func idempotent() async throws {
        let server = try await TestServer.ingesting()
        let body = Data(Self.lines[0].utf8)
        #expect(try await server.post("/api/documents", body: body, type: "application/json").status == 201)
        let again = try await server.post("/api/documents", body: body, type: "application/json")
        #expect(again.status == 200)
        #expect(try again.json()["already_stored"] as? Int == 1)
    }

    @Test("A body with no usable line is a 400 that gives the reasons, and stores nothing")
    func nothingUsable() async throws {
        let server = try await TestServer.ingesting()
        let reply = try await server.post("/api/documents", body: Data("{\"id\": 1}\nnot json\n".utf8), type: "application/x-ndjson")
        #expect(reply.status == 400)
        #expect(try reply.errorMessage()?.hasPrefix("no line of the body is a usable record: line 1:") == true)
        #expect(try await server.get("/api/stats").json()["documents"] as? Int == 0)
    }

    @Test("A body over the limit is a 413 and stores nothing")
    func tooLarge() async throws {
        let server = try await TestServer.ingesting()
        let line = #"{"text": "\#(String(repeating: "كلمة ", count: 20_000))"}"#
        let reply = try await server.post("/api/documents", body: Data(line.utf8), type: "application/json")
        #expect(reply.status == 413)
        #expect(try await server.get("/api/stats").json()["documents"] as? Int == 0)
    }

    @Test("A server started without --allow-ingest refuses with 403", .enabled(if: SharedSeeds.isAvailable))
    func refusedWithoutPermission() async throws {
        let server = try await TestServer.seeds.value
        let reply = try await server.post("/api/documents", body: Data(Self.lines[0].utf8), type: "application/json")
        #expect(reply.status == 403)
        #expect(try reply.errorMessage()?.contains("--allow-ingest") == true)
    }
}
