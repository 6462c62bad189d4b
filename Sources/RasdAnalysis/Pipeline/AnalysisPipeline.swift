/// An ordered list of stages run over one document at a time. Documents are independent, so one
/// pipeline serves any number of concurrent analyses.
///
///     let document = AnalysisPipeline.standard.analyze(DocumentInput(id: "a", text: "…"))
public struct AnalysisPipeline: Sendable {
    public let stages: [any Stage]

    public init(stages: [any Stage]) {
        self.stages = stages
    }

    /// Every stage Rasd has, in dependency order.
    public static let standard = AnalysisPipeline(stages: [
        BoilerplateStage(),
        MetadataStage(),
        SentenceStage(),
        GluedWordStage(),
        EntityStage(),
        TemporalStage(),
        QuantityStage(),
        AttributionStage(),
        EventStage(),
        ClaimStage(),
    ])

    /// The standard stages without the entity tagger (`rasd analyze --no-entities`): the rest of
    /// the analysis two to three times as fast, and no model to load.
    public static let withoutEntities = AnalysisPipeline(stages: standard.stages.filter { !($0 is EntityStage) })

    /// Runs every stage and returns the working state (for callers that want tokens or views).
    public func run(_ input: DocumentInput) -> DocumentAnalysis {
        var analysis = DocumentAnalysis(input)
        for stage in stages {
            stage.run(&analysis)
        }
        return analysis
    }

    /// Analyzes one document into the contract's shape.
    public func analyze(_ input: DocumentInput) -> AnalyzedDocument {
        run(input).result
    }
}
