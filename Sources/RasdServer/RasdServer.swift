import Foundation
import Hummingbird
import Logging
import NIOCore
import RasdCorpus

/// `rasd serve`: the JSON API of `/openapi.json` and the web UI, over one corpus store.
///
/// ```swift
/// let server = try RasdServer(store: SQLiteCorpusStore(path: "rasd.sqlite"), options: ServerOptions(port: 8080))
/// try await server.run { port in print("http://127.0.0.1:\(port)/") }
/// ```
public struct RasdServer: Sendable {
    public let store: any CorpusStore
    public let options: ServerOptions
    let site: SiteAssets

    public init(store: any CorpusStore, options: ServerOptions) throws {
        self.store = store
        self.options = options
        var site = try SiteAssets.bundled()
        site.webRoot = options.webRoot
        self.site = site
    }

    /// Every route: the UI, `/openapi.json` and `/api/…`.
    func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ResponseHardening())
        site.register(on: router)
        CorpusAPI(store: store, options: options).register(on: router)
        return router
    }

    /// Serves until the task is cancelled or the process gets SIGINT or SIGTERM; `onRunning`
    /// gets the port listened on once the socket is bound. Throws when it cannot bind.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        // Documents an interrupted ingest stored but did not index become searchable first.
        _ = try? store.indexPendingDocuments(minimum: 1)
        var logger = Logger(label: "rasd.serve")
        logger.logLevel = .warning
        let app = Application(
            router: makeRouter(),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "rasd"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw StartError.portTaken(host: options.host, port: options.port)
        } catch let error as IOError where error.errnoCode == EADDRNOTAVAIL {
            throw StartError.noSuchAddress(options.host)
        }
    }

    /// Why the server could not start listening.
    public enum StartError: Error, Equatable, CustomStringConvertible {
        case portTaken(host: String, port: Int)
        case noSuchAddress(String)

        public var description: String {
            switch self {
            case .portTaken(let host, let port): "port \(port) on \(host) is taken by another program; choose another with --port"
            case .noSuchAddress(let host): "cannot listen on \(host): this machine has no such address"
            }
        }
    }
}
