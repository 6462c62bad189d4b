/// What a search reads from a store: the index's totals, a term's postings rows, the documents
/// each filter allows and the fields of the hits. Each store answers in its own SQL
/// (`SQLiteSearchRecords`, and PostgreSQL's in `RasdPostgres`); `CorpusSearch.run` parses the
/// query, ranks with `SearchEngine` and makes the snippets, so both stores answer alike.
public protocol SearchIndexRecords {
    /// Documents and word terms the index covers, and its state (changed by any new or merged segment).
    func indexTotals() throws -> SearchIndexTotals
    /// The term's postings rows (`PostingsBlob`), one per segment, in document order; with the
    /// positions blobs when `positions`, else those are empty.
    func postingsRows(of term: String, positions: Bool) throws -> [(postings: [UInt8], positions: [UInt8])]
    /// How many documents the store holds.
    func documentCount() throws -> Int
    /// The rows of the documents that mention the entity.
    func documents(mentioning entity: String) throws -> [Int64]
    /// The rows of the documents with an event of this type.
    func documents(withEvent type: String) throws -> [Int64]
    /// The rows of the documents of this outlet.
    func documents(fromOutlet outlet: String) throws -> [Int64]
    /// The rows of the dated documents published from `from` to `to` (ISO prefixes, each bound
    /// taking its whole year, month or day).
    func documents(publishedFrom from: String?, to: String?) throws -> [Int64]
    /// One page of all documents, newest published first (undated last).
    func newestDocuments(limit: Int, offset: Int) throws -> [Int64]
    /// The publication dates of those of these documents that have one.
    func published(_ rows: [Int64]) throws -> [Int64: String]
    /// The hit fields of these documents, their text too when `text`.
    func hitFields(_ rows: [Int64], text: Bool) throws -> [Int64: SearchHitFields]
}

/// The search index's totals, for BM25 and for caches.
public struct SearchIndexTotals: Sendable {
    public var documents: Int64
    public var terms: Int64
    /// Changes whenever a segment is added or merged: a cache keyed by it is never stale.
    public var generation: [Int64]

    public init(documents: Int64, terms: Int64, generation: [Int64]) {
        self.documents = documents
        self.terms = terms
        self.generation = generation
    }
}

/// What a hit shows of its document.
public struct SearchHitFields: Sendable {
    public var document: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    public var url: String?
    public var text: String?

    public init(document: String, title: String?, outlet: String?, published: String?, url: String?, text: String?) {
        self.document = document
        self.title = title
        self.outlet = outlet
        self.published = published
        self.url = url
        self.text = text
    }
}

/// Why a search request was refused.
public enum SearchError: Error, Equatable, CustomStringConvertible {
    case query(SearchQuery.ParseError)
    case badDate(String)
    case badLimit(Int)

    public var description: String {
        switch self {
        case .query(let error): "\(error)"
        case .badDate(let text): "'\(text)' is not a date; write 2023, 2023-10 or 2023-10-19"
        case .badLimit(let limit): "a page holds 1 to \(SearchRequest.maximumLimit) results, not \(limit)"
        }
    }
}
