import RasdText

/// News section and tag names (`Lexicons/section-names.txt`), loaded once per process, and the
/// segmenter that reads a glued tag line back into them: `آسياأخرىروسياسياسة` → آسيا أخرى روسيا سياسة.
enum SectionNames {
    /// Matching keys of every section word.
    static let keys: Set<MatchKey> = {
        var keys: Set<MatchKey> = []
        for row in LexiconRows.parse(EmbeddedLexicons.sectionNames) {
            let key = MatchKeys.of(row[0])
            if !key.isEmpty { keys.insert(key) }
        }
        return keys
    }()

    /// Longest section word, in scalars (bounds the segmenter's search).
    private static let longest = keys.map(\.count).max() ?? 0

    /// Whether a word key is a section name, with or without the article `ال`.
    static func contains(_ key: MatchKey) -> Bool {
        if keys.contains(key) { return true }
        if key.count > 3, key[key.startIndex] == "\u{0627}", key[key.startIndex + 1] == "\u{0644}" {
            return keys.contains(key.dropFirst(2))
        }
        return false
    }

    /// How a glued key reads as section words: how many it holds and how many of its letters
    /// they (and the `و` between them) cover, the best cover first, then the fewest words.
    /// `اسيااخريروسياسياسه` → 4 words covering all 18 letters; `طقسوبيئه` → 2 words, 8 letters.
    static func segmentation(of key: MatchKey) -> (words: Int, covered: Int, letters: Int) {
        let scalars = Array(key)
        let count = scalars.count
        // best[i]: the best (covered, -words) reading of scalars[0..<i].
        var best = [(covered: Int, words: Int)](repeating: (-1, 0), count: count + 1)
        best[0] = (0, 0)
        func offer(_ index: Int, _ candidate: (covered: Int, words: Int)) {
            let current = best[index]
            if candidate.covered > current.covered
                || (candidate.covered == current.covered && candidate.words < current.words) {
                best[index] = candidate
            }
        }
        for start in 0..<count where best[start].covered >= 0 {
            let here = best[start]
            // Skip one letter: a `و` joining two names counts as covered, anything else does not.
            offer(start + 1, (here.covered + (scalars[start] == "\u{0648}" && start > 0 ? 1 : 0), here.words))
            var end = start + 2
            while end <= min(count, start + longest + 2) {
                if contains(scalars[start..<end]) {
                    offer(end, (here.covered + end - start, here.words + 1))
                }
                end += 1
            }
        }
        return (best[count].words, max(0, best[count].covered), count)
    }

    /// Whether a key with no spaces is section names run together: wholly covered by two or more,
    /// or three or more covering three quarters of it (an unknown tag among known ones).
    static func isGlued(_ key: MatchKey) -> Bool {
        let reading = segmentation(of: key)
        guard reading.letters >= 6 else { return false }
        if reading.covered == reading.letters && reading.words >= 2 { return true }
        return reading.words >= 3 && reading.covered * 4 >= reading.letters * 3
    }
}
