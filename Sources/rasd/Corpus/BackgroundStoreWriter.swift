import Dispatch
import RasdAnalysis
import RasdCorpus
import Synchronization

/// Stores batches of analyzed documents on a thread of its own, in order, so the analysis goes on
/// while the store writes (SQLite also indexes). At most `depth` batches wait; `submit` blocks beyond that,
/// which holds the analysis back to the pace the store can take. After an error it stores nothing
/// more: what was committed before stays. (Eight waiting batches instead of two cost 45 MB of peak
/// memory on all of SaudiNewsNet and did not make ingest measurably faster.)
final class BackgroundStoreWriter: Sendable {
    private struct State {
        var added = 0
        var error: (any Error)?
    }

    private let store: any CorpusStore
    private let queue = DispatchQueue(label: "rasd.ingest.store")
    private let slots: DispatchSemaphore
    private let state = Mutex(State())

    init(store: any CorpusStore, depth: Int = 2) {
        self.store = store
        slots = DispatchSemaphore(value: depth)
    }

    /// Documents stored so far.
    var added: Int { state.withLock { $0.added } }
    var error: (any Error)? { state.withLock { $0.error } }

    /// Queues a batch; `stored` is called on the writer's thread with the running total after it.
    func submit(_ batch: [PreparedDocument], stored: @escaping @Sendable (Int) -> Void) {
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard error == nil else { return }
            do {
                let count = try store.add(prepared: batch)
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
