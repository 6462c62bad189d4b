/// Reads the article out of an HTML page: the main text without the site around it, and the
/// page's title, address, outlet, author and publication date.
///
/// The body is, in order of preference: the element marked `itemprop="articleBody"`; the
/// `<article>` with the most text, when it holds at least a quarter of the page's; else the
/// page's text density decides: from the root, the reader steps into the child container
/// (`div`, `section`, `main`, `td`, …, never a paragraph) that holds at least 85% of its parent's
/// Arabic letters outside links, as long as there is one. The last `<h1>` before the chosen body becomes its
/// first line when the body has none of its own. Navigation, headers, footers, asides, forms, scripts,
/// styles, comments and elements whose class or id names chrome (`ChromeNames`) are dropped
/// first; if that leaves nothing, the page is read again keeping what only its class or id
/// condemned.
///
/// ```swift
/// let article = ArticleExtractor.extract(html)
/// article.text       // "عنوان الخبر\nالفقرة الأولى…"
/// article.published  // "2024-03-14T09:30:00"
/// ```
public enum ArticleExtractor {
    /// The share of its parent's text a container must hold for the reader to step into it.
    static let descentShare = 0.85
    /// The share of the page's text an `<article>` must hold to be taken as the body.
    static let articleShare = 0.25

    public static func extract(_ html: String) -> ExtractedArticle {
        var copy = html
        return copy.withUTF8 { extract($0) }
    }

    /// Invalid UTF-8 becomes U+FFFD.
    public static func extract<Bytes: Collection>(utf8 bytes: Bytes) -> ExtractedArticle where Bytes.Element == UInt8 {
        if let result = bytes.withContiguousStorageIfAvailable({ extract($0) }) { return result }
        return Array(bytes).withUnsafeBufferPointer { extract($0) }
    }

    static func extract(_ bytes: UnsafeBufferPointer<UInt8>) -> ExtractedArticle {
        var page = PageReader(dropsChromeByName: true)
        page.read(bytes)
        var text = mainText(of: page)
        if text.isEmpty {
            var lenient = PageReader(dropsChromeByName: false)
            lenient.read(bytes)
            text = mainText(of: lenient)
        }
        let fields = page.metadata.resolved()
        return ExtractedArticle(text: text, title: fields.title, url: fields.url, outlet: fields.outlet,
                                author: fields.author, published: fields.published)
    }

    static func mainText(of page: PageReader) -> String {
        let records = page.records
        let useArabic = records[0].arabic > 0
        func weight(_ index: Int) -> Int32 { useArabic ? records[index].arabic : records[index].letters }

        let body = chosenBody(records, weight: weight)
        let range = Int(records[body].start)..<Int(records[body].end)
        var text = page.collector.text(range)
        // The headline: the last `<h1>` before the body, unless the body has its own.
        let headlines = records.indices.filter { records[$0].flags.contains(.headline) }
        let bodyHasHeadline = headlines.contains { records[$0].start >= records[body].start && records[$0].end <= records[body].end && $0 != body }
        if !bodyHasHeadline, let headline = headlines.last(where: { records[$0].end <= records[body].start }) {
            let line = page.collector.text(Int(records[headline].start)..<Int(records[headline].end))
            if !line.isEmpty { text = text.isEmpty ? line : line + "\n" + text }
        }
        return text
    }

    private static func chosenBody(_ records: [PageReader.Record], weight: (Int) -> Int32) -> Int {
        func heaviest(_ flag: PageReader.Record.Flags) -> Int? {
            var best: Int?
            for index in records.indices where records[index].flags.contains(flag) {
                if best.map({ weight(index) > weight($0) }) ?? true { best = index }
            }
            return best
        }
        let total = Double(weight(0))
        if let body = heaviest(.articleBody), weight(body) > 0 { return body }
        if let article = heaviest(.article), weight(article) > 0, Double(weight(article)) >= total * articleShare {
            return article
        }
        // Each container's heaviest child container, then the walk down from the root.
        var heaviestChild = [Int32](repeating: -1, count: records.count)
        for index in records.indices.dropFirst() where records[index].flags.contains(.container) {
            let parent = Int(records[index].parent)
            let current = heaviestChild[parent]
            if current < 0 || weight(index) > weight(Int(current)) { heaviestChild[parent] = Int32(index) }
        }
        var body = 0
        while heaviestChild[body] >= 0 {
            let child = Int(heaviestChild[body])
            guard weight(body) > 0, Double(weight(child)) >= Double(weight(body)) * descentShare else { break }
            body = child
        }
        return body
    }
}

/// All the visible text of an HTML fragment (a feed item's description), without choosing a
/// body: scripts, styles, chrome and comments dropped, blocks as lines, references decoded.
public enum HTMLText {
    public static func text(_ html: String) -> String {
        var copy = html
        return copy.withUTF8 { bytes in
            var page = PageReader(dropsChromeByName: true)
            page.read(bytes)
            let text = page.collector.text(0..<page.collector.count)
            if !text.isEmpty { return text }
            var lenient = PageReader(dropsChromeByName: false)
            lenient.read(bytes)
            return lenient.collector.text(0..<lenient.collector.count)
        }
    }
}
