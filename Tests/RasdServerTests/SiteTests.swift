import Foundation
import Testing
@testable import RasdServer

@Suite("The UI, the OpenAPI document and what every response carries")
struct SiteTests {
    @Test("/openapi.json is OpenAPI 3.1 and documents exactly the routes the server has")
    func openAPIMatchesRoutes() async throws {
        let server = try await TestServer.ingesting()
        let document = try await server.get("/openapi.json").json()
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var documented = Set<String>()
        for (path, operations) in paths { for method in operations.keys { documented.insert("\(method.uppercased()) \(path)") } }
        let served = Set(CorpusAPI.routes.map { "\($0.methodName) \($0.documentedPath)" })
        #expect(documented == served)
    }

    @Test("The page is Arabic, right to left, and loads nothing from another origin")
    func pageIsLocal() async throws {
        let server = try await TestServer.ingesting()
        let page = try await server.get("/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.text.contains("dir=\"rtl\"") && page.text.contains("lang=\"ar\""))
        for asset in ["/", "/assets/app.js", "/assets/app.css"] {
            // The one absolute URL allowed is SVG's namespace name, which is never fetched.
            let text = try await server.get(asset).text.replacingOccurrences(of: "'http://www.w3.org/2000/svg'", with: "")
            #expect(text.firstMatch(of: #/(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/#) == nil, "\(asset) names another origin")
        }
        #expect(!page.text.contains("<script>"), "no inline script: the CSP would block it")
    }

    @Test("A known path asked with another method is a 405 that says which methods it takes")
    func wrongMethod() async throws {
        let server = try await TestServer.ingesting()
        let reply = try await server.post("/api/stats", body: Data("{}".utf8), type: "application/json")
        #expect(reply.status == 405)
        #expect(reply.headers["allow"] == "GET")
        #expect(try reply.errorMessage() == "/api/stats answers GET, not POST")
    }

    @Test("An unknown route is a 404 with the API's error object and the security headers")
    func unknownRoute() async throws {
        let server = try await TestServer.ingesting()
        let reply = try await server.get("/api/nothing-here")
        #expect(reply.status == 404)
        #expect(try reply.errorMessage() == "no route GET /api/nothing-here")
        #expect(reply.headers["x-frame-options"] == "DENY")
        #expect(reply.headers["content-security-policy"] == ResponseHardening.contentSecurityPolicy)
    }
}
