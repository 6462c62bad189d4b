import Synchronization

/// The postings lists a store's searches read last, decoded to their block directories, kept in
/// memory up to `limit` bytes: a hot term (`في`, a name in the news) is read from SQLite once,
/// not per query. Keyed by the index's state (`generation`): any new or merged segment empties it.
public final class PostingsCache: Sendable {
    static let limit = 64 << 20

    private struct State {
        var generation: [Int64] = []
        var cursors: [String: PostingsCursor] = [:]
        var bytes = 0
    }

    private let state = Mutex(State())

    public init() {}

    /// The cursor for `term` (with positions or not) under `generation`, loaded by `load` on a miss.
    func cursor(for term: String, positions: Bool, generation: [Int64],
                load: () throws -> PostingsCursor) rethrows -> PostingsCursor {
        let key = positions ? "+" + term : term
        if let cached = state.withLock({ state -> PostingsCursor? in
            if state.generation != generation { state = State(generation: generation) }
            return state.cursors[key]
        }) {
            return cached
        }
        let cursor = try load()
        state.withLock { state in
            guard state.generation == generation else { return }
            if state.bytes + cursor.byteCount > Self.limit { state.cursors.removeAll(); state.bytes = 0 }
            state.cursors[key] = cursor
            state.bytes += cursor.byteCount
        }
        return cursor
    }

    public func removeAll() {
        state.withLock { $0 = State() }
    }
}
