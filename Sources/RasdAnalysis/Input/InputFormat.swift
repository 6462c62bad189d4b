/// The kinds of input `rasd analyze` reads (docs/SCHEMA.md, "Input").
public enum InputFormat: String, Sendable, CaseIterable {
    case text
    case jsonl
    case html

    /// The format a file's extension implies: `.txt` → text, `.jsonl`/`.ndjson` → jsonl,
    /// `.html`/`.htm` → html; anything else is read as text.
    public static func forFileName(_ name: String) -> InputFormat {
        let lowered = name.lowercased()
        if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") { return .jsonl }
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") { return .html }
        return .text
    }
}

/// A document's identifier from its file name: the name without folders or extension
/// (`Examples/articles/01-visit.txt` → `01-visit`).
public func documentID(forPath path: String) -> String {
    let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
}
