/// The immutable raw text of one document, held as Unicode scalars so that every span is an
/// O(1) slice. Every stage reads it; nothing rewrites it.
public struct SourceText: Sendable {
    /// The text exactly as given (after UTF-8 decoding).
    public let string: String
    /// The same text, one element per Unicode scalar: `scalars[i]` is the scalar at offset `i`.
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(string.utf8.count)
        scalars.append(contentsOf: string.unicodeScalars)
        self.scalars = scalars
    }

    /// Number of Unicode scalars.
    public var count: Int { scalars.count }

    /// The raw text of a span, `text[start:end]`.
    public subscript(span: TextSpan) -> String {
        Self.string(from: scalars[span.range])
    }

    /// Builds a String from a run of scalars without going through `Character`s.
    public static func string<C: Collection>(from scalars: C) -> String where C.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
