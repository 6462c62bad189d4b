/// One document as it arrives: its text and whatever metadata the input carried (a JSON Lines
/// record's fields, `--published`). Given fields win over what the analysis infers.
public struct DocumentInput: Sendable, Equatable {
    public var id: String
    public var text: String
    public var title: String?
    public var url: String?
    public var outlet: String?
    public var author: String?
    /// ISO 8601 date or date-time the input states, e.g. `2023-10-19` or `2013-02-12T04:30:00`.
    public var published: String?
    /// Reference date for a document whose text states none (`--published`).
    public var fallbackPublished: String?

    public init(id: String, text: String, title: String? = nil, url: String? = nil, outlet: String? = nil,
                author: String? = nil, published: String? = nil, fallbackPublished: String? = nil) {
        self.id = id
        self.text = text
        self.title = title
        self.url = url
        self.outlet = outlet
        self.author = author
        self.published = published
        self.fallbackPublished = fallbackPublished
    }
}
