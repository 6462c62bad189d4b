import ArgumentParser
import Foundation
import RasdAnalysis
import RasdCorpus

/// `rasd ingest`: analyzes documents and adds them to a corpus store.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyze documents and add them to a corpus store (SQLite or PostgreSQL).",
        discussion: """
        Reads what `rasd analyze` reads (text files, JSON Lines, HTML pages, WARC files, RSS and \
        Atom feeds, folders, quoted patterns, - for standard input), \
        analyzes on all cores and stores each document with its full analysis and its records in \
        tables. A document whose text the store holds already is skipped, so ingesting twice adds \
        nothing, and an interrupted ingest goes on where it stopped: every batch is committed whole. \
        A bad input is reported and the batch goes on.

        Examples:
          rasd ingest ../shared/corpus/seeds
          rasd ingest --db news.sqlite ../shared/corpus/news/saudinewsnet.jsonl
          rasd ingest --db postgres://rasd@127.0.0.1/news ../shared/corpus/seeds
        """
    )

    @Option(help: "The store: a SQLite file, made if missing, or postgres://user[:password]@host[:port]/database.") var db = "rasd.sqlite"
    @Option(help: "Documents per batch, the least one transaction commits (batches that wait for the store are committed together).") var batch = 200
    @Option(help: "Analyze on this many cores (all by default).") var jobs: Int?
    @Argument(help: "Files, folders or - for standard input.") var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Name at least one file or folder, or - for standard input.") }
        if batch < 1 { throw ValidationError("--batch must be at least 1.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() async throws {
        let store = try StoreAccess.open(db, create: true)
        var reader = DocumentReader(paths: InputPaths.expand(inputs), forcedFormat: nil, fallbackPublished: nil,
                                    maxDocumentBytes: 64 << 20)
        let cores = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let analysis = OrderedParallelAnalysis(pipeline: .standard, window: max(2, cores * 2))
        var pending: [PreparedDocument] = []
        var skipped = 0, failures = 0, submitted = 0
        var progress = IngestProgress()
        let read = reader.progress
        read.isShown = progress.onTerminal
        let log = progress
        let writer = BackgroundStoreWriter(store: store) { total in log.batchStored(documents: total) }
        func flush() async {
            guard !pending.isEmpty else { return }
            submitted += pending.count
            await writer.submit(pending)
            pending.removeAll(keepingCapacity: true)
        }
        await analysis.run(
            reader: &reader,
            skip: { input in
                let stored = (try? store.contains(contentHash: ContentHash.of(input.text))) ?? false
                if stored { skipped += 1 }
                return stored
            },
            // JSON, content hash, MinHash and search terms are made here, on the workers: the
            // store's writer is one thread.
            render: { document, _ in store.prepare(document) },
            emit: { document in
                pending.append(document)
                if pending.count >= batch { await flush() }
                progress.documentRead(documents: writer.added + pending.count, progress: read)
            },
            report: { item in
                switch item {
                case .failure(let error):
                    failures += 1
                    progress.finish()
                    printError("rasd: \(error)")
                case .warning(let message):
                    progress.finish()
                    printError("rasd: warning: \(message)")
                case .document:
                    break
                }
            }
        )
        await flush()
        // The search index takes the documents no segment covers yet.
        writer.finish { try store.indexPendingDocuments(minimum: 1) }
        progress.finish()
        let added = writer.added
        // A text repeated within the input is met before its first copy is committed: the store
        // drops the later copy, which counts as already stored.
        skipped += submitted - added
        if let storeError = writer.error {
            printError("rasd: the store \(StoreAccess.shown(db)) refused a batch: \(storeError); what was stored before it is kept")
            throw ExitCode(1)
        }
        let counts = try store.counts()
        let rate = String(format: "%.0f", Double(added) / max(0.001, progress.elapsed))
        printError("rasd: \(added) documents added, \(skipped) already stored, \(failures) inputs failed in \(IngestProgress.clock(progress.elapsed)) (\(rate)/s); "
                   + "\(StoreAccess.shown(db)) holds \(counts.documents) documents, \(counts.entities) entities, \(counts.attributions) attributions, "
                   + "\(counts.events) events, \(counts.claims) claims")
        if failures > 0 { throw ExitCode(1) }
    }
}
