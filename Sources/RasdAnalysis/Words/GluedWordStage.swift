import RasdText

/// Finds words a scraper ran together (`منالحرب`, `لافروفالولايات`) outside boilerplate and
/// records where they come apart, so later stages can read `من` + `الحرب`; the text is untouched.
public struct GluedWordStage: Stage {
    public let name = "glued-words"
    private let splitter: GluedWordSplitter

    /// `knownWords` may carry the names and terms later stages register.
    public init(knownWords: KnownWords = .shared) {
        splitter = GluedWordSplitter(knownWords: knownWords)
    }

    public func run(_ analysis: inout DocumentAnalysis) {
        analysis.gluedWords = splitter.splits(in: analysis.tokens, view: analysis.clean)
            .filter { !analysis.isBoilerplate($0.token) }
    }
}
