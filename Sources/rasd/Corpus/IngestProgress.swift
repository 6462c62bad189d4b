import Foundation

/// What `rasd ingest` says while it works. On a terminal, one line redrawn a few times a second:
/// a bar, documents, MB/s and the time left (from the bytes of input read); elsewhere (a log, a
/// pipe), a plain line per batch stored.
struct IngestProgress {
    let onTerminal = isatty(STDERR_FILENO) != 0
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant
    private var drewLine = false

    init() {
        start = clock.now
        lastDrawn = start
    }

    var elapsed: Double { Self.seconds(clock.now - start) }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Redraws the terminal line, at most four times a second.
    mutating func documentRead(documents: Int, progress: ReadProgress) {
        guard onTerminal, clock.now - lastDrawn >= .milliseconds(250) else { return }
        lastDrawn = clock.now
        draw(documents: documents, progress: progress)
    }

    /// A batch was stored: the plain log line where there is no terminal.
    func batchStored(documents: Int) {
        guard !onTerminal else { return }
        printError("rasd: \(documents) documents stored (\(String(format: "%.0f", Double(documents) / max(0.001, elapsed)))/s)")
    }

    /// Clears the terminal line before the summary.
    mutating func finish() {
        if drewLine { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drewLine = false
    }

    private mutating func draw(documents: Int, progress: ReadProgress) {
        let seconds = max(0.001, elapsed)
        let megabytesPerSecond = Double(progress.read) / 1e6 / seconds
        var line = ""
        if let total = progress.total, total > 0 {
            let share = min(1, Double(progress.read) / Double(total))
            line += Self.bar(share) + "\(documents) documents  " + String(format: "%.1f MB/s", megabytesPerSecond)
                + "  ETA " + Self.clock(Self.remaining(share: share, after: seconds))
        } else {
            line += "\(documents) documents  " + String(format: "%.1f MB/s", megabytesPerSecond) + "  " + Self.clock(seconds)
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
        drewLine = true
    }

    /// `[######..................]  25%  ` for a share done of 0.25.
    static func bar(_ share: Double) -> String {
        let filled = Int(share * 24)
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 24 - filled) + "] "
            + String(format: "%3.0f%%  ", share * 100)
    }

    /// The seconds left when `share` is done after `seconds`, at the same pace.
    static func remaining(share: Double, after seconds: Double) -> Double {
        share > 0 ? seconds * (1 - share) / share : 0
    }

    /// `1:05` or `1:02:03`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }
}
