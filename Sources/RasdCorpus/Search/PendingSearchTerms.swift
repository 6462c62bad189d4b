import Synchronization

/// Search terms of stored documents that no segment covers yet, by row id, as the analysis workers
/// made them (`PreparedDocument.searchTerms`): the segment takes them instead of reading the text
/// again. Only committed documents are kept; one missing here (another process stored it, or this
/// one restarted) is analyzed from its stored text, which gives the same terms.
public final class PendingSearchTerms: Sendable {
    private let terms = Mutex<[Int64: DocumentTerms]>([:])

    public init() {}

    /// Keeps the terms the documents were prepared with (`SearchTermMaker`), by their rows.
    public func keep(_ stored: [(row: Int64, document: PreparedDocument)]) {
        keep(stored.compactMap { item in item.document.searchTerms.map { (item.row, $0) } })
    }

    func keep(_ items: [(row: Int64, terms: DocumentTerms)]) {
        terms.withLock { terms in
            for item in items { terms[item.row] = item.terms }
        }
    }

    /// The rows of `ids` whose terms are not kept.
    public func missing(_ ids: [Int64]) -> [Int64] {
        terms.withLock { terms in ids.filter { terms[$0] == nil } }
    }

    /// The terms of row `id`, no longer kept.
    func take(_ id: Int64) -> DocumentTerms? {
        terms.withLock { $0.removeValue(forKey: id) }
    }

    /// Drops the terms of rows up to `id`: a segment covers them.
    func forget(through id: Int64) {
        terms.withLock { terms in
            if terms.keys.contains(where: { $0 <= id }) { terms = terms.filter { $0.key > id } }
        }
    }

    func removeAll() {
        terms.withLock { $0.removeAll() }
    }
}
