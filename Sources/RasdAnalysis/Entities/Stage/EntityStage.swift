import RasdText

/// Finds people, organizations and places: the trained tagger over each sentence, plus the
/// gazetteer's spellings it missed; gives each mention its identity (the gazetteer's entry, an
/// earlier full name for a surname alone, else an identifier from its transliteration key) and a
/// person's title phrase as `role`. Fills `entities`.
public struct EntityStage: Stage {
    public let name = "entities"
    let tagger: NERTagger?
    /// The gazetteer the tagger's features were trained with, so one lookup serves both.
    let gazetteer = EntityGazetteer.shared

    /// `tagger` nil: the gazetteer's spellings alone.
    public init(tagger: NERTagger? = NERTagger.bundled) {
        self.tagger = tagger
    }

    /// A nationality adjective the tagger took for a place (`الروسي`, `الكورية`, `الكوري الشمالي`):
    /// not an entity, unless the gazetteer knows the word as a place (`السعودية`).
    func isNationality(_ span: EntitySpans.Span, keys: [WordKey]) -> Bool {
        guard span.type == "LOC" || span.type == "GPE" else { return false }
        let words = Array(keys[span.start..<span.end])
        if NationalityAdjectives.country(of: words) != nil {
            return !gazetteer.matches(keys: words).contains { $0.start == 0 && $0.end == words.count }
        }
        guard words.count == 1, let key = words.first, key.hasPrefix("ال"),
              key.hasSuffix("ي") || key.hasSuffix("يه") || key.hasSuffix("يين") || key.hasSuffix("يون") else { return false }
        return gazetteer.matches(keys: [key]).isEmpty
    }

    public func run(_ analysis: inout DocumentAnalysis) {
        let text = analysis.sharedGrammarText()
        var resolver = EntityResolver(gazetteer: gazetteer)
        // The first piece of each glued word, by where the word starts.
        var gluedFirstPieces: [Int: WordKey] = [:]
        for glued in analysis.gluedWords {
            if let first = glued.keys.first { gluedFirstPieces[glued.token.start] = WordKey(first) }
        }
        // The sentences, and the header and footer lines that carry metadata (bylines, credits
        // such as `(بحسب رويترز)`, `المصدر: …`): they name people and agencies too. Menus,
        // related-article teasers and other chrome are not the article's mentions.
        let regions = (analysis.sentences + analysis.boilerplate.filter { $0.kind == .metadata }
            .map { TextSpan(start: $0.start, end: $0.end) }).sorted { $0.start < $1.start }
        var workspace = NERTagger.Workspace()
        var sentenceStart = 0
        for sentence in regions {
            // The sentence's tokens.
            while sentenceStart < text.count, text[sentenceStart].end <= sentence.start { sentenceStart += 1 }
            var sentenceEnd = sentenceStart
            while sentenceEnd < text.count, text[sentenceEnd].start < sentence.end { sentenceEnd += 1 }
            guard sentenceEnd > sentenceStart else { continue }
            let range = sentenceStart..<sentenceEnd
            // Gazetteer spellings, looked up once for the tagger's features and for the spans it
            // misses. A word glued to the next by a scraper is looked up by its first piece
            // (`لافروفالولايات` → `لافروف`), for the spans only.
            let plainKeys = range.map { text[$0].key }
            let keys = range.map { gluedFirstPieces[text[$0].start] ?? text[$0].key }
            let plainMatches = gazetteer.matches(keys: plainKeys)
            let matches = keys == plainKeys ? plainMatches : gazetteer.matches(keys: keys)
            var spans: [(start: Int, end: Int, type: String)] = []
            if let tagger {
                // Words, Latin words and marks by their matching key (the tagger's own key of their
                // text); numbers (whose key is their clean digits) and over-long words by their text.
                let tokens = range.map { index -> NERTagger.Token in
                    let token = text[index]
                    guard token.kind != .number, token.kind != .other, token.key.isRepresentable else {
                        return .text(text.text(token.start, token.end))
                    }
                    assert(token.kind == .word || token.key == WordKey(ArabicNormalizer.matchingKey(text.text(token.start, token.end))))
                    return .key(token.key)
                }
                spans = NERTags.spans(tagger.tag(tokens, gazetteerMatches: plainMatches, workspace: &workspace))
            }
            spans = EntitySpans.completing(spans, with: matches, keys: keys, tagged: tagger != nil, gazetteer: gazetteer)
            for local in spans where !isNationality(local, keys: keys) {
                let span = (start: local.start + range.lowerBound, end: local.end + range.lowerBound, type: local.type)
                // A person's name that names an institution or a street (`مطار الملك خالد`, where
                // the tagger may call the name itself an organization): the institution is the
                // mention, from its head word; a street is none. Whether the name is a person's is
                // asked of a copy of the resolver, so that the person's name parts are not kept.
                if let head = Eponyms.head(before: span.start, from: range.lowerBound, in: text) {
                    var probe = resolver
                    if probe.mention(tokens: span.start..<span.end, taggedType: span.type, in: text)?.type == "PER" {
                        if let type = head.type,
                           let institution = resolver.mention(tokens: head.index..<span.end, taggedType: type, in: text, peeled: head.peeled) {
                            analysis.entities.append(institution)
                        }
                        continue
                    }
                }
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
        joinSplitNames(&analysis.entities)
    }

    /// A known name a scraper split around other words (`كيم في هذا الشأن. جونغ أون`): two
    /// neighbouring person mentions the gazetteer knows only together take its identity, and so
    /// does every mention in the document that shared either one's.
    func joinSplitNames(_ mentions: inout [EntityMention]) {
        guard mentions.count > 1 else { return }
        for index in 0..<(mentions.count - 1) {
            let first = mentions[index], second = mentions[index + 1]
            guard first.type == "PER", second.type == "PER", first.canonical == nil, second.canonical == nil,
                  second.start > first.end, second.start - first.end <= 40 else { continue }
            let keys = (first.text + " " + second.text).split(whereSeparator: \.isWhitespace)
                .map { WordKey(ArabicNormalizer.matchingKey(String($0))) }
            guard let match = gazetteer.matches(keys: keys).first(where: { $0.start == 0 && $0.end == keys.count && $0.peeled == 0 }),
                  gazetteer.entries[match.entry].type == "PER" else { continue }
            let entry = gazetteer.entries[match.entry]
            let joined: Set<String> = [first.entity, second.entity]
            for other in mentions.indices where joined.contains(mentions[other].entity) {
                mentions[other].entity = entry.entity
                mentions[other].canonical = entry.canonical
                mentions[other].canonicalAr = entry.canonicalAr
            }
        }
    }
}
