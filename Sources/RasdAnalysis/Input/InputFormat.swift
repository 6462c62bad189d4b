/// The kinds of input `rasd analyze` reads (docs/SCHEMA.md, "Input").
public enum InputFormat: String, Sendable, CaseIterable {
    case text
    case jsonl
    case html
    /// Web archives: `.warc`, `.warc.gz` (gzip members, as crawls write them).
    case warc
    /// RSS 2.0 and Atom: `.rss`, `.atom`, and `.xml` whose root element is `rss` or `feed`.
    case feed

    /// The format a file's extension implies: `.txt` → text, `.jsonl`/`.ndjson` → jsonl,
    /// `.html`/`.htm`/`.xhtml` → html, `.warc`/`.warc.gz` → warc, `.rss`/`.atom`/`.xml` → feed;
    /// anything else is read as text.
    public static func forFileName(_ name: String) -> InputFormat {
        let lowered = name.lowercased()
        if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") { return .jsonl }
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") || lowered.hasSuffix(".xhtml") { return .html }
        if lowered.hasSuffix(".warc") || lowered.hasSuffix(".warc.gz") { return .warc }
        if lowered.hasSuffix(".rss") || lowered.hasSuffix(".atom") || lowered.hasSuffix(".xml") { return .feed }
        return .text
    }

    /// The names `--input-format` takes, for messages: `text, jsonl, html, warc or feed`.
    public static var names: String {
        let all = allCases.map(\.rawValue)
        return all.dropLast().joined(separator: ", ") + " or " + all.last!
    }
}

/// A document's identifier from its file name: the name without folders or extension
/// (`Examples/articles/01-visit.txt` → `01-visit`, `crawl.warc.gz` → `crawl`).
public func documentID(forPath path: String) -> String {
    var name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    if name.lowercased().hasSuffix(".warc.gz") { name = String(name.dropLast(3)) }
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
}
