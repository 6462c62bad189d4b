/// The immutable raw text of one document, held as Unicode scalars so that every span is an
/// O(1) slice. Every stage reads it; nothing rewrites it.
public struct SourceText: Sendable {
    /// The text exactly as given (after UTF-8 decoding).
    public let string: String
    /// The same text, one element per Unicode scalar: `scalars[i]` is the scalar at offset `i`.
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        var utf8 = string
        self.scalars = utf8.withUTF8 { Self.decode($0) }
    }

    /// Decodes UTF-8 that Swift has already validated (a String's own bytes) into scalars: one
    /// counting pass, one filling pass into exactly sized storage. Several times faster than
    /// appending `unicodeScalars` one by one.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        // Scalars = bytes that are not continuation bytes (10xxxxxx); branch-free, so it vectorizes.
        var continuations = 0
        for byte in bytes { continuations &+= Int(truncatingIfNeeded: (byte >> 6 == 0b10) ? 1 : 0) }
        let count = bytes.count - continuations
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { output, initialized in
            var index = 0
            var written = 0
            let end = bytes.count
            while index < end {
                let lead = UInt32(bytes[index])
                let value: UInt32
                if lead < 0x80 {
                    value = lead
                    index += 1
                } else if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                // A String's UTF-8 is valid, so `value` is a scalar: no need to check it again.
                output.initializeElement(at: written, to: unsafeBitCast(value, to: Unicode.Scalar.self))
                written += 1
            }
            initialized = written
        }
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
