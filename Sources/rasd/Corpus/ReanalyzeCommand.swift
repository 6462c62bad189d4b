import ArgumentParser
import Foundation
import RasdAnalysis
import RasdCorpus

/// `rasd reanalyze`: gives every stored document the analysis of this Rasd.
struct ReanalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reanalyze",
        abstract: "Analyze every stored document again and remake the store's records from the new analyses.",
        discussion: """
        Ingest skips a text the store holds already, so a store keeps the analyses of the Rasd that \
        first stored each document. After an upgrade, this command analyzes the stored texts again \
        (with their stored title, outlet, author and publication date as given) and remakes \
        entities, aliases, mentions, dates, quantities, attributions, events and claims from the new \
        analyses. Texts, the search index and near-copy groups stay as they are. It is one \
        transaction: searches see the old analyses until it ends, and an interrupted run leaves the \
        store as it was.

        Examples:
          rasd reanalyze --db news.sqlite
          rasd reanalyze --db postgres://rasd@127.0.0.1/news
        """
    )

    @Option(help: StoreAccess.storeHelp) var db = "rasd.sqlite"
    @Option(help: "Documents analyzed per batch.") var batch = 200
    @Option(help: "Analyze on this many cores (all by default).") var jobs: Int?

    func validate() throws {
        if batch < 1 { throw ValidationError("--batch must be at least 1.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let store = try StoreAccess.open(db)
        let stored = try store.counts().documents
        let progress = ReanalysisProgress(total: stored)
        let batches = ReanalysisBatches(store: store, pipeline: .standard, size: batch,
                                        jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount) { progress.handed($0) }
        let replaced: Int
        do {
            replaced = try store.replaceAnalyses { try batches.next() }
        } catch {
            progress.finish()
            printError("rasd: the store \(StoreAccess.shown(db)) was not changed: \(error)")
            throw ExitCode(1)
        }
        progress.finish()
        let counts = try store.counts()
        printError("rasd: \(replaced) documents analyzed again in \(IngestProgress.clock(progress.elapsed)); "
                   + "\(StoreAccess.shown(db)) holds \(counts.documents) documents, \(counts.entities) entities, "
                   + "\(counts.attributions) attributions, \(counts.events) events, \(counts.claims) claims")
    }
}
