import Foundation
import Testing

/// `POST /api/analyze` needs no store content, so these run without ../shared.
@Suite("POST /api/analyze")
struct AnalyzeRouteTests {
    static let statement = "قال وزير الخارجية الروسي سيرغي لافروف أمس إن بلاده ستشحن نحو 300 طن من القمح."

    @Test("Plain text comes back analyzed against the published date given in the query, and is not stored")
    func plainText() async throws {
        let server = try await TestServer.ingesting()
        let reply = try await server.post("/api/analyze?published=2024-05-02", body: Data(Self.statement.utf8), type: "text/plain; charset=utf-8")
        #expect(reply.status == 200)
        let document = try reply.json()
        let entities = (document["entities"] as? [[String: Any]] ?? []).compactMap { $0["entity"] as? String }
        #expect(entities.contains("sergey-lavrov"))
        let dates = (document["dates"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
        #expect(dates == ["2024-05-01"])
        #expect(try await server.get("/api/stats").json()["documents"] as? Int == 0)
    }

    @Test("A JSON record is read as SCHEMA.md's input: its id and published date are used")
    func jsonRecord() async throws {
        let server = try await TestServer.ingesting()
        let body = try JSONSerialization.data(withJSONObject: ["id": "note-7", "text": Self.statement, "published": "2024-05-02"])
        let document = try await server.post("/api/analyze", body: body, type: "application/json").json()
        #expect(document["id"] as? String == "note-7")
        #expect(document["published"] as? String == "2024-05-02")
    }

    @Test("An empty body, bytes that are not UTF-8, and JSON with no text are 400s; too large a body is a 413",
          arguments: [(Data(), "text/plain", 400), (Data([0xD9, 0x84, 0xFF, 0x41]), "text/plain", 400),
                      (Data(#"{"title": "no text"}"#.utf8), "application/json", 400),
                      (Data(#"{"text": "  "}"#.utf8), "application/json", 400),
                      (Data(#"{"text": "نص\u0000ثنائي"}"#.utf8), "application/json", 400),
                      (Data(repeating: 0x41, count: 17 << 10), "text/plain", 413)])
    func refused(body: Data, type: String, status: Int) async throws {
        let server = try await TestServer.ingesting()
        let reply = try await server.post("/api/analyze", body: body, type: type)
        #expect(reply.status == status)
        #expect(try reply.errorMessage() != nil, "\(reply.text)")
    }
}
