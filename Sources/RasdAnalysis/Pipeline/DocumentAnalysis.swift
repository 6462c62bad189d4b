import RasdText

/// The working state of one document's analysis: the immutable source, its clean normalized view,
/// tokens and lines (computed once), and what each stage has found so far. Stages read earlier
/// stages' findings and add their own; nothing copies or rewrites the text.
public struct DocumentAnalysis: Sendable {
    public let input: DocumentInput
    public let source: SourceText
    /// Clean-level view (tatweel, controls, Eastern digits, quotes folded) with its offset map.
    public let clean: NormalizedView
    /// Matching-level view (clean, plus diacritics dropped and hamza, alef maqsura, ta marbuta
    /// folded): what lexicon lookups read.
    public let matching: NormalizedView
    /// Tokens over the clean view, with raw spans.
    public let tokens: [Token]
    /// Raw line spans, terminators excluded.
    public let lines: [TextSpan]

    public var boilerplate: [BoilerplateBlock] = []
    /// Each line measured once (words, script mix, how it ends), by the boilerplate stage; later
    /// stages that read lines use these rather than measuring again.
    var lineFeatures: [LineFeatures] = []
    public var metadata = DocumentMetadata()
    public var sentences: [TextSpan] = []
    /// Words run together by a scraper, with their split points (raw offsets).
    public var gluedWords: [GluedSplit] = []
    public var entities: [EntityMention] = []
    public var dates: [DateMention] = []
    public var quantities: [QuantityMention] = []
    public var durations: [DurationMention] = []
    /// The tokens as the date and quantity grammars and the entity tagger read them, made by the
    /// first stage that needs them (`sharedGrammarText()`).
    var grammarText: GrammarText?
    /// Entities, dates, quotations and sentences indexed by token, made by the first of the
    /// attribution, event and claim stages (`sharedMentionIndex()`), when entities and dates are final.
    var mentionIndex: MentionIndex?
    /// Token ranges the temporal stage claimed (dates and durations): not quantities.
    var temporalTokens: [Range<Int>] = []
    public var attributions: [Attribution] = []
    public var events: [Event] = []
    public var claims: [Claim] = []

    public init(_ input: DocumentInput) {
        self.input = input
        self.source = SourceText(input.text)
        self.clean = ArabicNormalizer.normalize(source, level: .clean)
        self.matching = ArabicNormalizer.normalize(source, level: .matching)
        self.tokens = Tokenizer.tokenize(clean)
        self.lines = LineScanner.lines(in: source.scalars)
    }

    /// Whether a raw span lies inside a boilerplate block (later stages skip such text).
    public func isBoilerplate(_ span: TextSpan) -> Bool {
        boilerplate.contains { $0.span.contains(span) }
    }

    /// The contract's view of this analysis: given metadata wins over inferred metadata.
    public var result: AnalyzedDocument {
        AnalyzedDocument(
            id: input.id,
            text: input.text,
            title: input.title ?? metadata.title,
            url: input.url,
            outlet: input.outlet ?? metadata.outlet,
            author: input.author ?? metadata.author,
            published: input.published ?? metadata.published ?? input.fallbackPublished,
            boilerplate: boilerplate.sorted { $0.span < $1.span },
            sentences: sentences.map { SpanText($0, in: source) },
            gluedWords: gluedWords.map { GluedWord($0, in: source) },
            entities: entities,
            dates: dates,
            quantities: quantities,
            durations: durations,
            attributions: attributions,
            events: events,
            claims: claims
        )
    }
}

/// Metadata the text itself states (header and footer lines).
public struct DocumentMetadata: Sendable, Equatable {
    public var title: String?
    public var outlet: String?
    public var author: String?
    /// ISO 8601 date (or date-time) of publication.
    public var published: String?

    public init(title: String? = nil, outlet: String? = nil, author: String? = nil, published: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.author = author
        self.published = published
    }
}

extension DocumentAnalysis {
    /// The shared token view, made now if no stage has made it yet.
    mutating func sharedGrammarText() -> GrammarText {
        if let grammarText { return grammarText }
        let text = GrammarText(self)
        grammarText = text
        return text
    }

    /// The shared mention index, made now if no stage has made it yet.
    mutating func sharedMentionIndex() -> MentionIndex {
        if let mentionIndex { return mentionIndex }
        let index = MentionIndex(text: sharedGrammarText(), sentences: sentences, entities: entities, dates: dates)
        mentionIndex = index
        return index
    }

    /// Makes the shared token view ahead of the stages (benchmarks time the stages without it).
    public mutating func prepareGrammarText() { _ = sharedGrammarText() }
}
