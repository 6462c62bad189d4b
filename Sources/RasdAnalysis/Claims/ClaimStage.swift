import RasdText

/// Reduces each counted or reported event to a claim (`subject / predicate / object / value /
/// qualifier / date / source`) with a key that is the same for the same claim in any document,
/// and adds the denials that answer them (`ClaimDenials`). Fills `claims`.
public struct ClaimStage: Stage {
    public let name = "claims"

    public init() {}

    public func run(_ analysis: inout DocumentAnalysis) {
        let reader = ClaimReader(
            mentions: analysis.sharedMentionIndex(), quantities: analysis.quantities, attributions: analysis.attributions,
            published: analysis.input.published ?? analysis.metadata.published ?? analysis.input.fallbackPublished)
        let claims = reader.claims(of: analysis.events)
        analysis.claims = claims + ClaimDenials.answers(to: claims, attributions: analysis.attributions, entities: analysis.entities)
    }
}
