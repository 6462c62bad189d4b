/// A tolerant, linear HTML tokenizer over UTF-8 bytes, after the HTML5 tokenizer's main states
/// and without its error recovery subtleties: whatever the input, it ends, never reads out of
/// bounds and never looks at a byte more than a constant number of times.
///
/// - `<` that does not start a tag, end tag, comment or declaration is text.
/// - Attribute values in quotes may hold `>`; a tag still open at the end of the input is dropped,
///   as a browser drops it.
/// - The content of `script`, `style`, `noscript`, `iframe`, `textarea`, `title`, `xmp`,
///   `noembed`, `noframes` is raw text up to the matching end tag, or to the end of the input;
///   `plaintext` runs to the end. In XML mode (feeds) no element is raw and only CDATA is.
/// - A comment without `-->` runs to the end of the input.
///
/// ```swift
/// html.utf8.withContiguousStorageIfAvailable { bytes in
///     var tokenizer = HTMLTokenizer(bytes)
///     while let token = tokenizer.next() { … }
/// }
/// ```
public struct HTMLTokenizer {
    public let bytes: UnsafeBufferPointer<UInt8>
    public let isXML: Bool
    /// Where the current token began and where the next one begins.
    public private(set) var tokenStart = 0
    public private(set) var position = 0
    private var pendingRawText: [UInt8]?

    /// `bytes` must stay valid while the tokenizer is used.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, xml: Bool = false) {
        self.bytes = bytes
        self.isXML = xml
    }

    public mutating func next() -> HTMLToken? {
        tokenStart = position
        if let name = pendingRawText {
            pendingRawText = nil
            return rawText(until: name)
        }
        let count = bytes.count
        guard position < count else { return nil }
        if bytes[position] == ASCII.lessThan {
            let before = position
            if let token = markup() { return token }
            // A tag still open at the end of the input is dropped with the rest of it.
            if position != before { return nil }
        }
        // Text up to the next `<` that starts markup.
        let start = position
        var index = position + 1
        while index < count {
            if bytes[index] == ASCII.lessThan, index + 1 < count, Self.startsMarkup(bytes[index + 1]) { break }
            index += 1
        }
        position = index
        return .text(start..<index)
    }

    private static func startsMarkup(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || byte == ASCII.slash || byte == ASCII.bang || byte == ASCII.question
    }

    /// Markup at `position` (a `<`), or nil when the `<` is text.
    private mutating func markup() -> HTMLToken? {
        let count = bytes.count
        guard position + 1 < count else { return nil }
        let next = bytes[position + 1]
        if ASCII.isLetter(next) { return startTag() }
        if next == ASCII.slash {
            guard position + 2 < count else { return nil }
            if ASCII.isLetter(bytes[position + 2]) { return endTag() }
            if bytes[position + 2] == ASCII.greaterThan { position += 3; return .declaration }   // `</>`
            return bogusComment(from: position + 2)
        }
        if next == ASCII.bang {
            if matches("<!--", at: position) { return comment() }
            if matches("<![CDATA[", at: position) { return cdata() }
            return bogusComment(from: position + 2)
        }
        if next == ASCII.question { return bogusComment(from: position + 2) }
        return nil
    }

    private mutating func comment() -> HTMLToken {
        let start = position + 4
        // `<!-->` and `<!--->` are empty comments.
        for shortEnd in [start, start + 1] where shortEnd < bytes.count && bytes[shortEnd] == ASCII.greaterThan
            && bytes[start..<shortEnd].allSatisfy({ $0 == ASCII.hyphen }) {
            position = shortEnd + 1
            return .comment(start..<start)
        }
        if let end = find("-->", from: start) {
            position = end + 3
            return .comment(start..<end)
        }
        position = bytes.count
        return .comment(start..<bytes.count)
    }

    private mutating func cdata() -> HTMLToken {
        let start = position + 9
        if let end = find("]]>", from: start) {
            position = end + 3
            return .cdata(start..<end)
        }
        position = bytes.count
        return .cdata(start..<bytes.count)
    }

    private mutating func bogusComment(from start: Int) -> HTMLToken {
        var index = start
        while index < bytes.count, bytes[index] != ASCII.greaterThan { index += 1 }
        position = min(index + 1, bytes.count)
        return .declaration
    }

    private mutating func endTag() -> HTMLToken? {
        let nameStart = position + 2
        var index = nameStart
        while index < bytes.count, !ASCII.endsName(bytes[index]) { index += 1 }
        let name = ASCII.lowercasedString(bytes, nameStart..<index)
        // Whatever else stands in an end tag is ignored, quoted or not.
        while index < bytes.count, bytes[index] != ASCII.greaterThan { index += 1 }
        guard index < bytes.count else { position = bytes.count; return nil }
        position = index + 1
        return .endTag(name)
    }

    private mutating func startTag() -> HTMLToken? {
        let count = bytes.count
        let nameStart = position + 1
        var index = nameStart
        while index < count, !ASCII.endsName(bytes[index]) { index += 1 }
        let nameRange = nameStart..<index
        var attributes: [HTMLAttribute] = []
        var selfClosing = false
        while true {
            while index < count, ASCII.isSpace(bytes[index]) { index += 1 }
            guard index < count else { position = count; return nil }   // the tag never closed: dropped
            let byte = bytes[index]
            if byte == ASCII.greaterThan { index += 1; break }
            if byte == ASCII.slash {
                index += 1
                if index < count, bytes[index] == ASCII.greaterThan { selfClosing = true; index += 1; break }
                continue
            }
            // An attribute name: up to space, `/`, `>` or `=` (a leading `=` belongs to the name).
            let attributeStart = index
            index += 1
            while index < count {
                let b = bytes[index]
                if ASCII.isSpace(b) || b == ASCII.slash || b == ASCII.greaterThan || b == ASCII.equals { break }
                index += 1
            }
            let attributeName = attributeStart..<index
            while index < count, ASCII.isSpace(bytes[index]) { index += 1 }
            var value = index..<index
            if index < count, bytes[index] == ASCII.equals {
                index += 1
                while index < count, ASCII.isSpace(bytes[index]) { index += 1 }
                guard index < count else { position = count; return nil }
                let quote = bytes[index]
                if quote == ASCII.doubleQuote || quote == ASCII.singleQuote {
                    let valueStart = index + 1
                    index = valueStart
                    while index < count, bytes[index] != quote { index += 1 }
                    guard index < count else { position = count; return nil }
                    value = valueStart..<index
                    index += 1
                } else {
                    let valueStart = index
                    while index < count, !ASCII.isSpace(bytes[index]), bytes[index] != ASCII.greaterThan { index += 1 }
                    value = valueStart..<index
                }
            }
            // A tag with thousands of attributes is an attack, not a page: the first ones are enough.
            if attributes.count < Self.maxAttributes {
                attributes.append(HTMLAttribute(name: ASCII.lowercasedString(bytes, attributeName),
                                                value: HTMLEntities.decodeString(bytes, value, inAttribute: true)))
            }
        }
        position = index
        let name = ASCII.lowercasedString(bytes, nameRange)
        if !isXML, !selfClosing, let raw = Self.rawTextElements[name] { pendingRawText = raw }
        return .startTag(HTMLTag(name: name, attributes: attributes, selfClosing: selfClosing))
    }

    static let maxAttributes = 64

    /// The raw-text elements and the name bytes that end them (`plaintext` never ends).
    private static let rawTextElements: [String: [UInt8]] = {
        var table: [String: [UInt8]] = [:]
        for name in ["script", "style", "noscript", "iframe", "textarea", "title", "xmp", "noembed", "noframes"] {
            table[name] = Array(name.utf8)
        }
        table["plaintext"] = []
        return table
    }()

    /// Raw text up to `</name` followed by space, `/` or `>` (any case), or to the end.
    private mutating func rawText(until name: [UInt8]) -> HTMLToken {
        let count = bytes.count
        let start = position
        let element = String(decoding: name, as: UTF8.self)
        guard !name.isEmpty else {
            position = count
            return .rawText(start..<count, element: "plaintext")
        }
        var index = start
        while index + 1 < count {
            if bytes[index] == ASCII.lessThan, bytes[index + 1] == ASCII.slash, closes(name, at: index + 2) {
                position = index
                return .rawText(start..<index, element: element)
            }
            index += 1
        }
        position = count
        return .rawText(start..<count, element: element)
    }

    private func closes(_ name: [UInt8], at index: Int) -> Bool {
        let end = index + name.count
        guard end <= bytes.count else { return false }
        for offset in 0..<name.count where ASCII.lowercased(bytes[index + offset]) != name[offset] { return false }
        return end == bytes.count || ASCII.endsName(bytes[end])
    }

    private func matches(_ literal: StaticString, at index: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<length where ASCII.uppercased(bytes[index + offset]) != ASCII.uppercased(pointer[offset]) {
            return false
        }
        return true
    }

    private func find(_ literal: StaticString, from start: Int) -> Int? {
        let length = literal.utf8CodeUnitCount
        let first = literal.utf8Start[0]
        var index = start
        while index + length <= bytes.count {
            if bytes[index] == first {
                var offset = 1
                while offset < length, bytes[index + offset] == literal.utf8Start[offset] { offset += 1 }
                if offset == length { return index }
            }
            index += 1
        }
        return nil
    }
}

/// The ASCII bytes markup is made of.
enum ASCII {
    static let lessThan: UInt8 = 0x3C, greaterThan: UInt8 = 0x3E, slash: UInt8 = 0x2F, bang: UInt8 = 0x21
    static let question: UInt8 = 0x3F, equals: UInt8 = 0x3D, doubleQuote: UInt8 = 0x22, singleQuote: UInt8 = 0x27
    static let hyphen: UInt8 = 0x2D, ampersand: UInt8 = 0x26, semicolon: UInt8 = 0x3B, hash: UInt8 = 0x23
    static let space: UInt8 = 0x20, newline: UInt8 = 0x0A

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    /// Space, tab, line feed, form feed, carriage return: HTML's white space.
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
    @inline(__always) static func endsName(_ byte: UInt8) -> Bool { isSpace(byte) || byte == slash || byte == greaterThan }
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    @inline(__always) static func uppercased(_ byte: UInt8) -> UInt8 { byte >= 0x61 && byte <= 0x7A ? byte & ~0x20 : byte }

    static func lowercasedString(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if !slice.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return String(decoding: slice, as: UTF8.self) }
        return String(decoding: slice.map(lowercased), as: UTF8.self)
    }
}
