import RasdText

/// A scraped page read as header, article body, footer and appended articles: each line's label,
/// then the layout rules of `BoilerplateStage` decide its final kind (nil for article text).
struct PageLayout {
    let lines: [TextSpan]
    let features: [LineFeatures]
    /// Final kind of each line; nil for article text and blank lines.
    private(set) var kinds: [BoilerplateKind?]

    /// Kinds that close an article: a related marker right after one of them starts the related tail.
    private static let footerKinds: Set<BoilerplateKind> = [
        .keywords, .copyright, .siteDescription, .share, .comments, .control,
    ]
    /// Kinds that close the page itself, left out of a related tail that ends with them.
    private static let pageEndKinds: Set<BoilerplateKind> = [
        .control, .share, .comments, .copyright, .siteDescription, .junk,
    ]

    init(source: SourceText, lines: [TextSpan], matching: NormalizedView) {
        let scalars = source.scalars
        self.lines = lines
        let features = lines.map { LineFeatures($0, in: scalars, keys: .view(matching)) }
        self.features = features
        var labels = features.map { BoilerplateClassifier.label($0, in: scalars) }
        Self.markRepeatedLines(features, &labels)

        // The article body, and the related tail after it.
        var bodyLines = features.indices.filter { Self.isBodyParagraph(features[$0], labels[$0]) }
        // A long headline is paragraph-sized; the first body line, when it reads as a headline and
        // body follows it, is the title.
        if bodyLines.count >= 2, HeadlineShape.isHeadline(features[bodyLines[0]]),
           !features[bodyLines[0]].endsWithSentencePunctuation {
            bodyLines.removeFirst()
        }
        var tail: Int?
        if let firstBody = bodyLines.first {
            for index in labels.indices where index > firstBody && labels[index]?.kind == .related {
                let previous = Self.previousNonBlank(before: index, features)
                let afterFooter = previous.flatMap { labels[$0] }.map(Self.closesArticle) ?? false
                let bodyFollows = (bodyLines.last ?? -1) > index
                if afterFooter || !bodyFollows {
                    tail = index
                    break
                }
            }
        }
        let mainEnd = tail ?? lines.count
        let mainBody = bodyLines.filter { $0 < mainEnd }
        let firstBody = mainBody.first
        let lastBody = mainBody.last

        // Layout rules over the article part of the page.
        var kinds = [BoilerplateKind?](repeating: nil, count: lines.count)
        var titleSeen = false
        for index in 0..<mainEnd where !features[index].isBlank {
            let line = features[index]
            let zone = Self.zone(of: index, firstBody: firstBody, lastBody: lastBody)
            if let label = labels[index] {
                if label.strength == .weak && zone == .body { continue }
                if label.kind == .siteDescription && zone != .footer { continue }
                kinds[index] = label.kind
                continue
            }
            switch zone {
            case .body:
                break
            case .header:
                if OutletNames.siteName(scalars[line.span.range]) != nil {
                    kinds[index] = .metadata
                } else if !titleSeen && HeadlineShape.isHeadline(line) {
                    titleSeen = true
                } else if !line.endsWithSentencePunctuation
                            && (line.wordCount <= 3 || (line.latinRatio >= 0.5 && line.wordCount <= 6)) {
                    kinds[index] = .metadata
                }
            case .footer:
                if OutletNames.siteName(scalars[line.span.range]) != nil
                    || (line.wordCount <= 6 && !line.endsWithSentencePunctuation) {
                    kinds[index] = .metadata
                }
            }
        }
        Self.extendInlineRelated(features, labels, mainEnd: mainEnd, &kinds)

        if let tail {
            var last = lines.count - 1
            while last >= tail, features[last].isBlank
                    || labels[last].map({ $0.strength == .strong && Self.pageEndKinds.contains($0.kind) }) == true {
                if !features[last].isBlank { kinds[last] = labels[last]?.kind }
                last -= 1
            }
            if last >= tail {
                for index in tail...last where !features[index].isBlank { kinds[index] = .related }
            }
        }
        self.kinds = kinds
    }

    /// The blocks: runs of lines of one kind, blank lines between them allowed.
    func blocks(in source: SourceText) -> [BoilerplateBlock] {
        var blocks: [BoilerplateBlock] = []
        var current: (kind: BoilerplateKind, start: Int, end: Int)?
        func close() {
            if let run = current {
                blocks.append(BoilerplateBlock(TextSpan(start: run.start, end: run.end), in: source, kind: run.kind))
            }
            current = nil
        }
        for index in lines.indices {
            if features[index].isBlank { continue }
            guard let kind = kinds[index] else {
                close()
                continue
            }
            if let run = current, run.kind == kind {
                current = (kind, run.start, lines[index].end)
            } else {
                close()
                current = (kind, lines[index].start, lines[index].end)
            }
        }
        close()
        return blocks
    }

    // MARK: - Rules

    enum Zone { case header, body, footer }

    private static func zone(of index: Int, firstBody: Int?, lastBody: Int?) -> Zone {
        guard let firstBody, let lastBody else { return .body }
        if index < firstBody { return .header }
        if index > lastBody { return .footer }
        return .body
    }

    /// A footer line that ends an article: tags, copyright, share, comments, controls, the site's
    /// description, or a source or update line (`المصدر:`, `آخر تحديث:`). Header metadata (a
    /// byline, a lone date) does not close anything.
    private static func closesArticle(_ label: LineLabel) -> Bool {
        guard label.strength == .strong else { return false }
        if label.kind == .metadata { return label.field == .source || label.field == .updated }
        return footerKinds.contains(label.kind)
    }

    /// A paragraph of article text: 12+ words, or 5+ words closing a sentence, with no strong cue.
    static func isBodyParagraph(_ line: LineFeatures, _ label: LineLabel?) -> Bool {
        if let label, label.strength == .strong { return false }
        return line.wordCount >= 12 || (line.wordCount >= 5 && line.endsWithSentencePunctuation)
    }

    /// The second of two identical headline-like lines in a row (blank lines between allowed).
    private static func markRepeatedLines(_ features: [LineFeatures], _ labels: inout [LineLabel?]) {
        var previous: Int?
        for index in features.indices where !features[index].isBlank {
            defer { previous = index }
            guard let before = previous, labels[index] == nil, labels[before] == nil else { continue }
            let line = features[index]
            let earlier = features[before]
            guard line.wordCount >= 1, line.wordCount <= 30, !line.endsWithSentencePunctuation,
                  line.words.count == earlier.words.count,
                  zip(line.words, earlier.words).allSatisfy({ $0.key == $1.key }) else { continue }
            labels[index] = LineLabel(kind: .navigation, strength: .strong)
        }
    }

    /// A lone related marker in the body takes the short headline lines right after it (at most
    /// three; a line that closes a sentence or runs long is body again).
    private static func extendInlineRelated(_ features: [LineFeatures], _ labels: [LineLabel?], mainEnd: Int,
                                            _ kinds: inout [BoilerplateKind?]) {
        for index in 0..<mainEnd where kinds[index] == .related && labels[index]?.isMarkerOnly == true {
            var next = index + 1
            var taken = 0
            while next < mainEnd, taken < 3 {
                let line = features[next]
                if line.isBlank { next += 1; continue }
                guard kinds[next] == nil, labels[next] == nil, (3...15).contains(line.wordCount),
                      !line.endsWithSentencePunctuation, line.lastScalar != ":" else { break }
                kinds[next] = .related
                taken += 1
                next += 1
            }
        }
    }

    private static func previousNonBlank(before index: Int, _ features: [LineFeatures]) -> Int? {
        var cursor = index - 1
        while cursor >= 0 {
            if !features[cursor].isBlank { return cursor }
            cursor -= 1
        }
        return nil
    }
}
