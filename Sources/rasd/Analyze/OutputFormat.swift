import ArgumentParser

/// What `rasd analyze` prints.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// A readable summary per document, for a person at a terminal.
    case summary
    /// One JSON object per document per line (docs/SCHEMA.md).
    case jsonl
    /// The same objects as one pretty-printed JSON array.
    case json
}
