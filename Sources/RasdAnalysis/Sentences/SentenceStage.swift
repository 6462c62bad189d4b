// Placeholder replaced by the sentence work.
public struct SentenceStage: Stage {
    public let name = "sentences"
    public init() {}
    public func run(_ analysis: inout DocumentAnalysis) {}
}
