import RasdText

/// Reads the title, outlet, author and publication date a page states, from the lines the
/// boilerplate stage marked `metadata` (and copyright, site description) and from its first line.
public struct MetadataStage: Stage {
    // - published: `تاريخ النشر:`/`نشر في:` first; else the earliest lone date line (a page that
    //   prints publication and update dates prints the earlier one for publication); else
    //   `آخر تحديث:`. `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when a time is given.
    // - outlet: `المصدر: X` (X through `OutletNames`, else as written), else a site-name line the
    //   outlet lexicon knows (`Political Keys`, `يمن فريدم-DWعربية`), else the site a copyright
    //   line names, else the name the site's self-description opens with. An agency credit
    //   (`(بحسب رويترز)`) is not the outlet.
    // - author: `كتب:`, `بقلم`, `إعداد:`, `تحرير:` … up to six words, to the line's end or a dash.
    // - title: the first line outside every boilerplate block, when it reads as a headline.
    // Lines inside `related` blocks (another article appended to the page) and metadata lines
    // between body paragraphs (image credits, datelines) are not read.
    public let name = "metadata"

    public init() {}

    public func run(_ analysis: inout DocumentAnalysis) {
        let scalars = analysis.source.scalars
        let lines = analysis.lines
        let blocks = analysis.boilerplate.sorted { $0.span < $1.span }
        let owners = Self.blockOfEachLine(lines, blocks)
        // The boilerplate stage measured every line already; measure here only when it did not run.
        let measured = analysis.lineFeatures.count == lines.count
            ? analysis.lineFeatures
            : lines.map { LineFeatures($0, in: scalars, keys: .view(analysis.matching)) }

        // The title: the first text line, when it reads as a headline.
        let firstText = lines.indices.first { owners[$0] == nil && !measured[$0].isBlank }
        let title = firstText.flatMap { Self.title(measured[$0], in: scalars) }

        // The body's extent (the title aside): metadata lines inside it are not the page's.
        let bodyLines = lines.indices.filter {
            owners[$0] == nil && !(title != nil && $0 == firstText) && PageLayout.isBodyParagraph(measured[$0], nil)
        }
        let body = bodyLines.first.map { TextSpan(start: lines[$0].start, end: lines[bodyLines.last!].end) }

        var reader = Reading()
        for index in lines.indices {
            guard let owner = owners[index] else { continue }
            let block = blocks[owner]
            guard block.kind == .metadata || block.kind == .copyright || block.kind == .siteDescription else { continue }
            // A metadata line between body paragraphs (an image credit, a dateline) is not the page's.
            if let body, block.start > body.start, block.end < body.end { continue }
            let line = measured[index]
            if line.isBlank { continue }
            reader.read(line, of: block.kind, in: scalars)
        }

        analysis.metadata = DocumentMetadata(
            title: title,
            outlet: reader.sourceOutlet ?? reader.siteOutlet ?? reader.copyrightOutlet ?? reader.describedOutlet,
            author: reader.author,
            published: (reader.published ?? reader.loneDates.min() ?? reader.updated)?.iso
        )
    }

    /// What the metadata lines state, the first of each kind kept.
    private struct Reading {
        var published: HeaderDate?
        var updated: HeaderDate?
        var loneDates: [HeaderDate] = []
        var sourceOutlet: String?
        var siteOutlet: String?
        var copyrightOutlet: String?
        var describedOutlet: String?
        var author: String?

        mutating func read(_ line: LineFeatures, of kind: BoilerplateKind, in scalars: [Unicode.Scalar]) {
            switch kind {
            case .copyright:
                if copyrightOutlet == nil { copyrightOutlet = FieldValues.copyrightOwner(line, in: scalars) }
                return
            case .siteDescription:
                if describedOutlet == nil { describedOutlet = FieldValues.siteDescriptionOwner(line, in: scalars) }
                return
            default:
                break
            }
            let span = line.span
            let label = BoilerplateClassifier.label(line, in: scalars)
            if let label, label.kind == .metadata, let field = label.field, let cueEnd = label.cueEnd {
                let isDate = field == .published || field == .updated
                guard let value = FieldValues.valueRange(after: cueEnd, lineEnd: span.end, in: scalars,
                                                         whole: isDate) else { return }
                switch field {
                case .published:
                    if published == nil { published = HeaderDateParser.parse(scalars[value]) }
                case .updated:
                    if updated == nil { updated = HeaderDateParser.parse(scalars[value]) }
                case .source:
                    if sourceOutlet == nil { sourceOutlet = FieldValues.outlet(value, in: scalars) }
                case .author:
                    if author == nil { author = FieldValues.author(value, in: scalars) }
                }
            } else if label?.isDateLine == true, let date = HeaderDateParser.parseLine(scalars[span.range]) {
                loneDates.append(date)
            } else if siteOutlet == nil {
                siteOutlet = OutletNames.siteName(scalars[span.range])
            }
        }
    }

    /// For each line, the index of the block that holds it (blocks sorted, lines in order: one sweep).
    private static func blockOfEachLine(_ lines: [TextSpan], _ blocks: [BoilerplateBlock]) -> [Int?] {
        var owners = [Int?](repeating: nil, count: lines.count)
        var cursor = 0
        for (index, line) in lines.enumerated() {
            while cursor < blocks.count, blocks[cursor].end < line.start { cursor += 1 }
            if cursor < blocks.count, blocks[cursor].span.contains(line) { owners[index] = cursor }
        }
        return owners
    }

    private static func title(_ line: LineFeatures, in scalars: [Unicode.Scalar]) -> String? {
        guard HeadlineShape.isHeadline(line), let text = FieldValues.trimmed(line.span.range, in: scalars) else { return nil }
        return SourceText.string(from: scalars[text])
    }
}
