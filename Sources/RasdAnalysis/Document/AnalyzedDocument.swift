import RasdText

/// One analyzed document in exactly the shape of the analysis contract (docs/SCHEMA.md): the field
/// names, the raw Unicode-scalar offsets, `null` for absent metadata, empty arrays for what later
/// stages have not found. `json(pretty:)` writes it in the contract's field order (what `rasd`
/// prints); `Codable` is for Swift callers, and decodes that JSON back.
public struct AnalyzedDocument: Codable, Sendable, Equatable {
    public var id: String
    public var text: String
    public var title: String?
    public var url: String?
    public var outlet: String?
    public var author: String?
    public var published: String?
    public var language: String
    public var boilerplate: [BoilerplateBlock]
    public var sentences: [SpanText]
    /// Words a scraper ran together (an extra field beyond the contract's: `glued_words`).
    public var gluedWords: [GluedWord]
    public var entities: [EntityMention]
    public var dates: [DateMention]
    public var quantities: [QuantityMention]
    /// Lengths of time (an extra field: `durations`).
    public var durations: [DurationMention]
    public var attributions: [Attribution]
    public var events: [Event]
    public var claims: [Claim]

    public init(id: String, text: String, title: String? = nil, url: String? = nil, outlet: String? = nil,
                author: String? = nil, published: String? = nil, language: String = "ar",
                boilerplate: [BoilerplateBlock] = [], sentences: [SpanText] = [], gluedWords: [GluedWord] = [],
                entities: [EntityMention] = [], dates: [DateMention] = [],
                quantities: [QuantityMention] = [], durations: [DurationMention] = [], attributions: [Attribution] = [],
                events: [Event] = [], claims: [Claim] = []) {
        self.id = id
        self.text = text
        self.title = title
        self.url = url
        self.outlet = outlet
        self.author = author
        self.published = published
        self.language = language
        self.boilerplate = boilerplate
        self.sentences = sentences
        self.gluedWords = gluedWords
        self.entities = entities
        self.dates = dates
        self.quantities = quantities
        self.durations = durations
        self.attributions = attributions
        self.events = events
        self.claims = claims
    }

    private enum CodingKeys: String, CodingKey {
        case id, text, title, url, outlet, author, published, language
        case boilerplate, sentences, entities, dates, quantities, durations, attributions, events, claims
        case gluedWords = "glued_words"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        text = try container.decode(String.self, forKey: .text)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        outlet = try container.decodeIfPresent(String.self, forKey: .outlet)
        author = try container.decodeIfPresent(String.self, forKey: .author)
        published = try container.decodeIfPresent(String.self, forKey: .published)
        language = try container.decodeIfPresent(String.self, forKey: .language) ?? "ar"
        func list<T: Decodable>(_ key: CodingKeys) throws -> [T] {
            try container.decodeIfPresent([T].self, forKey: key) ?? []
        }
        boilerplate = try list(.boilerplate)
        sentences = try list(.sentences)
        gluedWords = try list(.gluedWords)
        entities = try list(.entities)
        dates = try list(.dates)
        quantities = try list(.quantities)
        durations = try list(.durations)
        attributions = try list(.attributions)
        events = try list(.events)
        claims = try list(.claims)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        // Absent metadata is written as null, as the contract shows, not left out.
        try container.encode(title, forKey: .title)
        try container.encode(url, forKey: .url)
        try container.encode(outlet, forKey: .outlet)
        try container.encode(author, forKey: .author)
        try container.encode(published, forKey: .published)
        try container.encode(language, forKey: .language)
        try container.encode(boilerplate, forKey: .boilerplate)
        try container.encode(sentences, forKey: .sentences)
        try container.encode(gluedWords, forKey: .gluedWords)
        try container.encode(entities, forKey: .entities)
        try container.encode(dates, forKey: .dates)
        try container.encode(quantities, forKey: .quantities)
        try container.encode(durations, forKey: .durations)
        try container.encode(attributions, forKey: .attributions)
        try container.encode(events, forKey: .events)
        try container.encode(claims, forKey: .claims)
    }
}
