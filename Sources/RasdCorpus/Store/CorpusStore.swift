import RasdAnalysis

/// Where a corpus lives: analyzed documents, and the tables an analyst queries across them. SQLite
/// (`SQLiteCorpusStore`) is the embedded default; `PostgresCorpusStore` (the `RasdPostgres` target) keeps
/// the same records in PostgreSQL.
public protocol CorpusStore: Sendable {
    /// Whether a document with this text (`ContentHash`) is already stored.
    func contains(contentHash: String) throws -> Bool
    /// Stores the documents not stored yet, all in one transaction, and returns how many were new.
    /// (`add(_:)` takes documents not prepared yet.)
    @discardableResult func add(prepared documents: [PreparedDocument]) throws -> Int
    /// Works out what storing `document` takes, on the caller's thread (`rasd ingest`'s workers).
    func prepare(_ document: AnalyzedDocument) -> PreparedDocument
    func counts() throws -> CorpusCounts
    /// Entities by how many documents name them, most first.
    func entities(limit: Int) throws -> [CorpusEntity]
    /// Every group of two or more near-copies, largest first, each earliest published first.
    func duplicateGroups() throws -> [DuplicateGroup]
    /// Claims grouped by key (`ClaimCluster.ledger`), only those naming `entity` when it is given.
    func claimLedger(entity: String?) throws -> [ClaimCluster]
    /// Dated events and claims, oldest first (`TimelineItem.items`), only those naming `entity`
    /// when it is given.
    func timeline(entity: String?) throws -> [TimelineItem]
    /// The entity graph (`EntityGraph.build`): the whole corpus, or the neighbourhood of `entity`.
    func graph(entity: String?, depth: Int, minimumWeight: Int) throws -> EntityGraph
    /// Whether the store knows this entity identifier.
    func containsEntity(_ id: String) throws -> Bool
    /// The profile of one entity, or nil when the store does not know the identifier.
    func entity(_ id: String, documentLimit: Int, coOccurringLimit: Int, statementLimit: Int) throws -> EntityProfile?
    /// Writes every stored document's analysis as one JSON line (the contract's bytes), oldest
    /// stored first, only those that name `entity` when it is given; returns how many.
    @discardableResult func exportJSONL(entity: String?, to stream: ExportStream) throws -> Int
    /// Writes one table as CSV (`CSVTableWriter`), only the rows that concern `entity` when it is
    /// given; returns how many rows.
    @discardableResult func exportCSV(_ table: CorpusTable, entity: String?, to stream: ExportStream) throws -> Int
    /// Full-text search (`CorpusSearch`): BM25 over the Arabic analyzer's terms, phrases, filters, snippets.
    func search(_ request: SearchRequest) throws -> SearchResults
    /// How many stored documents the search index does not cover yet.
    func unindexedDocuments() throws -> Int
    /// Indexes the stored documents the search index does not cover, when at least `minimum`
    /// wait (after an interrupted ingest); returns how many.
    @discardableResult func indexPendingDocuments(minimum: Int) throws -> Int
    /// The stored analysis of the document with this input id (the contract's JSON), or nil; the
    /// first stored wins when two inputs share an id.
    func analysisJSON(document id: String) throws -> String?
    /// One page of the entities, most documents first; `type` keeps one type, `name` those whose
    /// identifier, canonical name or a spelling contains it (ASCII letters in any case). Returns
    /// the page and how many match in all.
    func entities(type: String?, name: String?, limit: Int, offset: Int) throws -> (entities: [CorpusEntity], total: Int)
    /// Up to `limit` stored documents past row `row`, oldest stored first, as the analysis takes
    /// them again (`rasd reanalyze`).
    func storedInputs(after row: Int64, limit: Int) throws -> [StoredInput]
    /// Gives every stored document a new analysis, in one transaction (`rasd reanalyze`): drops
    /// the records of all of them, then stores each batch `next` hands over, until it returns nil,
    /// as those documents' analyses and records. Texts, the search index and near-copy groups stay.
    /// When `next` or the store throws, or a stored document got no new analysis, nothing changes.
    /// Returns how many documents were analysed again.
    @discardableResult func replaceAnalyses(_ next: () throws -> [Reanalysis]?) throws -> Int
}

/// How much a store holds.
public struct CorpusCounts: Sendable, Equatable, Codable {
    public var documents = 0
    public var entities = 0
    public var mentions = 0
    public var attributions = 0
    public var events = 0
    public var claims = 0

    public init() {}
}

/// An entity across the corpus (the contract's corpus-level entity object): its spellings seen,
/// with how often each was seen, and how many mentions and documents name it.
public struct CorpusEntity: Sendable, Equatable, Codable {
    public var entity: String
    public var type: String
    public var canonical: String?
    public var canonicalAr: String?
    public var aliases: [String]
    public var mentions: Int
    public var documents: Int

    public init(entity: String, type: String, canonical: String?, canonicalAr: String?, aliases: [String], mentions: Int, documents: Int) {
        self.entity = entity
        self.type = type
        self.canonical = canonical
        self.canonicalAr = canonicalAr
        self.aliases = aliases
        self.mentions = mentions
        self.documents = documents
    }

    private enum CodingKeys: String, CodingKey {
        case entity, type, canonical, aliases, mentions, documents
        case canonicalAr = "canonical_ar"
    }
}
