import Synchronization

/// Search terms of stored documents that no segment covers yet, by row id, as the analysis workers
/// made them (`PreparedDocument.searchTerms`): the segment takes them instead of reading the text
/// again. Only committed documents are kept; one missing here (another process stored it, or this
/// one restarted) is analyzed from its stored text, which gives the same terms.
final class PendingSearchTerms: Sendable {
    private let terms = Mutex<[Int64: DocumentTerms]>([:])

    func keep(_ items: [(row: Int64, terms: DocumentTerms)]) {
        terms.withLock { terms in
            for item in items { terms[item.row] = item.terms }
        }
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
