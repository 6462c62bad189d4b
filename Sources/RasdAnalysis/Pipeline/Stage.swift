/// One step of the analysis: reads what earlier stages found in the document and adds its own.
/// Stages hold only immutable, shared resources (lexicons, models), so one instance serves every
/// document on every thread.
public protocol Stage: Sendable {
    /// A short name for logs and timing: `boilerplate`, `metadata`.
    var name: String { get }
    func run(_ analysis: inout DocumentAnalysis)
}
