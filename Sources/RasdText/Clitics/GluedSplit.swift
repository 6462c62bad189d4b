/// Where a token that is known words run together by a scraping error should come apart:
/// `منالحرب` = `من` + `الحرب`, `لافروفالولايات` = `لافروف` + `الولايات`. Offsets are raw; the
/// text itself is never touched.
public struct GluedSplit: Sendable, Hashable {
    /// The whole token's raw span.
    public let token: TextSpan
    /// Raw offsets strictly inside `token` where a new word starts, ascending.
    public let splitPoints: [Int]
    /// The matching-level key of each piece: `["من", "الحرب"]`.
    public let keys: [String]

    public init(token: TextSpan, splitPoints: [Int], keys: [String]) {
        self.token = token
        self.splitPoints = splitPoints
        self.keys = keys
    }

    /// The raw span of each piece, in order; together they cover `token`.
    public var pieces: [TextSpan] {
        let bounds = [token.start] + splitPoints + [token.end]
        return zip(bounds, bounds.dropFirst()).map { TextSpan(start: $0, end: $1) }
    }
}
