import RasdAnalysis

/// A stored document as the analysis takes it again: its row, and its text with the metadata
/// stored beside it. The stored title, outlet, author and publication date are given, so that a
/// relative date resolves against the same day as when the document was first stored.
public struct StoredInput: Sendable, Equatable {
    public let row: Int64
    public let input: DocumentInput

    public init(row: Int64, input: DocumentInput) {
        self.row = row
        self.input = input
    }
}

/// A stored document's new analysis (`CorpusStore.replaceAnalyses`), its JSON made on the
/// caller's thread (`rasd reanalyze`'s workers) so that the store's writer only writes rows.
public struct Reanalysis: Sendable {
    public let row: Int64
    public let document: AnalyzedDocument
    /// The document as `rasd analyze --format jsonl` writes it, kept in `documents.analysis`.
    public let json: String

    /// The tables of records made from analyses, which a store empties and fills again (both
    /// stores name them alike), children before the entities they name.
    public static let recordTables = ["mentions", "aliases", "entities", "dates", "quantities", "attributions", "events", "claims"]

    public init(row: Int64, document: AnalyzedDocument) {
        self.row = row
        self.document = document
        json = String(decoding: document.json(), as: UTF8.self)
    }
}

/// Thrown by `replaceAnalyses` when the batches handed over leave stored documents without a new
/// analysis (the store is then left as it was).
public struct ReanalysisIncomplete: Error, CustomStringConvertible {
    public let stored: Int
    public let reanalysed: Int

    public init(stored: Int, reanalysed: Int) {
        self.stored = stored
        self.reanalysed = reanalysed
    }

    public var description: String {
        "\(stored - reanalysed) of \(stored) stored documents got no new analysis; the store is left as it was"
    }
}
