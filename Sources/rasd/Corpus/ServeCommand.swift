import ArgumentParser
import Foundation
import RasdCorpus
import RasdServer

/// `rasd serve`: the analyst's desk, a JSON API and an Arabic web UI over a corpus store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a corpus store: the web UI at / and the JSON API at /api (described at /openapi.json).",
        discussion: """
        Listens on 127.0.0.1 unless --host says otherwise. The UI searches the store, shows each \
        article with its entities, dates, quantities and attributions highlighted, entity pages, \
        the claims ledger, the timeline and the graph. POST /api/documents stores documents only \
        with --allow-ingest.

        Examples:
          rasd serve --db out/examples.sqlite
          rasd serve --db news.sqlite --port 9000 --allow-ingest
        """
    )

    @Option(help: StoreAccess.storeHelp) var db = "rasd.sqlite"
    @Option(help: "The address to listen on; 0.0.0.0 makes the store reachable from other machines.") var host = "127.0.0.1"
    @Option(help: "The port to listen on (0: any free port).") var port = 8080
    @Flag(help: "Let clients add documents with POST /api/documents.") var allowIngest = false
    @Option(help: "Serve the UI's files from this folder instead of the build (for working on the UI).") var webRoot: String?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535.") }
    }

    func run() async throws {
        let store = try StoreAccess.open(db)
        var options = ServerOptions(host: host, port: port, allowIngest: allowIngest)
        options.webRoot = webRoot
        let server = try RasdServer(store: store, options: options)
        let counts = try store.counts()
        let host = self.host, db = self.db
        do {
            try await server.run { port in
                let shown = host.contains(":") ? "[\(host)]" : host
                printError("rasd: serving \(StoreAccess.shown(db)) (\(counts.documents) documents, \(counts.entities) entities) at http://\(shown):\(port)/ — Ctrl-C stops")
            }
        } catch let error as RasdServer.StartError {
            printError("rasd: \(error)")
            throw ExitCode(1)
        }
    }
}
