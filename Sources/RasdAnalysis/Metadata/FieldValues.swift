import RasdText

/// Reads the value a metadata line states after its cue (`كتب: سامي يوسف` → the author), and the
/// site a copyright line or self-description names. Values end at the line's end or a separator.
enum FieldValues {
    /// Raw offsets of the value after a cue ending at `cueEnd`: colon, dashes and spaces skipped,
    /// cut at the first separator (unless `whole`: dates keep their commas), trimmed. Nil when
    /// nothing is left.
    static func valueRange(after cueEnd: Int, lineEnd: Int, in scalars: [Unicode.Scalar],
                           whole: Bool = false) -> Range<Int>? {
        var start = cueEnd
        while start < lineEnd {
            let scalar = scalars[start]
            let kind = ScalarKind(scalar)
            guard kind == .space || kind == .ignorable || scalar == ":" || scalar == "\u{FF1A}" || scalar == "-"
                    || scalar == "\u{2013}" || scalar == "\u{2014}" else { break }
            start += 1
        }
        var end = start
        while end < lineEnd, whole || !isValueSeparator(at: end, in: scalars, lineEnd: lineEnd) { end += 1 }
        return trimmed(start..<end, in: scalars)
    }

    /// The author a byline value names, as written, when it is a name-sized run (1–6 words).
    static func author(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> String? {
        let words = LineFeatures(TextSpan(range), in: scalars)
        guard (1...6).contains(words.wordCount), words.arabicLetters + words.latinLetters > 0 else { return nil }
        return SourceText.string(from: scalars[range])
    }

    /// The outlet an `المصدر:` value names: its canonical name when known, nothing for a generic
    /// source (`وكالات`), else the value as written (1–6 words).
    static func outlet(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> String? {
        switch OutletNames.match(scalars[range]) {
        case .outlet(let name)?: return name
        case .generic?: return nil
        case nil:
            let words = LineFeatures(TextSpan(range), in: scalars)
            guard (1...6).contains(words.wordCount), words.arabicLetters + words.latinLetters > 0 else { return nil }
            return SourceText.string(from: scalars[range])
        }
    }

    /// Words that introduce the owner in a copyright line and are not part of its name.
    private static let ownerLeadIns = MatchKeys.set([
        "ل", "لموقع", "موقع", "لصحيفه", "صحيفه", "لجريده", "جريده", "لشبكه", "شبكه", "لمنصه", "منصه", "لدي", "c",
    ])

    /// Words that open a design credit (`تصميم وبرمجة …`), which names the web agency, not the site.
    private static let creditWords = MatchKeys.set([
        "تصميم", "برمجه", "تطوير", "استضافه", "designed", "developed", "powered", "design", "hosted",
    ])

    /// The site a copyright line names: a known outlet anywhere in it (`© 2024 الجزيرة`,
    /// `جميع الحقوق محفوظة YemenFreedom`), else the 1–4 words right after the rights phrase.
    static func copyrightOwner(_ line: LineFeatures, in scalars: [Unicode.Scalar]) -> String? {
        let words = line.words
        let hits = BoilerplateCues.hits(in: line).filter { $0.cue.kind == .copyright }
        var removed = words.map { $0.isSymbol || $0.isNumber || ownerLeadIns.contains($0.key) }
        for hit in hits { for index in hit.first..<hit.end { removed[index] = true } }

        // Runs of kept words with nothing but spaces between them.
        var runs: [Range<Int>] = []
        var runStart: Int?
        for index in words.indices {
            if removed[index] {
                if let start = runStart { runs.append(start..<index) }
                runStart = nil
                continue
            }
            if let start = runStart, !onlySpaces(words[index - 1].end..<words[index].start, in: scalars) {
                runs.append(start..<index)
                runStart = nil
            }
            if runStart == nil { runStart = index }
        }
        if let start = runStart { runs.append(start..<words.count) }

        for run in runs {
            var end = run.upperBound
            while end > run.lowerBound {
                if case .outlet(let name)? = OutletNames.match(scalars[words[run.lowerBound].start..<words[end - 1].end]) {
                    return name
                }
                end -= 1
            }
        }
        // Unknown owner: the run that follows the rights phrase, with only lead-in words, years and
        // `©` between them (no separator: `… محفوظة 2024 - تصميم …` names no owner).
        for run in runs where (1...4).contains(run.count) {
            let leadIn = hits.contains { hit in
                hit.end <= run.lowerBound && (hit.end..<run.lowerBound).allSatisfy { removed[$0] }
                    && !scalars[words[hit.end - 1].end..<words[run.lowerBound].start].contains {
                        ScalarKind($0) == .punctuation && $0 != "(" && $0 != ")"
                    }
            }
            guard leadIn, run.allSatisfy({ !words[$0].hasDigit }), !creditWords.contains(words[run.lowerBound].key)
            else { continue }
            return SourceText.string(from: scalars[words[run.lowerBound].start..<words[run.upperBound - 1].end])
        }
        return nil
    }

    /// The site a self-description opens with: `وادي النيل نيوز موقع إخباري مستقل…` → the 1–4
    /// words before the description's cue, through the outlet lexicon when it knows them.
    static func siteDescriptionOwner(_ line: LineFeatures, in scalars: [Unicode.Scalar]) -> String? {
        let words = line.words
        guard let hit = BoilerplateCues.hits(in: line).first(where: { $0.cue.kind == .siteDescription }),
              (1...4).contains(hit.first),
              words[0..<hit.first].allSatisfy({ !$0.isSymbol && !$0.hasDigit }),
              !scalars[words[0].start..<words[hit.first - 1].end].contains(where: { ScalarKind($0) == .punctuation })
        else { return nil }
        let name = scalars[words[0].start..<words[hit.first - 1].end]
        switch OutletNames.match(name) {
        case .outlet(let canonical)?: return canonical
        case .generic?: return nil
        case nil: return SourceText.string(from: name)
        }
    }

    private static func isValueSeparator(at index: Int, in scalars: [Unicode.Scalar], lineEnd: Int) -> Bool {
        switch scalars[index] {
        case "|", "\u{2013}", "\u{2014}", "\u{060C}", ",", "(", "\u{061B}", ";", "\u{2022}": return true
        case "-":
            // A dash between spaces parts fields (`محمد علي - القاهرة`); inside a word it does not.
            let before = index > 0 && ScalarKind(scalars[index - 1]) == .space
            let after = index + 1 < lineEnd && ScalarKind(scalars[index + 1]) == .space
            return before || after
        default: return false
        }
    }

    private static func onlySpaces(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        scalars[range].allSatisfy { ScalarKind($0) == .space || ScalarKind($0) == .ignorable }
    }

    /// The range without spaces, invisible characters and closing punctuation at its ends.
    static func trimmed(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var start = range.lowerBound
        var end = range.upperBound
        func isTrim(_ scalar: Unicode.Scalar) -> Bool {
            let kind = ScalarKind(scalar)
            return kind == .space || kind == .ignorable || scalar == "." || scalar == ":" || scalar == "\u{060C}"
        }
        while start < end, isTrim(scalars[start]) { start += 1 }
        while end > start, isTrim(scalars[end - 1]) { end -= 1 }
        return start < end ? start..<end : nil
    }
}
