import RasdAnalysis
import RasdText
import Synchronization

/// A search segment being made: stored documents' terms filed in row order (those the analysis
/// workers made, `PendingSearchTerms`, else read again from the stored text), then written as one
/// row per term — its UTF-8 text, its postings blob and its positions blob (`PostingsBlob`),
/// terms in byte order. SQLite's `SearchIndexWriter` and the PostgreSQL store both make theirs here.
public struct SearchSegment {
    private(set) var builder = SegmentBuilder()
    private var cache = StemCache()
    /// The rows filed, ascending.
    public private(set) var documents: [Int64] = []

    public init() {}

    /// Word terms of all its documents (the BM25 lengths' total).
    public var wordCount: Int { builder.wordCount }

    /// Files a stored document (rows come in ascending order): the terms `pending` keeps for its
    /// row, else those of its title and text (`stored`).
    public mutating func add(row: Int64, pending: PendingSearchTerms?, stored: () throws -> (title: String?, text: String)) rethrows {
        if let terms = pending?.take(row) {
            builder.add(terms, document: row)
        } else {
            let (title, text) = try stored()
            builder.add(DocumentTerms(title: title, text: text, analyzer: .standard, cache: &cache), document: row)
        }
        documents.append(row)
    }

    /// Each term's row, terms in byte order.
    public func forEachRow(_ body: (_ term: String, _ postings: [UInt8], _ positions: [UInt8]) throws -> Void) rethrows {
        var postings: [UInt8] = [], positions: [UInt8] = [], scratch: [UInt8] = []
        try builder.forEachTerm { term, builder in
            builder.encode(into: &postings, positions: &positions, scratch: &scratch)
            try body(String(decoding: term, as: UTF8.self), postings, positions)
        }
    }

    /// One term's rows from consecutive segments (every document of one before every document of
    /// the next) as one row: what merging segments writes.
    public static func concatenate(_ rows: [(postings: [UInt8], positions: [UInt8])]) -> (postings: [UInt8], positions: [UInt8]) {
        PostingsBlob.concatenated(rows.map { PostingsBlob($0.postings, positions: $0.positions) })
    }
}

/// Makes documents ready to store with their search terms, on the callers' threads: each call
/// borrows a stem cache of its own, so that workers preparing documents side by side share none.
public final class SearchTermMaker: Sendable {
    private let stemCaches = Mutex<[StemCache]>([])

    public init() {}

    public func prepare(_ document: AnalyzedDocument) -> PreparedDocument {
        var cache = stemCaches.withLock { $0.popLast() } ?? StemCache()
        defer { stemCaches.withLock { [cache] in $0.append(cache) } }
        return PreparedDocument(document, searchTerms: DocumentTerms(title: document.title, text: document.text,
                                                                     analyzer: .standard, cache: &cache))
    }
}
