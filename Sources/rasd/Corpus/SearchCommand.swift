import ArgumentParser
import Foundation
import RasdCorpus

/// `rasd search`: full-text search of a corpus store with the Arabic analyzer.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search a corpus store: Arabic-aware full text, BM25 ranking, phrases, filters, snippets.",
        discussion: """
        Words are matched through their clitics, feminine ending and plurals, so قذائف finds قذيفة, \
        بالقذائف and القذائف. Every word is required; "…" is a phrase; -word leaves out the documents \
        that have it. With no words, the filters alone list documents, newest first.

        Examples:
          rasd search قذائف
          rasd search '"وزير الخارجية" لافروف' --from 2023-10 --to 2023-12
          rasd search حاويات --entity north-korea --format json
        """
    )

    @Option(help: StoreAccess.storeHelp) var db = "rasd.sqlite"
    @Option(help: "Only documents that mention this entity identifier (see `rasd entities`).") var entity: String?
    @Option(help: "Only documents that report an event of this type: meeting, visit, agreement, transfer, deployment, statement…")
    var type: String?
    @Option(help: "Only documents from this outlet.") var outlet: String?
    @Option(help: "Published on or after this date: 2023, 2023-10 or 2023-10-19.") var from: String?
    @Option(help: "Published on or before this date (2023-10 takes the whole month).") var to: String?
    @Option(help: "Results to show.") var limit = 10
    @Option(help: "Results to skip (the next page starts at --offset LIMIT).") var offset = 0
    @Option(help: "table (for people) or json (the results as one object, for machines).") var format: StoreAccess.Format = .table
    @Argument(help: "The query; quote it when it has spaces or a phrase.") var query: [String] = []

    func validate() throws {
        if query.isEmpty && entity == nil && type == nil && outlet == nil && from == nil && to == nil {
            throw ValidationError("Give a query, a filter (--entity, --type, --outlet, --from, --to), or both.")
        }
    }

    func run() throws {
        let store = try StoreAccess.open(db)
        // The index takes documents in segments after they are stored: those an interrupted
        // ingest left are indexed now, unless another process is writing.
        if try store.unindexedDocuments() > 0 {
            do { try store.indexPendingDocuments(minimum: 1) } catch {
                printError("rasd: note: \(try store.unindexedDocuments()) stored documents are not searchable yet (\(error))")
            }
        }
        var request = SearchRequest(query: query.joined(separator: " "), entity: entity, eventType: type, outlet: outlet,
                                    from: from, to: to, limit: limit, offset: offset)
        request.countAll = true
        let results: SearchResults
        do {
            results = try store.search(request)
        } catch let error as SearchError {
            printError("rasd: \(error)")
            throw ExitCode(2)
        }
        switch format {
        case .json:
            try StoreAccess.printJSONLines([results])
        case .table:
            let shown = results.hits.isEmpty ? "none shown" : "\(offset + 1)–\(offset + results.hits.count) shown"
            let total = results.total ?? results.hits.count
            print("\(total) \(total == 1 ? "document matches" : "documents match") (\(shown)); terms: \(results.terms.joined(separator: " "))")
            let marking = isatty(STDOUT_FILENO) != 0
            for hit in results.hits {
                let about = [hit.published.map { String($0.prefix(10)) }, hit.outlet].compactMap { $0 }.joined(separator: "  ")
                print("\n\(hit.document)  \(String(format: "%.2f", hit.score))" + (about.isEmpty ? "" : "  \(about)"))
                if let title = hit.title { print("  \(title)") }
                if let snippet = hit.snippet { print("  " + Self.marked(snippet, terminal: marking)) }
            }
        }
    }

    /// The snippet with its matches in bold on a terminal, in [brackets] elsewhere.
    static func marked(_ snippet: Snippet, terminal: Bool) -> String {
        let scalars = Array(snippet.text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var next = 0
        for highlight in snippet.highlights where highlight[0] >= next && highlight[1] <= scalars.count {
            output.append(contentsOf: scalars[next..<highlight[0]])
            output.append(contentsOf: (terminal ? "\u{1B}[1m" : "[").unicodeScalars)
            output.append(contentsOf: scalars[highlight[0]..<highlight[1]])
            output.append(contentsOf: (terminal ? "\u{1B}[0m" : "]").unicodeScalars)
            next = highlight[1]
        }
        output.append(contentsOf: scalars[next...])
        return String(output)
    }
}
