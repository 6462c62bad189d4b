/// Broken plurals and their singulars at matching level (`Lexicons/broken-plurals.tsv`):
/// `قذايف` → `قذيفه`, `دول` → `دوله`. The search stemmer folds a plural onto its singular so a
/// search for one finds the other.
public struct BrokenPlurals: Sendable {
    private var singulars = ScalarKeyTable<[Unicode.Scalar]>()
    /// Every (plural, singular) pair, in the lexicon's order.
    public private(set) var pairs: [(plural: [Unicode.Scalar], singular: [Unicode.Scalar])] = []

    /// The embedded lexicon, parsed on first use.
    public static let shared = BrokenPlurals(lexicon: EmbeddedLexicons.brokenPlurals)

    /// Parses `plural<TAB>singular` lines; `#` lines and blank lines are skipped.
    public init(lexicon: String) {
        for line in lexicon.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let plural = ArabicNormalizer.matchingKey(fields[0].unicodeScalars)
            let singular = ArabicNormalizer.matchingKey(fields[1].unicodeScalars)
            guard !plural.isEmpty, !singular.isEmpty, plural != singular else { continue }
            singulars.set(plural.unicodeScalars, to: Array(singular.unicodeScalars))
            pairs.append((Array(plural.unicodeScalars), Array(singular.unicodeScalars)))
        }
    }

    /// How many plurals the lexicon knows.
    public var count: Int { singulars.count }

    /// The singular of a matching-level plural, or nil.
    public func singular<C: Collection>(of plural: C) -> [Unicode.Scalar]? where C.Element == Unicode.Scalar {
        singulars[plural]
    }
}
