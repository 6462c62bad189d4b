/// What a token is, by its characters.
public enum TokenKind: String, Sendable, Codable, CaseIterable {
    case arabicWord = "arabic"
    case latinWord = "latin"
    case number
    case punctuation
    case symbol
    case url
    case email
    /// `#وسم` and `@handle` alike: a social-media tag or mention.
    case hashtag
}

/// One token: its kind, its raw span (what it covers in the original text, Unicode scalars) and its
/// range in the clean normalized view it was found in.
public struct Token: Sendable, Hashable {
    public let kind: TokenKind
    /// Raw offsets into the document text.
    public let span: TextSpan
    /// The token's range in the clean-level `NormalizedView`.
    public let normalized: Range<Int>

    public init(kind: TokenKind, span: TextSpan, normalized: Range<Int>) {
        self.kind = kind
        self.span = span
        self.normalized = normalized
    }

    public var isWord: Bool { kind == .arabicWord || kind == .latinWord }
}
