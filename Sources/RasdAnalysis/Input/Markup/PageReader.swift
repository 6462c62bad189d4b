/// One pass over a page's tokens: builds the visible text (`TextCollector`), a record for every
/// element that may hold the article (its slice of the text and its Arabic letters, links
/// excluded), and the page's metadata. Dropped elements (`HTMLElementKinds.dropped`, hidden ones,
/// chrome by class or id) add nothing. Linear in the input: an end tag with no open element of its
/// name is ignored at once, and each element is closed once.
struct PageReader {
    struct Record {
        var parent: Int32
        var start: Int32
        var end: Int32
        var arabic: Int32 = 0
        var letters: Int32 = 0
        var flags: Flags

        struct Flags: OptionSet {
            let rawValue: UInt8
            static let container = Flags(rawValue: 1)
            static let article = Flags(rawValue: 2)
            static let articleBody = Flags(rawValue: 4)
            static let headline = Flags(rawValue: 8)
        }
    }

    private struct Open {
        var name: String
        /// This element's record, or -1.
        var record: Int32
        /// The record its text counts towards: its own, or its nearest recorded ancestor's.
        var counts: Int32
        var dropped: Bool
        var isLink: Bool
        var isBlock: Bool
        var insideArticle: Bool
    }

    private(set) var collector = TextCollector()
    private(set) var records: [Record] = []
    private(set) var metadata = PageMetadata()
    private var stack: [Open] = []
    private var openCounts: [String: Int] = [:]
    private var linkDepth = 0
    private var scratch: [UInt8] = []
    private var readsLinkedData = false
    let dropsChromeByName: Bool

    init(dropsChromeByName: Bool) {
        self.dropsChromeByName = dropsChromeByName
        records.append(Record(parent: -1, start: 0, end: 0, flags: .container))
        stack.append(Open(name: "#document", record: 0, counts: 0, dropped: false, isLink: false, isBlock: true,
                          insideArticle: false))
    }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        var tokenizer = HTMLTokenizer(bytes)
        while let token = tokenizer.next() {
            switch token {
            case .text(let range):
                guard let top = stack.last, !top.dropped else { continue }
                let raw = UnsafeBufferPointer(rebasing: bytes[range])
                if raw.contains(ASCII.ampersand) {
                    scratch.removeAll(keepingCapacity: true)
                    HTMLEntities.decode(bytes, range, into: &scratch, inAttribute: false)
                    scratch.withUnsafeBufferPointer { collector.append($0) }
                } else {
                    collector.append(raw)
                }
                if linkDepth == 0 {
                    records[Int(top.counts)].arabic &+= Int32(truncatingIfNeeded: collector.lastArabic)
                    records[Int(top.counts)].letters &+= Int32(truncatingIfNeeded: collector.lastLetters)
                }
            case .rawText(let range, let element):
                if element == "title", metadata.documentTitle == nil, !(stack.last?.dropped ?? false) {
                    metadata.documentTitle = TextCollector.singleLine(HTMLEntities.decodeString(bytes, range, inAttribute: false))
                } else if element == "script", readsLinkedData {
                    metadata.linkedDataScripts.append(String(decoding: bytes[range], as: UTF8.self))
                }
                readsLinkedData = false
            case .startTag(let tag):
                open(tag)
            case .endTag(let name):
                close(name)
            case .cdata, .comment, .declaration:
                continue
            }
        }
        while stack.count > 1 { closeTop() }
        records[0].end = Int32(collector.count)
    }

    private mutating func open(_ tag: HTMLTag) {
        let name = tag.name
        let kind = HTMLElementKinds.kind(of: name)
        let parentDropped = stack.last?.dropped ?? false
        if kind.contains(.void) {
            guard !parentDropped else { return }
            switch name {
            case "br", "hr": collector.appendBreak()
            case "meta": metadata.record(metaTag: tag)
            case "link": metadata.record(link: tag)
            default: break
            }
            return
        }
        if let top = stack.last, stack.count > 1 {
            if top.name == "p" && kind.contains(.closesParagraph) || top.name == name && kind.contains(.closesItself) {
                closeTop()
            }
        }
        let parent = stack[stack.count - 1]
        if name == "script" {
            readsLinkedData = tag.attribute("type")?.lowercased().contains("ld+json") ?? false
        }
        let itemprop = tag.attribute("itemprop")?.lowercased()
        let isArticleBody = itemprop?.split(separator: " ").contains("articlebody") ?? false
        let dropped = parentDropped || drops(tag, kind: kind, isArticleBody: isArticleBody, insideArticle: parent.insideArticle)
        if !dropped { metadata.record(dateElement: tag) }
        let isBlock = kind.contains(.block)
        var record: Int32 = -1
        if !dropped {
            if isBlock { collector.appendBreak() }
            var flags: Record.Flags = []
            if !kind.contains(.textLevel) { flags.insert(.container) }
            if name == "article" { flags.insert(.article) }
            if isArticleBody { flags.insert(.articleBody) }
            if name == "h1" { flags.insert(.headline) }
            if !flags.isEmpty {
                record = Int32(records.count)
                let start = Int32(collector.count)
                records.append(Record(parent: parent.counts, start: start, end: start, flags: flags))
            }
        }
        let isLink = name == "a" && !dropped
        if isLink { linkDepth += 1 }
        stack.append(Open(name: name, record: record, counts: record >= 0 ? record : parent.counts, dropped: dropped,
                          isLink: isLink, isBlock: isBlock, insideArticle: parent.insideArticle || name == "article"))
        openCounts[name, default: 0] += 1
        if tag.selfClosing { closeTop() }
    }

    private func drops(_ tag: HTMLTag, kind: HTMLElementKinds.Kind, isArticleBody: Bool, insideArticle: Bool) -> Bool {
        if kind.contains(.dropped) { return !(insideArticle && kind.contains(.keptInsideArticle)) }
        guard !tag.attributes.isEmpty else { return false }
        if tag.attribute("hidden") != nil || tag.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = tag.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        guard dropsChromeByName, !isArticleBody, !kind.contains(.neverChrome) else { return false }
        for attribute in tag.attributes where attribute.name == "class" || attribute.name == "id" || attribute.name == "role" {
            if attribute.name == "role" {
                if ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar"]
                    .contains(attribute.value.lowercased()) { return true }
            } else if ChromeNames.isChrome(attribute.value) {
                return true
            }
        }
        return false
    }

    private mutating func close(_ name: String) {
        guard let open = openCounts[name], open > 0 else {
            // `</p>` and `</br>` with nothing to close still break the line, as in a browser.
            if (name == "p" || name == "br"), !(stack.last?.dropped ?? false) { collector.appendBreak() }
            return
        }
        while stack.count > 1 {
            let closed = stack[stack.count - 1].name
            closeTop()
            if closed == name { break }
        }
    }

    private mutating func closeTop() {
        let open = stack.removeLast()
        openCounts[open.name, default: 1] -= 1
        if open.isLink { linkDepth -= 1 }
        if open.record >= 0 {
            let index = Int(open.record)
            records[index].end = Int32(collector.count)
            let parent = Int(records[index].parent)
            records[parent].arabic &+= records[index].arabic
            records[parent].letters &+= records[index].letters
        }
        if open.isBlock && !open.dropped { collector.appendBreak() }
    }
}
