/// An article read out of an HTML page: its main text (what a document's `text` and every offset
/// then index) and what the page states about it.
public struct ExtractedArticle: Sendable, Equatable {
    /// The main text: one line per paragraph, heading or list item, white space collapsed.
    public var text: String
    public var title: String?
    public var url: String?
    public var outlet: String?
    public var author: String?
    /// ISO 8601 (`PublishedDate`), from `article:published_time`, JSON-LD `datePublished` or the like.
    public var published: String?

    public init(text: String, title: String? = nil, url: String? = nil, outlet: String? = nil,
                author: String? = nil, published: String? = nil) {
        self.text = text
        self.title = title
        self.url = url
        self.outlet = outlet
        self.author = author
        self.published = published
    }
}

extension DocumentInput {
    /// A document from an extracted article; `url` (a crawl's target address) wins over the page's own.
    public init(id: String, article: ExtractedArticle, url: String? = nil, fallbackPublished: String? = nil) {
        self.init(id: id, text: article.text, title: article.title, url: url ?? article.url, outlet: article.outlet,
                  author: article.author, published: article.published, fallbackPublished: fallbackPublished)
    }
}
