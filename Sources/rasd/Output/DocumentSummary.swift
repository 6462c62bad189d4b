import RasdAnalysis

/// The readable per-document summary `rasd analyze` prints by default: metadata, sizes, and what
/// each stage found, with the text it found it in.
enum DocumentSummary {
    static func render(_ document: AnalyzedDocument) -> String {
        var lines: [String] = []
        let header = [document.id, document.outlet, document.published].compactMap { $0 }.joined(separator: " · ")
        lines.append("── \(header)")
        if let title = document.title { lines.append("   title      \(clip(title, 90))") }
        if let author = document.author { lines.append("   author     \(author)") }
        let words = document.text.split(whereSeparator: { $0.isWhitespace }).count
        lines.append("   size       \(document.text.unicodeScalars.count) characters, \(words) words, "
                     + "\(document.sentences.count) sentences")
        if !document.boilerplate.isEmpty {
            let kinds = Dictionary(grouping: document.boilerplate, by: \.kind.rawValue)
                .map { "\($0.key) \($0.value.count)" }.sorted().joined(separator: ", ")
            lines.append("   chrome     \(document.boilerplate.count) blocks (\(kinds))")
            for block in document.boilerplate {
                lines.append("                \(pad(block.kind.rawValue, 17)) \(clip(block.text, 60))")
            }
        }
        if !document.gluedWords.isEmpty {
            let glued = document.gluedWords.prefix(6)
                .map { "\($0.text) → " + $0.pieces.map(\.text).joined(separator: " | ") }
            lines.append("   glued      " + glued.joined(separator: "; ")
                         + (document.gluedWords.count > 6 ? "; …" : ""))
        }
        let found: [(String, Int)] = [
            ("entities", document.entities.count), ("dates", document.dates.count),
            ("quantities", document.quantities.count), ("attributions", document.attributions.count),
            ("events", document.events.count), ("claims", document.claims.count),
        ]
        let nonEmpty = found.filter { $0.1 > 0 }
        if !nonEmpty.isEmpty {
            lines.append("   found      " + nonEmpty.map { "\($0.1) \($0.0)" }.joined(separator: ", "))
        }
        if let first = document.sentences.first {
            lines.append("   first      \(clip(first.text, 90))")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// The first `limit` characters of one line of text, with an ellipsis when cut.
    static func clip(_ text: String, _ limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ⏎ ")
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
