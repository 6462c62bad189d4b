import RasdText

/// A span as the contract writes it: `{"start", "end", "text"}`, where `text` is exactly the raw
/// slice `text[start:end]`.
public struct SpanText: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(_ span: TextSpan, in source: SourceText) {
        self.start = span.start
        self.end = span.end
        self.text = source[span]
    }

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }

    public var span: TextSpan { TextSpan(start: start, end: end) }
}

/// Site chrome found in scraped text — navigation, related-article blocks, share lines, footers —
/// which later stages skip (`kind` names which chrome it is).
public struct BoilerplateBlock: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var kind: BoilerplateKind

    public init(_ span: TextSpan, in source: SourceText, kind: BoilerplateKind) {
        self.start = span.start
        self.end = span.end
        self.text = source[span]
        self.kind = kind
    }

    public var span: TextSpan { TextSpan(start: start, end: end) }
}

/// A token that is words run together by a scraper (`منالحرب`), with the raw span of each word:
/// `{"start", "end", "text", "pieces": [{"start", "end", "text"}, …]}`.
public struct GluedWord: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var pieces: [SpanText]

    public init(_ split: GluedSplit, in source: SourceText) {
        start = split.token.start
        end = split.token.end
        text = source[split.token]
        pieces = split.pieces.map { SpanText($0, in: source) }
    }
}

/// The kinds of site chrome the boilerplate stage tells apart.
public enum BoilerplateKind: String, Codable, Sendable, CaseIterable {
    /// Category tags and menus, often glued together: `آسياأخرىروسياسياسة`.
    case navigation
    /// "Read also" and related-article blocks: `اقرأ أيضًا:`, `مقالات ذات صلة`.
    case related
    /// Share buttons and social links: `الفيس بوك`, `تويتر`, `تابعنا`.
    case share
    /// Comment counters and prompts: `تعليق (0)`.
    case comments
    /// Copyright and rights lines: `جميع الحقوق محفوظة`.
    case copyright
    /// The site describing itself at the foot of every page.
    case siteDescription = "site_description"
    /// Page controls: `زر الذهاب إلى الأعلى`, `رابط المصدر`.
    case control
    /// Keyword and tag lists: `كلمات دلالية:`.
    case keywords
    /// Header and footer lines that carry metadata: `تاريخ النشر: …`, `المصدر: …`, `كتب: …`,
    /// a lone date line, the site's name. The metadata stage reads them.
    case metadata
    /// Scraper junk: codes like `7579HJ`, stray markup.
    case junk
}
