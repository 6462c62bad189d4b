/// RSS 2.0 (and 0.9x, 1.0) and Atom feeds saved to disk: each `<item>` or `<entry>` becomes a
/// document. Read with `HTMLTokenizer` in XML mode, so a feed that is not well-formed XML (an
/// unescaped `&`, an HTML entity, an unclosed tag) is still read.
///
/// - text: the item's title as the first line, then its content as text (`content:encoded`, Atom
///   `content`, `description` or `summary`: HTML, escaped or in CDATA, through `HTMLText`);
/// - title, url (`link`, Atom `link rel="alternate"`), author (`dc:creator`, `author`, Atom
///   `author/name`), published (`pubDate` in RFC 822, `dc:date`, `published`, `updated` in ISO
///   8601, as `PublishedDate` writes it); the outlet is the feed's own title;
/// - id: `guid` or Atom `id`, else the link, else `feed#N`.
public enum FeedReader {
    public struct Contents: Sendable {
        /// One result per item, in order; a failure is located as `feed.xml:item N`.
        public var items: [Result<DocumentInput, InputError>]
        public var warnings: [String]
    }

    static let roots: Set<String> = ["rss", "feed", "rdf:rdf"]

    /// The name of the first element of an XML document (`rss`, `feed`, `urlset`, …), lower-cased.
    public static func rootElement<Bytes: Collection>(of bytes: Bytes) -> String? where Bytes.Element == UInt8 {
        Array(bytes).withUnsafeBufferPointer { buffer in
            var tokenizer = HTMLTokenizer(buffer, xml: true)
            while let token = tokenizer.next() {
                if case .startTag(let tag) = token { return tag.name }
            }
            return nil
        }
    }

    public static func isFeed(rootElement: String?) -> Bool { rootElement.map(roots.contains) ?? false }

    /// The items of a feed. `location` names the file in messages, `idStem` makes ids (`feed#3`).
    public static func read(_ bytes: [UInt8], location: String, idStem: String) -> Result<Contents, InputError> {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = FeedParser(bytes: buffer)
            reader.parse()
            guard let root = reader.root else {
                return .failure(InputError(location, .malformed("not an RSS or Atom feed: there is no element in it")))
            }
            guard roots.contains(root) else {
                return .failure(InputError(location, .unsupportedFormat(
                    "not an RSS or Atom feed (its root element is <\(root)>)")))
            }
            var contents = Contents(items: [], warnings: [])
            for (index, item) in reader.items.enumerated() {
                let itemLocation = "\(location):item \(index + 1)"
                contents.items.append(item.document(in: buffer, location: itemLocation,
                                                    fallbackID: "\(idStem)#\(index + 1)", outlet: reader.feedTitle,
                                                    warnings: &contents.warnings))
            }
            return .success(contents)
        }
    }
}

/// The raw fields of one item: the byte range of each child element's content, and its tag.
struct FeedItemFields {
    var fields: [String: (range: Range<Int>, tag: HTMLTag)] = [:]
    var alternateLink: String?

    func document(in bytes: UnsafeBufferPointer<UInt8>, location: String, fallbackID: String, outlet: String?,
                  warnings: inout [String]) -> Result<DocumentInput, InputError> {
        func plain(_ names: String...) -> String? {
            for name in names {
                guard let field = fields[name] else { continue }
                var text = FeedParser.unwrapped(bytes, field.range)
                if text.contains("<") || field.tag.attribute("type")?.lowercased() == "html" {
                    text = HTMLText.text(text)
                }
                if let line = TextCollector.singleLine(text) { return line }
            }
            return nil
        }
        func content(_ names: String...) -> String? {
            for name in names {
                guard let field = fields[name] else { continue }
                let type = field.tag.attribute("type")?.lowercased()
                let text: String
                if type == "xhtml" {
                    text = HTMLText.text(String(decoding: bytes[field.range], as: UTF8.self))
                } else if type == "text" {
                    text = FeedParser.unwrapped(bytes, field.range).split(separator: "\n")
                        .compactMap { TextCollector.singleLine(String($0)) }.joined(separator: "\n")
                } else {
                    text = HTMLText.text(FeedParser.unwrapped(bytes, field.range))
                }
                if !text.isEmpty { return text }
            }
            return nil
        }

        let title = plain("title")
        let body = content("content:encoded", "content", "description", "summary")
        let lines = [title, body == title ? nil : body].compactMap { $0 }
        guard !lines.isEmpty else { return .failure(InputError(location, .noText("the item has no title and no content"))) }
        let link = alternateLink ?? plain("link")
        var published: String?
        for name in ["pubdate", "dc:date", "published", "updated", "atom:updated", "a10:updated"] {
            guard let value = plain(name) else { continue }
            published = RFC822Date.normalize(value) ?? PublishedDate.normalize(value)
            if published == nil { warnings.append("\(location): ignoring <\(name)>: \(value) is not a date") }
            break
        }
        let id = plain("guid", "id") ?? link ?? fallbackID
        return .success(DocumentInput(id: id, text: lines.joined(separator: "\n"), title: title, url: link,
                                      outlet: outlet, author: plain("dc:creator", "author/name", "author").map(Self.personName),
                                      published: published))
    }

    /// RSS `author` is an e-mail address with the name in brackets: `news@site.example (ليلى الحسيني)`.
    static func personName(_ value: String) -> String {
        guard value.contains("@"), let open = value.firstIndex(of: "("), let close = value.lastIndex(of: ")"),
              open < close else { return value }
        let name = String(value[value.index(after: open)..<close]).trimmingSpaces
        return name.isEmpty ? value : name
    }
}

/// One pass over a feed's tokens: the root, the feed's title, and the fields of every item.
struct FeedParser {
    private struct Open {
        var tag: HTMLTag
        var contentStart: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var root: String?
    private(set) var feedTitle: String?
    private(set) var items: [FeedItemFields] = []
    private var stack: [Open] = []
    private var openCounts: [String: Int] = [:]
    /// The stack index of the item being read.
    private var itemIndex: Int?
    private var current = FeedItemFields()

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func parse() {
        var tokenizer = HTMLTokenizer(bytes, xml: true)
        while let token = tokenizer.next() {
            switch token {
            case .startTag(let tag):
                if root == nil { root = tag.name }
                if itemIndex == nil, tag.name == "item" || tag.name == "entry" {
                    itemIndex = stack.count
                    current = FeedItemFields()
                }
                stack.append(Open(tag: tag, contentStart: tokenizer.position))
                openCounts[tag.name, default: 0] += 1
                if tag.selfClosing { closeTop(at: tokenizer.position) }
            case .endTag(let name):
                guard let open = openCounts[name], open > 0 else { continue }
                while let top = stack.last {
                    closeTop(at: tokenizer.tokenStart)
                    if top.tag.name == name { break }
                }
            default:
                continue
            }
        }
        while !stack.isEmpty { closeTop(at: bytes.count) }
    }

    private mutating func closeTop(at end: Int) {
        let open = stack.removeLast()
        openCounts[open.tag.name, default: 1] -= 1
        let index = stack.count
        let range = open.contentStart..<max(open.contentStart, end)
        guard let item = itemIndex else {
            if open.tag.name == "title", feedTitle == nil, let parent = stack.last?.tag.name, parent == "channel" || parent == "feed" {
                feedTitle = TextCollector.singleLine(Self.unwrapped(bytes, range))
            }
            return
        }
        if index == item {
            items.append(current)
            itemIndex = nil
        } else if index == item + 1 {
            let name = open.tag.name
            if name == "link", let href = open.tag.attribute("href") {
                let rel = open.tag.attribute("rel")?.lowercased() ?? "alternate"
                if rel == "alternate", current.alternateLink == nil { current.alternateLink = TextCollector.singleLine(href) }
            } else if current.fields[name] == nil {
                current.fields[name] = (range, open.tag)
            }
        } else if index == item + 2, let parent = stack.last?.tag.name {
            let path = "\(parent)/\(open.tag.name)"
            if current.fields[path] == nil { current.fields[path] = (range, open.tag) }
        }
    }

    /// The text of a range of feed XML: character data with references decoded and CDATA
    /// sections as they are; tags inside are dropped.
    static func unwrapped(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        var tokenizer = HTMLTokenizer(slice, xml: true)
        var out: [UInt8] = []
        while let token = tokenizer.next() {
            switch token {
            case .text(let text): HTMLEntities.decode(slice, text, into: &out, inAttribute: false)
            case .cdata(let text): out.append(contentsOf: slice[text])
            default: continue
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
