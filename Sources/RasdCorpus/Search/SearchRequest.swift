/// What `rasd search` and `GET /api/search` ask: a query and filters, one page of results.
public struct SearchRequest: Sendable, Equatable {
    public var query: String
    /// Only documents that mention this entity identifier.
    public var entity: String?
    /// Only documents that report an event of this type (`meeting`, `transfer`, … `statement`).
    public var eventType: String?
    /// Only documents from this outlet.
    public var outlet: String?
    /// Published on or after this date: `2023`, `2023-10` or `2023-10-19`.
    public var from: String?
    /// Published on or before this date, at the same grains (`2023-10` takes the whole month).
    public var to: String?
    public var limit = 10
    public var offset = 0
    /// Make snippets with the matches highlighted.
    public var snippets = true
    /// Count every matching document (slower: no block is skipped).
    public var countAll = false

    public init(query: String, entity: String? = nil, eventType: String? = nil, outlet: String? = nil,
                from: String? = nil, to: String? = nil, limit: Int = 10, offset: Int = 0) {
        self.query = query
        self.entity = entity
        self.eventType = eventType
        self.outlet = outlet
        self.from = from
        self.to = to
        self.limit = limit
        self.offset = offset
    }

    /// The most results one request returns.
    public static let maximumLimit = 1_000
}

/// One page of search results, best first.
public struct SearchResults: Sendable, Equatable, Codable {
    public var query: String
    /// The analyzed terms that were looked for (what the highlights mark).
    public var terms: [String]
    /// How many documents match; nil unless counted (`countAll`) or the query had no words.
    public var total: Int?
    public var hits: [SearchHit]
}

/// One matching document.
public struct SearchHit: Sendable, Equatable, Codable {
    /// The store's row id (`documents.id`).
    public var row: Int64
    /// The input's document id.
    public var document: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    public var url: String?
    /// BM25 over the query's terms (0 for a query with no words).
    public var score: Double
    public var snippet: Snippet?
}

/// A passage of a document around its best cluster of matches.
public struct Snippet: Sendable, Equatable, Codable {
    /// The passage, line breaks made spaces, `…` where it is cut.
    public var text: String
    /// The matched words, as Unicode-scalar offsets into `text`, end exclusive.
    public var highlights: [[Int]]
    /// Where the passage lies in the document's text (scalar offsets), or in its title when
    /// `field` is `title`.
    public var start: Int
    public var end: Int
    public var field: String
}
