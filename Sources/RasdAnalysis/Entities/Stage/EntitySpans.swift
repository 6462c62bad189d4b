import RasdText

/// The tagger's spans over a sentence, completed by the gazetteer: a spelling the tagger missed
/// is added, and a longer spelling that holds the tagger's spans whole replaces them
/// (`وكوريا الشمالية` where it saw only `كوريا`). Spans are token ranges with a type.
enum EntitySpans {
    typealias Span = (start: Int, end: Int, type: String)

    /// `tagged` spans and the gazetteer's `matches` over the same tokens (`keys`, their matching
    /// keys), merged and in order. With `tagged: false` (no tagger ran) every match is kept;
    /// otherwise a one-word spelling that is also a common word (`سيول`: Seoul, and floods) is
    /// left to the tagger.
    static func completing(_ tagged: [Span], with matches: [EntityGazetteer.Match], keys: [WordKey],
                           tagged taggerRan: Bool, gazetteer: EntityGazetteer = .shared) -> [Span] {
        var spans = tagged
        for match in matches {
            let start = match.start, end = match.end
            let type = gazetteer.entries[match.entry].type
            let overlapping = spans.filter { $0.start < end && start < $0.end }
            if !overlapping.isEmpty {
                guard overlapping.allSatisfy({ $0.start >= start && $0.end <= end }),
                      overlapping.contains(where: { $0.end - $0.start < end - start }) || overlapping.count > 1 else { continue }
                spans.removeAll { $0.start >= start && $0.end <= end }
                spans.append((start, end, type))
                continue
            }
            if taggerRan, end - start == 1, (KnownWords.shared.count(ofScalars: keys[start].scalars) ?? 0) >= 300 { continue }
            spans.append((start, end, type))
        }
        return spans.sorted { $0.start < $1.start }
    }
}

extension NERTagger {
    /// The tags of a sentence as the entity stage finds its spans: the tagger's, completed by the
    /// gazetteer (places as `LOC`, the CoNLL type): what `rasd eval ner --with-gazetteer` scores.
    public func tagWithGazetteer(_ tokens: [String]) -> [Int] {
        let keys = tokens.map { WordKey(ArabicNormalizer.matchingKey($0)) }
        let matches = EntityGazetteer.shared.matches(keys: keys)
        let tagged = NERTags.spans(tag(tokens.map(Token.text), gazetteerMatches: matches))
        let spans = EntitySpans.completing(tagged, with: matches, keys: keys, tagged: true)
        var tags = [Int](repeating: 0, count: tokens.count)
        for span in spans {
            let type = span.type == "GPE" ? "LOC" : span.type
            guard let begin = NERTags.index(of: "B-" + type), let inside = NERTags.index(of: "I-" + type) else { continue }
            tags[span.start] = begin
            for position in (span.start + 1)..<max(span.start + 1, span.end) { tags[position] = inside }
        }
        return tags
    }
}
