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
        TemporalStage(),
        QuantityStage(),
    ])

    /// The standard stages with the entity tagger (`EntityStage`) after glued words: people,
    /// organizations and places with their identities. Not yet in `standard`: the tagger is below
    /// its accuracy and speed targets (see `rasd eval ner`).
    public static let withEntities = AnalysisPipeline(stages: standard.stages.flatMap { stage -> [any Stage] in
        stage is GluedWordStage ? [stage, EntityStage()] : [stage]
    })

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
