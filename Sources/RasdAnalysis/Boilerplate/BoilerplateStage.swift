// Placeholder replaced by the boilerplate work.
public struct BoilerplateStage: Stage {
    public let name = "boilerplate"
    public init() {}
    public func run(_ analysis: inout DocumentAnalysis) {}
}
