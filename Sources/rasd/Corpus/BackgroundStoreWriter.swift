import Dispatch
import RasdAnalysis
import RasdCorpus
import Synchronization

/// Stores batches of analyzed documents on a thread of its own, in order, so the analysis goes on
/// while the store writes (SQLite also indexes and merges its search segments there). Batches that
/// arrive while the store is busy are stored together, in one transaction of whole batches: a page
/// of an index that every batch touches (near-copy bands, content hashes) is then written once for
/// all of them, not once per batch. At most `capacity` documents wait; `submit` suspends beyond
/// that, which holds the analysis back to the pace the store can take without holding one of the
/// concurrency pool's threads (the analysis's own). After an error it stores nothing more: what was
/// committed before stays.
final class BackgroundStoreWriter: Sendable {
    private struct State {
        var added = 0
        var error: (any Error)?
        var waiting: [[PreparedDocument]] = []
        var waitingDocuments = 0
        /// Whether the writer's thread is storing (it takes what waits until nothing does).
        var writing = false
        /// Submitters suspended until documents stop waiting.
        var suspended: [CheckedContinuation<Void, Never>] = []
    }

    private let store: any CorpusStore
    private let queue = DispatchQueue(label: "rasd.ingest.store")
    private let capacity: Int
    private let stored: @Sendable (Int) -> Void
    private let state = Mutex(State())

    /// `capacity`: documents that may wait for the store (some 25 kB each, prepared), also the most
    /// one transaction takes. With two batches of 200 waiting at most (before), the analysis stopped
    /// whenever the store merged search segments. `stored` is called on the writer's thread with the
    /// running total after each commit.
    init(store: any CorpusStore, capacity: Int = 500, stored: @escaping @Sendable (Int) -> Void = { _ in }) {
        self.store = store
        self.capacity = max(1, capacity)
        self.stored = stored
    }

    /// Documents stored so far.
    var added: Int { state.withLock { $0.added } }
    var error: (any Error)? { state.withLock { $0.error } }

    /// Queues a batch, first waiting (suspended) while `capacity` documents wait already.
    func submit(_ batch: [PreparedDocument]) async {
        while true {
            // Queued (nil: no room yet), and whether the writer's thread must be started for it.
            let startWriter = state.withLock { state -> Bool? in
                guard state.waitingDocuments == 0 || state.waitingDocuments + batch.count <= capacity else { return nil }
                state.waiting.append(batch)
                state.waitingDocuments += batch.count
                defer { state.writing = true }
                return !state.writing
            }
            if let startWriter {
                if startWriter { queue.async { [self] in writeWhileWaiting() } }
                return
            }
            await withCheckedContinuation { continuation in
                let full = state.withLock { state -> Bool in
                    guard state.waitingDocuments > 0 && state.waitingDocuments + batch.count > capacity else { return false }
                    state.suspended.append(continuation)
                    return true
                }
                if !full { continuation.resume() }
            }
        }
    }

    /// On the writer's thread: stores what waits, all of it at once, until nothing does.
    private func writeWhileWaiting() {
        while true {
            let (group, resumed) = state.withLock { state -> ([[PreparedDocument]], [CheckedContinuation<Void, Never>]) in
                let group = state.waiting
                if group.isEmpty { state.writing = false }
                state.waiting = []
                state.waitingDocuments = 0
                defer { state.suspended = [] }
                return (group, state.suspended)
            }
            for continuation in resumed { continuation.resume() }
            guard !group.isEmpty else { return }
            guard error == nil else { continue }
            do {
                let count = try store.add(prepared: group.flatMap { $0 })
                let total = state.withLock { state in
                    state.added += count
                    return state.added
                }
                stored(total)
            } catch {
                state.withLock { $0.error = error }
            }
        }
    }

    /// Waits for every queued batch, then runs `last` on the writer's thread (the final index step).
    func finish(then last: @Sendable () throws -> Void) {
        queue.sync {
            guard error == nil else { return }
            do { try last() } catch { state.withLock { $0.error = error } }
        }
    }
}
