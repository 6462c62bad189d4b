/// A small streaming JSON writer that keeps fields in the order they are written, so documents
/// come out in the contract's order (`id`, `text`, metadata, then the findings) — Foundation's
/// encoder orders keys by hash or alphabetically. Compact by default; `pretty` indents by two.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    /// Per open container: whether it has a member yet (for commas).
    private var hasMember: [Bool] = []
    private var afterKey = false

    public init(pretty: Bool = false, capacity: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject() { beginValue(); open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { beginValue(); open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes an object key; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    public mutating func value(_ string: String?) {
        beginValue()
        if let string { appendString(string) } else { appendLiteral("null") }
    }

    public mutating func value(_ number: Int) {
        beginValue()
        appendLiteral(String(number))
    }

    /// A number: integral values without a fraction (`1000`, not `1000.0`).
    public mutating func value(_ number: Double?) {
        beginValue()
        guard let number, number.isFinite else { appendLiteral("null"); return }
        if number == number.rounded(), abs(number) < 1e15 {
            appendLiteral(String(Int64(number)))
        } else {
            appendLiteral(String(number))
        }
    }

    public mutating func value(_ flag: Bool) {
        beginValue()
        appendLiteral(flag ? "true" : "false")
    }

    /// `"name": value` in one call.
    public mutating func field(_ name: String, _ string: String?) { key(name); value(string) }
    public mutating func field(_ name: String, _ number: Int) { key(name); value(number) }
    public mutating func field(_ name: String, _ number: Double?) { key(name); value(number) }
    public mutating func field(_ name: String, _ flag: Bool) { key(name); value(flag) }

    // MARK: Layout

    private mutating func beginValue() {
        if afterKey { afterKey = false } else { separate() }
    }

    /// A comma before every member but the first, and the newline and indent of pretty output.
    private mutating func separate() {
        guard let last = hasMember.last else { return }
        if last { bytes.append(UInt8(ascii: ",")) }
        hasMember[hasMember.count - 1] = true
        newline()
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        hasMember.append(false)
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        let hadMembers = hasMember.removeLast()
        depth -= 1
        if hadMembers { newline() }
        bytes.append(bracket)
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private mutating func appendLiteral(_ literal: String) {
        bytes.append(contentsOf: literal.utf8)
    }

    /// A JSON string: `"` `\` and control characters escaped, everything else as UTF-8. Runs of
    /// bytes that need no escape are copied whole.
    private mutating func appendString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                bytes.append(0x5C)
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(UInt8(ascii: "u"))
                    bytes.append(UInt8(ascii: "0"))
                    bytes.append(UInt8(ascii: "0"))
                    bytes.append(Self.hexDigit(byte >> 4))
                    bytes.append(Self.hexDigit(byte & 0xF))
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
