import RasdText

/// Whether a line reads as a news headline: 3–25 words, mostly Arabic, not closed by a full stop or
/// comma, not opened by a body connective (`وقال`, `وبحسب`, `كما`: `Lexicons/body-openers.txt`).
enum HeadlineShape {
    static let bodyOpeners: Set<MatchKey> = {
        var keys: Set<MatchKey> = []
        for row in LexiconRows.parse(EmbeddedLexicons.bodyOpeners) { keys.insert(MatchKeys.of(row[0])) }
        return keys
    }()

    static func isHeadline(_ line: LineFeatures) -> Bool {
        guard (3...25).contains(line.wordCount), line.latinRatio < 0.5 else { return false }
        if let last = line.lastScalar {
            switch last {
            case ".", ",", "\u{060C}", ":", ";", "\u{061B}": return false
            default: break
            }
        }
        guard let first = line.words.first(where: { !$0.isSymbol }) else { return false }
        return !bodyOpeners.contains(first.key)
    }
}
