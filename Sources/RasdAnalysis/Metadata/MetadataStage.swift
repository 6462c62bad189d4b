// Placeholder replaced by the metadata work.
public struct MetadataStage: Stage {
    public let name = "metadata"
    public init() {}
    public func run(_ analysis: inout DocumentAnalysis) {}
}
