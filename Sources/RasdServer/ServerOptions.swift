import RasdAnalysis

/// How `rasd serve` runs: where it listens, whether it takes documents, and its input limits.
public struct ServerOptions: Sendable {
    /// Loopback unless asked otherwise: the store is an analyst's working material.
    public var host = "127.0.0.1"
    /// 0 lets the system choose (tests); the chosen port is reported when the server runs.
    public var port = 8080
    /// `POST /api/documents` is refused (403) unless this is set.
    public var allowIngest = false
    /// The largest body `POST /api/analyze` takes.
    public var maximumAnalyzeBytes = 2 << 20
    /// The largest body `POST /api/documents` takes.
    public var maximumIngestBytes = 32 << 20
    /// Serve the web UI's files from this folder (read on every request) rather than from the
    /// build: for working on the UI.
    public var webRoot: String?
    /// The analysis that `POST /api/analyze` and `POST /api/documents` run.
    public var pipeline = AnalysisPipeline.standard

    public init(host: String = "127.0.0.1", port: Int = 8080, allowIngest: Bool = false) {
        self.host = host
        self.port = port
        self.allowIngest = allowIngest
    }
}
