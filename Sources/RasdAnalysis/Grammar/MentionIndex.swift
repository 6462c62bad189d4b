import RasdText

/// A document's tokens with what earlier stages found on them, indexed for the readers of reported
/// speech, events and claims: its sentences as token ranges, which entity starts or ends at each
/// token, which tokens are quoted or inside a date, and the word classes those readers share
/// (prepositions, media words). Made once per document (`DocumentAnalysis.sharedMentionIndex()`).
struct MentionIndex: Sendable {
    struct EntityTokens: Sendable {
        let first: Int
        let last: Int
        let canBeSubject: Bool
    }

    let text: GrammarText
    /// The body sentences, as token ranges in order.
    let sentences: [Range<Int>]
    let entities: [EntityMention]
    /// Each entity's first and last token, and whether it can be a subject: it starts where its
    /// token does, or after `و`/`ف` only (`والكرملين`), not after a preposition (`للافروف`).
    let entityTokens: [EntityTokens]
    /// Entity index by its first token and by its last.
    let entityStarting: [Int: Int]
    let entityEnding: [Int: Int]
    let quotations: [Quotation]
    let quotationOpening: [Int: Int]
    /// Quotation number by its closing mark's token.
    let quotationClosing: [Int: Int]
    /// Tokens inside a quotation (the quoted speaker's words: no cue there is the document's).
    let quoted: [Bool]
    /// Tokens inside a date expression.
    let dated: [Bool]

    init(text: GrammarText, sentences: [TextSpan], entities: [EntityMention], dates: [DateMention]) {
        self.text = text
        self.sentences = Self.tokenRanges(of: sentences, in: text)
        self.entities = entities
        var tokens: [EntityTokens] = []
        var starting: [Int: Int] = [:]
        var ending: [Int: Int] = [:]
        var index = 0
        for (entityIndex, entity) in entities.enumerated() {
            while index < text.count, text[index].end <= entity.start { index += 1 }
            var last = index
            while last + 1 < text.count, text[last + 1].start < entity.end { last += 1 }
            let atStart = index < text.count && Self.onlyConjunction(text.text(text[index].start, max(text[index].start, entity.start)))
            tokens.append(EntityTokens(first: index, last: last, canBeSubject: atStart))
            if starting[index] == nil { starting[index] = entityIndex }
            ending[last] = entityIndex
        }
        entityTokens = tokens
        entityStarting = starting
        entityEnding = ending
        quotations = Quotations.find(in: text)
        var opening: [Int: Int] = [:]
        var closing: [Int: Int] = [:]
        var quoted = [Bool](repeating: false, count: text.count)
        for (number, quotation) in quotations.enumerated() {
            opening[quotation.open] = number
            closing[quotation.close] = number
            for token in quotation.inner { quoted[token] = true }
        }
        quotationOpening = opening
        quotationClosing = closing
        self.quoted = quoted
        var dated = [Bool](repeating: false, count: text.count)
        var token = 0
        for date in dates.sorted(by: { $0.start < $1.start }) {
            while token < text.count, text[token].end <= date.start { token += 1 }
            var inside = token
            while inside < text.count, text[inside].start < date.end {
                dated[inside] = true
                inside += 1
            }
        }
        self.dated = dated
    }

    /// Spans (sentences, credit lines) as ranges of tokens.
    static func tokenRanges(of spans: [TextSpan], in text: GrammarText) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for span in spans.sorted(by: { $0.start < $1.start }) {
            while start < text.count, text[start].end <= span.start { start += 1 }
            var end = start
            while end < text.count, text[end].start < span.end { end += 1 }
            if end > start { ranges.append(start..<end) }
            start = end
        }
        return ranges
    }

    /// The sentence (token range) that holds raw offset `offset`.
    func sentence(containing offset: Int) -> Range<Int>? {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if text[sentences[middle].upperBound - 1].end <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, text[sentences[low].lowerBound].start <= offset else { return nil }
        return sentences[low]
    }

    /// Whether the letters before an entity in its token are none, or just `و` or `ف` (with
    /// any harakat).
    static func onlyConjunction(_ prefix: String) -> Bool {
        let letters = prefix.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
        return letters.isEmpty || (letters.count == 1 && (letters.first == "و" || letters.first == "ف"))
    }

    /// Prepositions: an entity after one is not a subject.
    static let prepositions: Set<WordKey> = [
        "في", "من", "الي", "علي", "عن", "مع", "بين", "حول", "خلال", "بعد", "قبل", "عند", "لدي", "امام", "ضد", "نحو", "منذ",
        "عقب", "اثر", "اثناء", "وسط", "رغم", "ازاء", "حيال", "تجاه", "عبر", "دون", "بشان", "حين",
    ]

    /// Entity types that can speak or act.
    static let speakerTypes: Set<String> = ["PER", "ORG", "GPE"]

    /// The first entity of these types that starts in `range`.
    func firstEntity(in range: Range<Int>, types: Set<String>) -> Int? {
        for index in range {
            if let entity = entityStarting[index], types.contains(entities[entity].type) { return entity }
        }
        return nil
    }

    /// Whether an agency or outlet: the outlet lexicon knows its name, or it is called a news
    /// agency, paper or channel.
    func isAgency(_ entity: Int) -> Bool {
        let mention = entities[entity]
        guard mention.type == "ORG" else { return false }
        if OutletNames.canonicalName(for: mention.text) != nil { return true }
        if let arabic = mention.canonicalAr, OutletNames.canonicalName(for: arabic) != nil { return true }
        let first = entityTokens[entity].first
        if isMediaWord(first) { return true }
        return first > 0 && (isMediaWord(first - 1) || (first > 1 && text[first - 1].kind == .punctuation && isMediaWord(first - 2)))
    }

    /// `وكالة`, `لوكالة`, `صحيفة`, `قناة` …
    func isMediaWord(_ index: Int) -> Bool {
        text[index].peeledForms.contains { Self.mediaWords.contains($0.key) }
    }

    static let mediaWords: Set<WordKey> = ["وكاله", "صحيفه", "قناه", "تلفزيون", "اذاعه", "موقع", "وكالات", "شبكه"]

    /// Whether the token at `index` is governed by a preposition: a proclitic on it or a
    /// preposition word before it.
    func hasPreposition(_ index: Int) -> Bool {
        hasProclitic(index) || (index > 0 && Self.prepositions.contains(text[index - 1].key))
    }

    /// Whether the token at `index` carries a proclitic `ل`/`ب`/`ك` (`للافروف`, `بكوريا`), after
    /// any `و`/`ف`; a word that itself begins with these letters (`لجنة`, `بيان`, `لبنان`) does not.
    func hasProclitic(_ index: Int) -> Bool {
        let token = text[index]
        guard token.peeledForms.contains(where: { $0.letters > 0 }) else { return false }
        let key = token.key
        let afterConjunction = key.has("و", at: 0) || key.has("ف", at: 0) ? key.dropping(1) : key
        guard afterConjunction.has("ل", at: 0) || afterConjunction.has("ب", at: 0) || afterConjunction.has("ك", at: 0) else { return false }
        return SpeakerNouns.entry(for: token) == nil && (entityStarting[index].map { !entityTokens[$0].canBeSubject } ?? true)
    }
}
