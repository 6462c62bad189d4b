import Foundation
import Hummingbird

/// The web UI and the OpenAPI document, read once from the target's `Web` resources and served
/// from memory: no build step, nothing fetched from elsewhere.
struct SiteAssets: Sendable {
    /// The files' bytes, by the path they are served at.
    let assets: [String: [UInt8]]
    /// With `rasd serve --web-root DIR`, the files are read from DIR on every request instead, so
    /// that the UI can be edited and reloaded without a build.
    var webRoot: String?

    static let files: [(path: String, file: String, type: String)] = [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/assets/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/assets/app.css", "app.css", "text/css; charset=utf-8"),
        ("/assets/icon.svg", "icon.svg", "image/svg+xml"),
        ("/openapi.json", "openapi.json", "application/json; charset=utf-8"),
    ]

    /// The bundled files; a missing one is a broken build, reported by name.
    static func bundled() throws -> SiteAssets {
        var assets: [String: [UInt8]] = [:]
        for entry in files {
            guard let url = Bundle.module.url(forResource: entry.file, withExtension: nil, subdirectory: "Web") else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Web/\(entry.file) in RasdServer's resources"])
            }
            assets[entry.path] = Array(try Data(contentsOf: url))
        }
        return SiteAssets(assets: assets)
    }

    func register(on router: Router<BasicRequestContext>) {
        for entry in Self.files {
            let bundled = assets[entry.path]
            let file = webRoot.map { URL(fileURLWithPath: $0).appendingPathComponent(entry.file) }
            router.get(RouterPath(entry.path)) { _, _ -> Response in
                let bytes = try file.map { Array(try Data(contentsOf: $0)) } ?? bundled ?? []
                var headers = HTTPFields()
                headers[.contentType] = entry.type
                headers[.cacheControl] = "no-cache"
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
            }
        }
    }
}
