import RasdText

/// The metadata field a header or footer line states after its cue: `تاريخ النشر:`, `آخر تحديث:`,
/// `المصدر:`, `كتب:`.
enum MetadataField: String, Sendable {
    case published
    case updated
    case source
    case author
}

/// One row of `Lexicons/boilerplate-cues.tsv`: a phrase that marks a line as site chrome.
struct BoilerplateCue: Sendable {
    enum Mode: String, Sendable {
        case lineStarts = "line-starts"
        case lineEquals = "line-equals"
        case contains
    }

    /// One word of a phrase: a matching key, or `<n>` for any number.
    enum Word: Sendable, Equatable {
        case key(MatchKey)
        case number
    }

    let kind: BoilerplateKind
    let field: MetadataField?
    let mode: Mode
    let words: [Word]
    /// The phrase ended in `:` in the lexicon: it counts only with a colon after it.
    let needsColon: Bool
}

/// A cue found on a line: which cue, and the line words it covers (`words[first..<end]`).
struct CueHit: Sendable {
    let cue: BoilerplateCue
    let first: Int
    let end: Int
}

/// The boilerplate cue lexicon, loaded once per process, and the matcher that finds its phrases on
/// a line word by word at matching level (`إقرأ أيضاً:` and `اقرأ ايضا` hit the same cue).
enum BoilerplateCues {
    static let all: [BoilerplateCue] = load(EmbeddedLexicons.boilerplateCues)

    /// Cues by the key of their first word, in a scalar-keyed table (no String hashing per word).
    private static let byFirstKey: ScalarKeyTable<[Int]> = {
        var index = ScalarKeyTable<[Int]>()
        for (position, cue) in all.enumerated() {
            if case .key(let key)? = cue.words.first { index.set(key, to: (index[key] ?? []) + [position]) }
        }
        return index
    }()

    /// Cues whose first word is `<n>`.
    private static let numberFirst: [Int] = all.indices.filter { all[$0].words.first == .number }

    /// Prefixes a `contains` cue's first word may carry: `وتويتر`, `بالفيسبوك`, `للمزيد`.
    private static let proclitics: [[Unicode.Scalar]] = ["و", "ف", "ب", "ل", "ك", "ال", "وب", "ول", "فب", "فل", "وال",
                                                          "بال", "فال", "لل", "ولل"].map { Array($0.unicodeScalars) }

    /// Lines longer than this are body-sized: only their words as written are looked up, no
    /// proclitic forms (the cues that can hit such lines, site descriptions, need none).
    private static let procliticLineLimit = 40

    /// Every cue on the line, in line order.
    static func hits(in line: LineFeatures) -> [CueHit] {
        let words = line.words
        guard !words.isEmpty else { return [] }
        let stripProclitics = line.wordCount <= procliticLineLimit
        var hits: [CueHit] = []
        var found: [Int] = []
        for position in words.indices {
            found.removeAll(keepingCapacity: true)
            collectCandidates(for: words[position], atLineStart: position == 0, stripProclitics: stripProclitics,
                              into: &found)
            guard !found.isEmpty else { continue }
            var seen = -1
            for cueIndex in found.sorted() where cueIndex != seen {
                seen = cueIndex
                let cue = all[cueIndex]
                if cue.mode != .contains && position != 0 { continue }
                guard let end = match(cue, in: words, at: position) else { continue }
                if cue.mode == .lineEquals && end != words.count { continue }
                if cue.needsColon && !words[end - 1].followedByColon { continue }
                hits.append(CueHit(cue: cue, first: position, end: end))
            }
        }
        return hits
    }

    /// Appends the cues that may start at `word` (duplicates possible). Allocation-free for the
    /// common word that starts no cue.
    private static func collectCandidates(for word: LineWord, atLineStart: Bool, stripProclitics: Bool,
                                          into found: inout [Int]) {
        if let exact = byFirstKey[word.key] { found.append(contentsOf: exact) }
        if word.isNumber { found.append(contentsOf: numberFirst) }
        let key = word.key
        // Every proclitic starts with و ف ب ل ك or ا.
        guard stripProclitics, word.hasArabic, let first = key.first,
              first == "\u{0648}" || first == "\u{0641}" || first == "\u{0628}" || first == "\u{0644}"
                || first == "\u{0643}" || first == "\u{0627}" else { return }
        for prefix in proclitics where key.count >= prefix.count + 2 && key.starts(with: prefix) {
            guard let stripped = byFirstKey[key.dropFirst(prefix.count)] else { continue }
            // A line-start cue may carry only a leading و (وللمزيد), and a byline or date cue none
            // (`وكتب` opens a sentence, not a byline); contains cues any proclitic.
            let isWaw = prefix.count == 1 && prefix[0] == "\u{0648}"
            for cueIndex in stripped
            where all[cueIndex].mode == .contains || (atLineStart && isWaw && all[cueIndex].kind != .metadata) {
                found.append(cueIndex)
            }
        }
    }

    /// The end of the cue's words on the line when they match from `position` (the first word is
    /// known to match, possibly after a proclitic).
    private static func match(_ cue: BoilerplateCue, in words: [LineWord], at position: Int) -> Int? {
        var index = position + 1
        for word in cue.words.dropFirst() {
            guard index < words.count else { return nil }
            switch word {
            case .key(let key): if words[index].key != key { return nil }
            case .number: if !words[index].isNumber { return nil }
            }
            index += 1
        }
        return index
    }

    static func load(_ text: String) -> [BoilerplateCue] {
        LexiconRows.parse(text).compactMap { columns in
            guard columns.count >= 3, let mode = BoilerplateCue.Mode(rawValue: columns[1]) else { return nil }
            let kindParts = columns[0].split(separator: ":", maxSplits: 1).map(String.init)
            guard let kind = BoilerplateKind(rawValue: kindParts[0]) else { return nil }
            let field = kindParts.count > 1 ? MetadataField(rawValue: kindParts[1]) : nil
            var phrase = Array(columns[2].unicodeScalars)
            var needsColon = false
            while let last = phrase.last, last == ":" || last == " " {
                if last == ":" { needsColon = true }
                phrase.removeLast()
            }
            let words = phraseWords(phrase)
            guard !words.isEmpty else { return nil }
            return BoilerplateCue(kind: kind, field: field, mode: mode, words: words, needsColon: needsColon)
        }
    }

    /// A phrase's words, split the way lines are (`<n>` kept as the number wildcard).
    private static func phraseWords(_ phrase: [Unicode.Scalar]) -> [BoilerplateCue.Word] {
        var result: [BoilerplateCue.Word] = []
        for piece in phrase.split(separator: " ") {
            if SourceText.string(from: piece) == "<n>" {
                result.append(.number)
                continue
            }
            let scalars = Array(piece)
            let features = LineFeatures(TextSpan(start: 0, end: scalars.count), in: scalars)
            result += features.words.map { .key($0.key) }
        }
        return result
    }
}
