/// What the extractor knows of an element by its name.
enum HTMLElementKinds {
    /// Elements that never have content or an end tag.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame",
    ]

    /// Elements whose whole content is dropped: code, forms, embedded things and site chrome.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "nav", "header", "footer", "aside", "form", "button", "select", "textarea", "dialog", "menu",
    ]

    /// `header` and `footer` are chrome at page level; inside an `<article>` its header holds the
    /// headline and is kept.
    static let keptInsideArticle: Set<String> = ["header"]

    /// Elements that start and end a line of the extracted text.
    static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "option", "frameset",
        "noframes", "listing", "plaintext", "xmp",
    ]

    /// Blocks that hold text rather than other blocks: the extractor never chooses one of these
    /// (or an inline element) as the article body, only the container of several.
    static let textLevel: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "figcaption", "caption",
        "address", "legend", "summary", "option", "ul", "ol", "dl",
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "big", "strike", "tt", "label",
        "picture", "img", "br", "hr", "wbr",
    ]

    /// Starting one of these closes an open `<p>`, as in HTML.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt",
    ]

    /// Elements that an opening of the same name closes when it is the current one (`<li>a<li>b`).
    static let closesItself: Set<String> = ["li", "dt", "dd", "tr", "td", "th", "option"]

    /// Elements a class or id naming chrome never drops: the page itself and the article.
    static let neverChrome: Set<String> = ["html", "body", "main", "article"]

    /// All of the above for one element, found with one lookup per tag.
    struct Kind: OptionSet {
        let rawValue: UInt8
        static let void = Kind(rawValue: 1 << 0)
        static let dropped = Kind(rawValue: 1 << 1)
        static let keptInsideArticle = Kind(rawValue: 1 << 2)
        static let block = Kind(rawValue: 1 << 3)
        static let textLevel = Kind(rawValue: 1 << 4)
        static let closesParagraph = Kind(rawValue: 1 << 5)
        static let closesItself = Kind(rawValue: 1 << 6)
        static let neverChrome = Kind(rawValue: 1 << 7)
    }

    static func kind(of name: String) -> Kind { kinds[name] ?? [] }

    private static let kinds: [String: Kind] = {
        var table: [String: Kind] = [:]
        for (set, kind) in [(void, Kind.void), (dropped, .dropped), (keptInsideArticle, .keptInsideArticle), (block, .block),
                            (textLevel, .textLevel), (closesParagraph, .closesParagraph), (closesItself, .closesItself),
                            (neverChrome, .neverChrome)] {
            for name in set { table[name, default: []].insert(kind) }
        }
        return table
    }()
}

/// Site chrome named by an element's `class` or `id`: menus, navigation, footers, sidebars,
/// share buttons, comments, related links, breadcrumbs, advertisements. A word matches whole,
/// case-insensitively, where words are split at anything but letters and digits and at camel-case
/// humps: `share-buttons`, `post_comments`, `topAd`, `SIDEBAR` match; `head`, `shared`, `address`
/// and `download` do not.
enum ChromeNames {
    static let words: Set<String> = [
        "menu", "menus", "nav", "navbar", "navigation", "footer", "sidebar", "share", "sharing", "social", "comment",
        "comments", "related", "breadcrumb", "breadcrumbs", "ad", "ads", "advert", "adverts", "advertisement",
        "advertising", "banner", "promo", "newsletter", "subscribe", "cookie", "cookies", "popup", "widget",
        "widgets", "tags", "pagination", "pager", "trending", "mostread", "outbrain", "taboola",
    ]

    static func isChrome(_ value: String) -> Bool {
        var word: [UInt8] = []
        var tooLong = false
        var previousWasLower = false
        for byte in value.utf8 {
            let letterOrDigit = ASCII.isAlphanumeric(byte)
            let hump = letterOrDigit && byte >= 0x41 && byte <= 0x5A && previousWasLower
            if !letterOrDigit || hump {
                if !tooLong, matches(word) { return true }
                word.removeAll(keepingCapacity: true)
                tooLong = false
            }
            previousWasLower = letterOrDigit && !(byte >= 0x41 && byte <= 0x5A)
            guard letterOrDigit, !tooLong else { continue }
            if word.count == 16 { tooLong = true; continue }   // no chrome word is that long
            word.append(ASCII.lowercased(byte))
        }
        return !tooLong && matches(word)
    }

    private static func matches(_ word: [UInt8]) -> Bool {
        !word.isEmpty && words.contains(String(decoding: word, as: UTF8.self))
    }
}
