import RasdText

/// What the classifier makes of one line on its own, before the page's layout is considered.
struct LineLabel: Sendable, Equatable {
    /// Strong labels stand anywhere; weak ones (a cue without its colon, a lone section word)
    /// only outside the article body, in the page's header or footer.
    enum Strength: Sendable { case strong, weak }

    var kind: BoilerplateKind
    var strength: Strength
    /// The field a metadata cue line states (`كتب:` → author).
    var field: MetadataField?
    /// Raw offset where the cue's last word ends: the field's value follows (after a colon).
    var cueEnd: Int?
    /// A lone date line (`25 يوليو 2025`).
    var isDateLine = false
    /// A related marker with nothing after it (`اقرأ أيضًا:`): the headlines it introduces follow.
    var isMarkerOnly = false
}

/// Labels one line as chrome from its own features: cues (guarded by length and punctuation, so a
/// sentence mentioning `فيسبوك` stays body), lone dates, section names, junk (`7579HJ`, `----`).
enum BoilerplateClassifier {
    /// Kinds in the order that breaks ties between cues found on one line.
    private static let priority: [BoilerplateKind] = [
        .control, .comments, .copyright, .keywords, .metadata, .share, .related, .navigation,
        .siteDescription, .junk,
    ]

    static func label(_ line: LineFeatures, in scalars: [Unicode.Scalar]) -> LineLabel? {
        guard !line.isBlank else { return nil }
        if let cue = cueLabel(line) { return cue }
        if line.wordCount <= 12, line.digits > 0, HeaderDateParser.parseLine(scalars[line.span.range]) != nil {
            return LineLabel(kind: .metadata, strength: .strong, isDateLine: true)
        }
        if let navigation = sectionLabel(line) { return navigation }
        if isJunk(line) { return LineLabel(kind: .junk, strength: .strong) }
        return nil
    }

    // MARK: - Cues

    private static func cueLabel(_ line: LineFeatures) -> LineLabel? {
        let hits = BoilerplateCues.hits(in: line)
        guard !hits.isEmpty else { return nil }
        let shareHits = hits.count { $0.cue.kind == .share }
        var best: (hit: CueHit, strength: LineLabel.Strength, score: Int, rank: Int)?
        var scores: [BoilerplateKind: Int] = [:]
        var accepted: [(CueHit, LineLabel.Strength)] = []
        for hit in hits {
            guard let strength = accept(hit, on: line, shareHits: shareHits) else { continue }
            scores[hit.cue.kind, default: 0] += 1
            accepted.append((hit, strength))
        }
        for (hit, strength) in accepted {
            let score = scores[hit.cue.kind] ?? 0
            let rank = priority.firstIndex(of: hit.cue.kind) ?? priority.count
            if let current = best {
                let better = score > current.score || (score == current.score && rank < current.rank)
                    || (score == current.score && rank == current.rank && strength == .strong && current.strength == .weak)
                if !better { continue }
            }
            best = (hit, strength, score, rank)
        }
        guard let best else { return nil }
        let hit = best.hit
        return LineLabel(kind: hit.cue.kind, strength: best.strength, field: hit.cue.field,
                         cueEnd: line.words[hit.end - 1].end,
                         isMarkerOnly: hit.cue.kind == .related && hit.first == 0 && hit.end == line.words.count)
    }

    /// Whether a cue found on the line is strong enough to label it, and how strongly.
    private static func accept(_ hit: CueHit, on line: LineFeatures, shareHits: Int) -> LineLabel.Strength? {
        let words = line.wordCount
        let closed = line.endsWithSentencePunctuation
        switch hit.cue.kind {
        case .control:
            return words <= 8 ? .strong : nil
        case .comments:
            return words <= 6 ? .strong : nil
        case .copyright:
            return words <= 30 ? .strong : nil
        case .keywords:
            return words <= 40 ? .strong : nil
        case .related:
            return words <= 16 ? .strong : nil
        case .share:
            guard words <= 14 else { return nil }
            if shareHits >= 2 { return .strong }
            if !closed && (words <= 4 || (hit.first == 0 && words <= 8)) { return .strong }
            return nil
        case .siteDescription:
            // Strong here; the stage keeps it only after the article's last body paragraph.
            return .strong
        case .navigation:
            return words <= 10 && !closed ? .strong : nil
        case .junk:
            return words <= 3 ? .strong : nil
        case .metadata:
            guard words <= 14 else { return nil }
            // A byline names someone: a few words, not a sentence.
            if hit.cue.field == .author && (words - hit.end > 8 || closed) { return nil }
            if line.words[hit.end - 1].followedByColon { return .strong }
            // No colon: `كتب محمد علي`, `نشر في 14 مارس 2024`. Headline- or sentence-like lines
            // that merely start with the word (`كتب الرئيس في رسالة…`) stay body.
            guard !closed, words <= 10 else { return nil }
            if hit.cue.field == .author && words - hit.end > 6 { return nil }
            return .weak
        }
    }

    // MARK: - Section names and junk

    /// A line of section names: several (`سياسة اقتصاد رياضة`), or glued (`آسياأخرىروسياسياسة`).
    private static func sectionLabel(_ line: LineFeatures) -> LineLabel? {
        guard line.wordCount >= 1, line.digits == 0, !line.endsWithSentencePunctuation, line.wordCount <= 10,
              line.words.allSatisfy({ $0.isSymbol || !$0.hasDigit }) else { return nil }
        var glued = false
        for word in line.words where !word.isSymbol {
            if SectionNames.contains(word.key) { continue }
            guard word.hasArabic || word.hasLatin, SectionNames.isGlued(word.key) else { return nil }
            glued = true
        }
        if glued || line.wordCount >= 3 { return LineLabel(kind: .navigation, strength: .strong) }
        return LineLabel(kind: .navigation, strength: .weak)
    }

    /// Scraper leftovers: a lone code mixing digits and Latin capitals (`7579HJ`), a line of
    /// nothing but symbols (`----`, `***`), or a page counter drowned in them (`--- 2 ---`).
    private static func isJunk(_ line: LineFeatures) -> Bool {
        if line.wordCount == 0 { return true }
        if line.wordCount == 1, line.arabicLetters + line.latinLetters + line.digits <= 3, line.punctuation >= 4 {
            return true
        }
        guard line.wordCount == 1, let word = line.words.first(where: { !$0.isSymbol }) else { return false }
        return word.hasDigit && word.hasUppercaseLatin && !word.hasArabic && word.end - word.start <= 12
    }
}
