import ArgumentParser
import Foundation
import RasdAnalysis
import RasdCorpus
import RasdPostgres

struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze Arabic news articles into sourced records (docs/SCHEMA.md).",
        discussion: """
        Reads plain text (.txt, or - for standard input); JSON Lines (.jsonl, .ndjson: one \
        record per line with a "text" field and optional id, title, url, outlet, author, \
        published); HTML pages (.html, .htm: the article's main text, with the title, outlet, \
        author and date the page states); web archives (.warc, .warc.gz: one document per HTML \
        response record); RSS and Atom feeds (.rss, .atom, .xml: one document per item). Folders \
        are read recursively; a quoted pattern ('crawl/**/*.html') is expanded.

        Documents are analyzed on all cores; output keeps input order and streams. A file or \
        record that cannot be read is reported on standard error with its name, the batch goes \
        on, and the exit status is 1 at the end.

        Examples:
          rasd analyze Examples/articles
          rasd analyze --format jsonl seed-000.txt wire.jsonl > analysis.jsonl
          rasd analyze --format jsonl 'pages/**/*.html' news.warc.gz feed.rss
          cat article.txt | rasd analyze --published 2024-03-14 --format json -
          rasd analyze Examples/articles --db out/examples.sqlite   (then: rasd serve --db out/examples.sqlite)
        """
    )

    @Argument(help: "Files, folders or quoted patterns ('pages/**/*.html') to analyze; - reads standard input.")
    var inputs: [String] = []

    @Option(help: "Output: summary (readable), jsonl (one JSON object per line) or json (an array).")
    var format: OutputFormat = .summary

    @Option(name: .customLong("input-format"),
            help: "Read every input as text, jsonl, html, warc or feed instead of going by file extension.")
    var inputFormat: String?

    @Flag(inversion: .prefixedNo,
          help: "Tag people, organizations and places with their identities (on by default; --no-entities skips the tagger).")
    var entities = true

    @Option(help: "Publication date (ISO 8601, e.g. 2023-10-19) for documents whose text states none.")
    var published: String?

    @Option(help: "Largest document, or JSON Lines record, to accept, in bytes.")
    var maxDocumentBytes: Int = 64 << 20

    @Option(help: "Documents analyzed at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp("Also write a browsable HTML page of the analysis (text with what was found highlighted in place).",
                               valueName: "file"))
    var html: String?

    @Option(help: ArgumentHelp("Also store the documents in this corpus store, as `rasd ingest` does, to browse with `rasd serve`.",
                               valueName: "file"))
    var db: String?

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Name at least one file or folder, or - for standard input.") }
        if let inputFormat, InputFormat(rawValue: inputFormat) == nil {
            throw ValidationError("--input-format must be \(InputFormat.names), not '\(inputFormat)'.")
        }
        if let published, PublishedDate.normalize(published) == nil {
            throw ValidationError("--published must be an ISO 8601 date such as 2023-10-19, not '\(published)'.")
        }
        if maxDocumentBytes < 1 { throw ValidationError("--max-document-bytes must be positive.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() async throws {
        var reader = DocumentReader(
            paths: InputPaths.expand(inputs),
            forcedFormat: inputFormat.flatMap(InputFormat.init(rawValue:)),
            fallbackPublished: published.flatMap(PublishedDate.normalize),
            maxDocumentBytes: maxDocumentBytes
        )
        let cores = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let analysis = OrderedParallelAnalysis(pipeline: entities ? .standard : .withoutEntities, window: max(2, cores * 2))
        let output = OutputWriter()
        let format = self.format
        var failures = 0
        var documents = 0

        let page = try html.map { try HTMLPageWriter(path: $0) }
        let writesPage = page != nil
        let store = try db.map(Self.openStore)
        let writer = store.map { BackgroundStoreWriter(store: $0) }
        var pending: [PreparedDocument] = []
        func flushStore() async {
            guard let writer, !pending.isEmpty else { return }
            await writer.submit(pending)
            pending.removeAll(keepingCapacity: true)
        }

        if format == .json { output.write("[\n") }
        await analysis.run(
            reader: &reader,
            render: { document, sequence in
                (Self.render(document, as: format),
                 writesPage ? Data(HTMLReport.section(document, index: sequence + 1).utf8) : nil,
                 store?.prepare(document))
            },
            emit: { rendered in
                if format == .json && documents > 0 { output.write(",\n") }
                output.write(rendered.0)
                if let section = rendered.1 { page?.write(section) }
                if let document = rendered.2 {
                    pending.append(document)
                    if pending.count >= 200 { await flushStore() }
                }
                documents += 1
            },
            report: { item in
                switch item {
                case .failure(let error):
                    failures += 1
                    output.flush()
                    printError("rasd: \(error)")
                case .warning(let message):
                    output.flush()
                    printError("rasd: warning: \(message)")
                case .document:
                    break
                }
            }
        )
        if format == .json { output.write(documents > 0 ? "\n]\n" : "]\n") }
        output.flush()
        if let page, let path = html {
            page.finish(count: documents)
            printError("rasd: wrote \(path) (\(documents) documents): open it in a browser")
        }
        if let writer, let store, let db {
            await flushStore()
            writer.finish { try store.indexPendingDocuments() }
            if let error = writer.error {
                printError("rasd: the store \(db) refused a batch: \(error); what was stored before it is kept")
                throw ExitCode(1)
            }
            let held = try store.counts().documents
            printError("rasd: \(db) holds \(held) documents (\(writer.added) new); to browse them, run "
                       + "`\(Self.invocation) serve --db \(db)` and open http://127.0.0.1:8080/")
        }
        if failures > 0 {
            printError("rasd: \(documents) documents analyzed, \(failures) inputs failed")
            throw ExitCode(1)
        }
    }

    /// The store at `path`, made if missing, or a clear error. A SQLite file only: it is what
    /// `rasd serve` browses (PostgreSQL takes documents through `rasd ingest`).
    static func openStore(_ path: String) throws -> SQLiteCorpusStore {
        if PostgresURL.isPostgres(path) {
            printError("rasd: analyze --db keeps a SQLite file to browse with `rasd serve`; to store into PostgreSQL, "
                       + "run `rasd ingest --db \(PostgresURL.redacted(path)) PATH…`")
            throw ExitCode(1)
        }
        return try StoreAccess.makeSQLite(path)
    }

    /// How to run rasd again as this process was run: `swift run rasd` from a build folder.
    static var invocation: String {
        CommandLine.arguments[0].contains("/.build") ? "swift run rasd" : "rasd"
    }

    static func render(_ document: AnalyzedDocument, as format: OutputFormat) -> Data {
        switch format {
        case .summary:
            return Data(DocumentSummary.render(document).utf8)
        case .jsonl:
            var bytes = document.json()
            bytes.append(0x0A)
            return Data(bytes)
        case .json:
            return Data(document.json(pretty: true))
        }
    }
}
