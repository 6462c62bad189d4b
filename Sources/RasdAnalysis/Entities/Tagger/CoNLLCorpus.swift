import Foundation

/// Sentences of a CoNLL file: `token<TAB>tag` per line, a blank line between sentences (the
/// ANERcorp splits in `../shared/data/anercorp/`).
public struct CoNLLCorpus: Sendable {
    public struct Sentence: Sendable {
        public var tokens: [String]
        public var tags: [Int]
    }

    public var sentences: [Sentence]

    public var tokenCount: Int { sentences.reduce(0) { $0 + $1.tokens.count } }

    public enum ReadError: Error, CustomStringConvertible {
        case unreadable(String)
        case badLine(String, Int, String)

        public var description: String {
            switch self {
            case .unreadable(let path): "\(path): cannot read it as UTF-8 text"
            case .badLine(let path, let line, let why): "\(path):\(line): \(why)"
            }
        }
    }

    public init(sentences: [Sentence]) { self.sentences = sentences }

    /// Reads a CoNLL file; a line whose tag is unknown is an error naming the line.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ReadError.unreadable(path)
        }
        var sentences: [Sentence] = []
        var current = Sentence(tokens: [], tags: [])
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty {
                if !current.tokens.isEmpty { sentences.append(current) }
                current = Sentence(tokens: [], tags: [])
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2 else { throw ReadError.badLine(path, lineNumber, "expected token<TAB>tag") }
            let tagText = columns[columns.count - 1].trimmingCharacters(in: .whitespacesAndNewlines)
            guard let tag = NERTags.index(of: tagText) else {
                throw ReadError.badLine(path, lineNumber, "unknown tag \(tagText)")
            }
            current.tokens.append(String(columns[0]))
            current.tags.append(tag)
        }
        if !current.tokens.isEmpty { sentences.append(current) }
        self.sentences = sentences
    }
}
