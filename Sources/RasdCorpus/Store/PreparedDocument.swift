import RasdAnalysis

/// An analyzed document with what storing it takes worked out beforehand: its contract JSON, its
/// content hash, its near-duplicate signature and, for a store with its own search index, its
/// search terms. `rasd ingest` prepares documents on the analysis workers (`CorpusStore.prepare`),
/// so that the store's one writer thread only inserts rows.
public struct PreparedDocument: Sendable {
    public let document: AnalyzedDocument
    /// The document as `rasd analyze --format jsonl` writes it, kept in `documents.analysis`.
    public let json: String
    /// `ContentHash.of(document.text)`.
    public let contentHash: String
    /// The MinHash of the text (`NearDuplicates`).
    public let signature: MinHash
    /// What the SQLite store's search index takes from it (nil: made from the stored text).
    let searchTerms: DocumentTerms?

    public init(_ document: AnalyzedDocument) {
        self.init(document, searchTerms: nil)
    }

    init(_ document: AnalyzedDocument, searchTerms: DocumentTerms?) {
        self.document = document
        json = String(decoding: document.json(), as: UTF8.self)
        contentHash = ContentHash.of(document.text)
        signature = MinHash(text: document.text)
        self.searchTerms = searchTerms
    }
}

extension CorpusStore {
    /// What a store without a search index of its own takes: the document's JSON, hash and signature.
    public func prepare(_ document: AnalyzedDocument) -> PreparedDocument {
        PreparedDocument(document)
    }

    /// Prepares the documents here, then stores those not stored yet (`add(prepared:)`).
    @discardableResult
    public func add(_ documents: [AnalyzedDocument]) throws -> Int {
        try add(prepared: documents.map(prepare))
    }
}
