import RasdText

/// Finds people, organizations and places: the trained tagger over each sentence, plus the
/// gazetteer's spellings it missed; gives each mention its identity (the gazetteer's entry, an
/// earlier full name for a surname alone, else an identifier from its transliteration key) and a
/// person's title phrase as `role`. Fills `entities`.
public struct EntityStage: Stage {
    public let name = "entities"
    let model: NERModel?
    let gazetteer: EntityGazetteer

    public init(model: NERModel? = NERModel.bundled, gazetteer: EntityGazetteer = .shared) {
        self.model = model
        self.gazetteer = gazetteer
    }

    /// A nationality adjective the tagger took for a place (`الروسي`, `الكورية`): not an entity,
    /// unless the gazetteer knows the word as a place (`السعودية`).
    func isNationality(_ span: (start: Int, end: Int, type: String), keys: [WordKey], offset: Int) -> Bool {
        guard span.end - span.start == 1, span.type == "LOC" || span.type == "GPE" else { return false }
        let key = keys[span.start - offset]
        guard key.hasPrefix("ال"), key.hasSuffix("ي") || key.hasSuffix("يه") || key.hasSuffix("يين") || key.hasSuffix("يون") else { return false }
        return gazetteer.matches(keys: [key]).isEmpty
    }

    public func run(_ analysis: inout DocumentAnalysis) {
        let text = analysis.grammarText ?? GrammarText(analysis)
        analysis.grammarText = text
        var resolver = EntityResolver(gazetteer: gazetteer)
        // The first piece of each glued word, by where the word starts.
        var gluedFirstPieces: [Int: WordKey] = [:]
        for glued in analysis.gluedWords {
            if let first = glued.keys.first { gluedFirstPieces[glued.token.start] = WordKey(first) }
        }
        var sentenceStart = 0
        for sentence in analysis.sentences {
            // The sentence's tokens.
            while sentenceStart < text.count, text[sentenceStart].end <= sentence.start { sentenceStart += 1 }
            var sentenceEnd = sentenceStart
            while sentenceEnd < text.count, text[sentenceEnd].start < sentence.end { sentenceEnd += 1 }
            guard sentenceEnd > sentenceStart else { continue }
            let range = sentenceStart..<sentenceEnd
            let words = range.map { text.text(text[$0].start, text[$0].end) }
            var spans: [(start: Int, end: Int, type: String)] = []
            if let model {
                spans = NERTags.spans(model.tag(words)).map { ($0.start + range.lowerBound, $0.end + range.lowerBound, $0.type) }
            }
            // Gazetteer spellings the tagger did not cover.
            // A word glued to the next by a scraper is looked up by its first piece
            // (`لافروفالولايات` → `لافروف`).
            let keys = range.map { gluedFirstPieces[text[$0].start] ?? text[$0].key }
            for match in gazetteer.matches(keys: keys) {
                let start = match.start + range.lowerBound
                let end = match.end + range.lowerBound
                guard !spans.contains(where: { $0.start < end && start < $0.end }) else { continue }
                // A one-word spelling that is also a common word (`سيول`: Seoul, and floods) is
                // left to the tagger.
                if match.end - match.start == 1, (KnownWords.shared.count(ofScalars: keys[match.start].scalars) ?? 0) >= 300,
                   model != nil { continue }
                spans.append((start, end, gazetteer.entries[match.entry].type))
            }
            spans.sort { $0.start < $1.start }
            for span in spans where !isNationality(span, keys: keys, offset: range.lowerBound) {
                guard var mention = resolver.mention(tokens: span.start..<span.end, taggedType: span.type, in: text) else { continue }
                // A name run into the next word by a scraper (`لافروفالولايات`) ends at the seam.
                if let glued = analysis.gluedWords.first(where: { $0.token.end == mention.end && $0.token.start >= mention.start }),
                   let seam = glued.splitPoints.first {
                    mention = resolver.mention(tokens: span.start..<span.end, taggedType: span.type, in: text, end: seam) ?? mention
                }
                analysis.entities.append(mention)
            }
            sentenceStart = sentenceEnd
        }
    }
}
