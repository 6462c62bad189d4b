/// Finds quantities (number, counted noun or unit, hedge, range, rate) in what the temporal stage
/// left: years, dates, times and durations are not quantities. Fills `quantities`.
public struct QuantityStage: Stage {
    public let name = "quantities"

    public init() {}

    public func run(_ analysis: inout DocumentAnalysis) {
        let text = analysis.sharedGrammarText()
        var taken = [Bool](repeating: false, count: text.count)
        for range in analysis.temporalTokens {
            for index in range where index < taken.count { taken[index] = true }
        }
        let grammar = QuantityGrammar(text)
        var index = 0
        while index < text.count {
            if text.mayStartNumber(at: index), let (mention, next) = grammar.quantity(at: index, taken: { $0 < taken.count && taken[$0] }) {
                analysis.quantities.append(mention)
                index = max(next, index + 1)
            } else {
                index += 1
            }
        }
    }
}
