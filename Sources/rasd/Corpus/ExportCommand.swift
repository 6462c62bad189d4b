import ArgumentParser
import Foundation
import RasdCorpus

/// `rasd export`: a corpus store as JSON Lines, one table as CSV, or the entity graph as GEXF.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a store: analyzed documents as JSON Lines, a table as CSV, the entity graph as GEXF.",
        discussion: """
        jsonl   one analyzed document per line (the analysis contract's AnalyzedDocument, as stored), \
        oldest stored first.
        csv     one table, named with --table: documents (metadata, no text), entities, mentions, dates, \
        quantities, attributions, events or claims. UTF-8 with a byte order mark and CRLF, as spreadsheet \
        programs read it; text that a spreadsheet would take for a formula gets a leading '.
        gexf    the entity graph (`rasd graph`) in GEXF 1.3, which Gephi opens.

        With --entity: jsonl, the documents that name it; csv, the rows that concern it; gexf, its \
        neighbourhood (--depth hops). Output goes to standard output unless --out names a file.

        Examples:
          rasd export --format jsonl --out corpus.jsonl
          rasd export --format csv --table claims --entity north-korea --out claims.csv
          rasd export --format gexf --entity sergey-lavrov --depth 2 --out lavrov.gexf
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, jsonl, gexf
    }

    @Option(help: StoreAccess.storeHelp) var db = "rasd.sqlite"
    @Option(help: "csv, jsonl or gexf.") var format: Format
    @Option(help: "With csv (required there): documents, entities, mentions, dates, quantities, attributions, events or claims.")
    var table: String?
    @Option(help: "Only what concerns this entity identifier (see `rasd entities`).") var entity: String?
    @Option(help: "With gexf and --entity: how many hops from it.") var depth: Int?
    @Option(help: "With gexf: leave out edges seen in fewer documents.") var minWeight: Int?
    @Option(help: "The file to write (standard output when left out).") var out: String?

    func validate() throws {
        switch format {
        case .csv:
            guard let table else {
                throw ValidationError("--format csv needs --table: " + CorpusTable.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            }
            guard CorpusTable(rawValue: table) != nil else {
                throw ValidationError("No table \(table): " + CorpusTable.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            }
        case .jsonl, .gexf:
            if table != nil { throw ValidationError("--table is for --format csv.") }
        }
        if format != .gexf, depth != nil || minWeight != nil { throw ValidationError("--depth and --min-weight are for --format gexf.") }
        if let depth, depth < 0 { throw ValidationError("--depth is a number of hops: 0 or more.") }
        if let minWeight, minWeight < 1 { throw ValidationError("--min-weight is a number of documents: 1 or more.") }
    }

    func run() throws {
        let store = try StoreAccess.open(db)
        if let entity { try StoreAccess.requireEntity(entity, in: store, db: db) }
        let stream: ExportStream
        if let out {
            do { stream = try ExportStream.file(atPath: out) } catch {
                printError("rasd: cannot write \(out): \(error.localizedDescription)")
                throw ExitCode(1)
            }
        } else {
            stream = ExportStream.standardOutput()
        }
        let written: String
        switch format {
        case .jsonl:
            written = "\(try store.exportJSONL(entity: entity, to: stream)) documents"
        case .csv:
            let table = CorpusTable(rawValue: table ?? "")!
            written = "\(try store.exportCSV(table, entity: entity, to: stream)) rows of \(table.rawValue)"
        case .gexf:
            let graph = try store.exportGEXF(entity: entity, depth: depth ?? 1, minimumWeight: minWeight ?? 1, to: stream)
            written = "\(graph.nodes.count) entities and \(graph.edges.count) edges"
        }
        try stream.flush()
        if let out { printError("rasd: \(written) written to \(out)") }
    }
}
