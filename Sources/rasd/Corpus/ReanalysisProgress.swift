import Foundation
import Synchronization

/// What `rasd reanalyze` says while it works: on a terminal one line redrawn a few times a second
/// (a bar, documents, the time left); elsewhere a plain line every 2,000 documents.
final class ReanalysisProgress: Sendable {
    private let total: Int
    private let onTerminal = isatty(STDERR_FILENO) != 0
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private let state: Mutex<State>

    private struct State {
        var lastDrawn: ContinuousClock.Instant
        var drewLine = false
        var logged = 0
    }

    init(total: Int) {
        self.total = total
        start = clock.now
        state = Mutex(State(lastDrawn: start))
    }

    var elapsed: Double { IngestProgress.seconds(clock.now - start) }

    /// `documents` have been analysed and handed to the store.
    func handed(_ documents: Int) {
        let seconds = max(0.001, elapsed)
        let rate = String(format: "%.0f/s", Double(documents) / seconds)
        state.withLock { state in
            if onTerminal {
                guard clock.now - state.lastDrawn >= .milliseconds(250) else { return }
                state.lastDrawn = clock.now
                let share = total > 0 ? min(1, Double(documents) / Double(total)) : 1
                let line = IngestProgress.bar(share) + "\(documents) of \(total) documents  \(rate)  ETA "
                    + IngestProgress.clock(IngestProgress.remaining(share: share, after: seconds))
                FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
                state.drewLine = true
            } else if documents - state.logged >= 2_000 {
                state.logged = documents
                printError("rasd: \(documents) of \(total) documents analyzed again (\(rate))")
            }
        }
    }

    /// Clears the terminal line before the summary.
    func finish() {
        state.withLock { state in
            if state.drewLine { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            state.drewLine = false
        }
    }
}
