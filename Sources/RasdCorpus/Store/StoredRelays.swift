import RasdAnalysis

/// The relays both stores keep in `attributions.via` and `claims.via`: each agency or outlet by
/// its identifier where it has one, else as written.
extension Attribution {
    public var relays: [String] { via.map { $0.entity ?? $0.text } }
}

extension AnalyzedDocument {
    /// The relays of the statement a claim was read from (its evidence is that statement's content).
    public func relays(of claim: Claim) -> [String] {
        attributions.first { $0.content.start == claim.evidence.start && $0.content.end == claim.evidence.end }?.relays ?? []
    }
}
