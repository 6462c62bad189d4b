import Dispatch
import RasdAnalysis
import RasdCorpus
import Synchronization

/// Hands `CorpusStore.replaceAnalyses` the stored documents analysed again, a batch at a time, in
/// storage order: each batch is read from the store and analysed on `jobs` threads while the
/// store writes the one before it.
final class ReanalysisBatches: Sendable {
    private let store: any CorpusStore
    private let pipeline: AnalysisPipeline
    private let size: Int
    private let jobs: Int
    private let state = Mutex(State())
    /// Called on the caller's thread with the documents handed over so far.
    private let handed: @Sendable (Int) -> Void

    private struct State {
        /// The last row read, and the batch being made after it (nil: none started).
        var last: Int64 = 0
        var coming: Coming?
        var handed = 0
    }

    /// One batch in the making: `result` is set, then `done` signalled.
    private final class Coming: Sendable {
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<Result<[Reanalysis], any Error>?>(nil)
    }

    init(store: any CorpusStore, pipeline: AnalysisPipeline, size: Int, jobs: Int, handed: @escaping @Sendable (Int) -> Void = { _ in }) {
        self.store = store
        self.pipeline = pipeline
        self.size = max(1, size)
        self.jobs = max(1, jobs)
        self.handed = handed
    }

    /// The next batch, nil when every stored document has been handed over; rethrows the store's
    /// error of reading it.
    func next() throws -> [Reanalysis]? {
        let coming = state.withLock { state in
            if state.coming == nil { state.coming = start(after: state.last) }
            return state.coming!
        }
        coming.done.wait()
        let batch = try coming.result.withLock { $0! }.get()
        let total = state.withLock { state -> Int in
            state.last = batch.last?.row ?? state.last
            // The next batch is read and analysed while the store writes this one.
            state.coming = batch.isEmpty ? nil : start(after: state.last)
            state.handed += batch.count
            return state.handed
        }
        guard !batch.isEmpty else { return nil }
        handed(total)
        return batch
    }

    /// Reads and analyses the batch after row `last` on other threads.
    private func start(after last: Int64) -> Coming {
        let coming = Coming()
        DispatchQueue.global().async { [self] in
            coming.result.withLock { $0 = Result { try analyse(store.storedInputs(after: last, limit: size)) } }
            coming.done.signal()
        }
        return coming
    }

    /// The inputs analysed on `jobs` threads, each taking the next input left.
    private func analyse(_ inputs: [StoredInput]) -> [Reanalysis] {
        let nextInput = Atomic(0)
        let made = Mutex([Reanalysis?](repeating: nil, count: inputs.count))
        DispatchQueue.concurrentPerform(iterations: min(jobs, inputs.count)) { _ in
            while true {
                let index = nextInput.add(1, ordering: .relaxed).oldValue
                guard index < inputs.count else { return }
                let item = Reanalysis(row: inputs[index].row, document: pipeline.analyze(inputs[index].input))
                made.withLock { $0[index] = item }
            }
        }
        return made.withLock { $0.compactMap { $0 } }
    }
}
