/// Character references in HTML text and attribute values: named (`&amp;`, `&nbsp;`, `&rsquo;`,
/// `HTMLEntityTable.swift`), decimal (`&#1587;`) and hexadecimal (`&#x633;`). A numeric reference
/// to nothing a text may hold (0, a surrogate, past U+10FFFF) becomes U+FFFD; 128–159 are read as
/// Windows-1252, as browsers do. An unknown name is left as written.
public enum HTMLEntities {
    /// `text` with its character references decoded.
    public static func decode(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { decodeString($0, 0..<$0.count, inAttribute: false) }
    }

    static func decodeString(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, inAttribute: Bool) -> String {
        guard bytes[range].contains(ASCII.ampersand) else { return String(decoding: bytes[range], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        decode(bytes, range, into: &out, inAttribute: inAttribute)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the bytes of `range` to `out` with references decoded.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8],
                       inAttribute: Bool) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            var next = index
            while next < end, bytes[next] != ASCII.ampersand { next += 1 }
            if next > index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<next])) }
            index = next
            guard index < end else { break }
            if index + 1 < end, let (scalar, length) = reference(bytes, at: index, end: end, inAttribute: inAttribute) {
                append(scalar, to: &out)
                index += length
            } else {
                out.append(ASCII.ampersand)
                index += 1
            }
        }
    }

    /// The scalar a reference at `start` (an `&`) stands for and the reference's length in bytes.
    private static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int,
                                  inAttribute: Bool) -> (Unicode.Scalar, Int)? {
        var index = start + 1
        if bytes[index] == ASCII.hash {
            index += 1
            var hex = false
            if index < end, bytes[index] | 0x20 == 0x78 { hex = true; index += 1 }   // x or X
            let digitsStart = index
            var value: UInt32 = 0
            while index < end {
                let b = bytes[index]
                let digit: UInt32
                if ASCII.isDigit(b) { digit = UInt32(b - 0x30) }
                else if hex, (b | 0x20) >= 0x61, (b | 0x20) <= 0x66 { digit = UInt32((b | 0x20) - 0x61 + 10) }
                else { break }
                value = min(value * (hex ? 16 : 10) + digit, 0x110000)   // clamped: stays past the range
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < end, bytes[index] == ASCII.semicolon { index += 1 }
            return (numericScalar(value), index - start)
        }
        let nameStart = index
        while index < end, index - nameStart < 32, ASCII.isAlphanumeric(bytes[index]) { index += 1 }
        guard index > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        guard let value = named[name], let scalar = Unicode.Scalar(value) else { return nil }
        if index < end, bytes[index] == ASCII.semicolon { return (scalar, index + 1 - start) }
        guard legacyWithoutSemicolon.contains(name) else { return nil }
        // In an attribute, `&copy=` or `&copyright` stays as written (URL query strings).
        if inAttribute, index < end, ASCII.isAlphanumeric(bytes[index]) || bytes[index] == ASCII.equals { return nil }
        return (scalar, index - start)
    }

    private static func numericScalar(_ value: UInt32) -> Unicode.Scalar {
        if (0x80...0x9F).contains(value) {
            let mapped = windows1252[Int(value - 0x80)]
            if mapped != 0, let scalar = Unicode.Scalar(mapped) { return scalar }
        }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// What 0x80–0x9F mean in Windows-1252 (0 where it has no character: the C1 control stays).
    private static let windows1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(scalar) { out.append($0) }
    }
}
