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
        let count = bytes.count - continuationBytes(in: bytes)
        guard let base = bytes.baseAddress else { return [] }
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { output, initialized in
            guard var target = output.baseAddress else { initialized = 0; return }
            var source = base
            let end = base + bytes.count
            while source < end {
                let (value, width) = scalarValue(at: source)
                source += width
                // A String's UTF-8 is valid, so `value` is a scalar: no need to check it again.
                target.initialize(to: unsafeBitCast(value, to: Unicode.Scalar.self))
                target += 1
            }
            initialized = target - output.baseAddress!
        }
    }

    /// The scalar value whose valid UTF-8 starts at `source`, and its width in bytes: the one
    /// decoding step `SourceText`, `ArabicNormalizer.forEachMatchingScalar` and MinHash share.
    @inlinable @inline(__always)
    public static func scalarValue(at source: UnsafePointer<UInt8>) -> (UInt32, Int) {
        let lead = UInt32(source[0])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(source[1] & 0x3F), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | UInt32(source[1] & 0x3F) << 6 | UInt32(source[2] & 0x3F), 3) }
        return ((lead & 0x07) << 18 | UInt32(source[1] & 0x3F) << 12 | UInt32(source[2] & 0x3F) << 6 | UInt32(source[3] & 0x3F), 4)
    }

    /// Bytes of the form 10xxxxxx, eight at a time: every other byte starts a scalar.
    private static func continuationBytes(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var index = 0
        let raw = UnsafeRawPointer(base)
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // Bit 7 set and bit 6 clear, in every byte at once.
            count += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            index += 8
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 == 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// Number of Unicode scalars.
    public var count: Int { scalars.count }

    /// The raw text of a span, `text[start:end]`.
    public subscript(span: TextSpan) -> String {
        Self.string(from: scalars[span.range])
    }

    /// Builds a String from a run of scalars without going through `Character`s: the scalars are
    /// encoded straight into the String's UTF-8 storage.
    @inlinable
    public static func string<C: Collection>(from scalars: C) -> String where C.Element == Unicode.Scalar {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var index = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[index] = UInt8(truncatingIfNeeded: value)
                    index += 1
                } else if value < 0x800 {
                    buffer[index] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    index += 2
                } else if value < 0x10000 {
                    buffer[index] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F)
                    buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    index += 3
                } else {
                    buffer[index] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | (value >> 12) & 0x3F)
                    buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F)
                    buffer[index + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    index += 4
                }
            }
            return index
        }
    }
}
