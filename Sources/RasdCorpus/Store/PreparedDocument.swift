import RasdAnalysis

/// An analyzed document with what storing it takes worked out beforehand: its contract JSON, its
/// content hash and its near-duplicate signature. `rasd ingest` prepares documents on the analysis
/// workers, so that the store's one writer thread only inserts rows.
public struct PreparedDocument: Sendable {
    public let document: AnalyzedDocument
    /// The document as `rasd analyze --format jsonl` writes it, kept in `documents.analysis`.
    public let json: String
    /// `ContentHash.of(document.text)`.
    public let contentHash: String
    /// The MinHash of the text (`NearDuplicates`).
    public let signature: MinHash

    public init(_ document: AnalyzedDocument) {
        self.document = document
        json = String(decoding: document.json(), as: UTF8.self)
        contentHash = ContentHash.of(document.text)
        signature = MinHash(text: document.text)
    }
}

extension CorpusStore {
    /// Prepares the documents here, then stores those not stored yet (`add(prepared:)`).
    @discardableResult
    public func add(_ documents: [AnalyzedDocument]) throws -> Int {
        try add(prepared: documents.map(PreparedDocument.init))
    }
}
