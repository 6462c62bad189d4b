import RasdText

/// A word's matching key packed into two machine words (a byte per scalar, up to 16 scalars), so
/// that the grammars' many lexicon lookups hash and compare integers: Swift's String hashing and
/// equality normalize Arabic text on every call. Arabic letters (U+0600–U+067F) and ASCII take one
/// byte each, a few other scalars the grammars meet (`ڤ`, `“`, `–`) the spare control bytes; a
/// longer or otherwise unrepresentable word gets a key that equals no lexicon key.
///
///     let key: WordKey = "الماضي"      // a literal is taken as written, at matching level
///     key.dropping(2) == "ماضي"        // true
struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    typealias StringLiteralType = StaticString

    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// Scalars in the key; `unrepresentable` for a key that matches nothing.
    private(set) var count: UInt8 = 0

    static let unrepresentable: UInt8 = 255
    static let capacity = 16

    init() {}

    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var index = 0
        for scalar in scalars {
            guard index < Self.capacity, let code = Self.code(scalar) else {
                self = Self.opaque(scalars)
                return
            }
            set(code, at: index)
            index += 1
        }
        count = UInt8(index)
    }

    init(_ string: String) { self.init(scalars: string.unicodeScalars) }
    /// A literal in code (`"من"`), decoded straight from its UTF-8 bytes: the grammars compare
    /// against literals on their hot paths, where building a String each time would cost more
    /// than the comparison.
    init(stringLiteral value: StaticString) {
        self.init()
        guard value.hasPointerRepresentation else {
            self = WordKey(scalars: CollectionOfOne(value.unicodeScalar))
            return
        }
        let bytes = UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount)
        var index = 0
        var position = 0
        while position < bytes.count {
            let lead = UInt32(bytes[position])
            var scalar: UInt32
            var length: Int
            if lead < 0x80 {
                scalar = lead
                length = 1
            } else if lead < 0xE0 {
                scalar = lead & 0x1F
                length = 2
            } else if lead < 0xF0 {
                scalar = lead & 0x0F
                length = 3
            } else {
                scalar = lead & 0x07
                length = 4
            }
            for offset in 1..<length { scalar = (scalar << 6) | (UInt32(bytes[position + offset]) & 0x3F) }
            position += length
            guard index < Self.capacity, let unicode = Unicode.Scalar(scalar), let code = Self.code(unicode) else {
                self = WordKey(value.description)
                return
            }
            set(code, at: index)
            index += 1
        }
        count = UInt8(index)
        // Lexicon words in code must be written at matching level (`الرييس`, not `الرئيس`), or
        // they would never match a text's key.
        assert(!value.description.unicodeScalars.allSatisfy { (0x0621...0x064A).contains($0.value) }
               || self == WordKey(ArabicNormalizer.matchingKey(value.description)),
               "WordKey literal \(value) is not at matching level")
    }

    /// A key that keeps unrepresentable words apart from one another (a hash of their scalars) and
    /// equal to no representable key.
    private static func opaque<C: Collection>(_ scalars: C) -> WordKey where C.Element == Unicode.Scalar {
        var hasher = Hasher()
        for scalar in scalars { hasher.combine(scalar.value) }
        var key = WordKey()
        key.low = UInt64(bitPattern: Int64(hasher.finalize()))
        key.high = UInt64(scalars.count)
        key.count = unrepresentable
        return key
    }

    var isRepresentable: Bool { count != Self.unrepresentable }

    /// The key's bits mixed into one word (multiply-xor): `WordTable` takes its top bits.
    var mixed: UInt64 { (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ (UInt64(count) &* 0x1656_67B1_9E37_79F9) }

    /// One mixed word for the hasher rather than three fields.
    func hash(into hasher: inout Hasher) {
        hasher.combine(mixed)
    }

    static func == (lhs: WordKey, rhs: WordKey) -> Bool {
        lhs.low == rhs.low && lhs.high == rhs.high && lhs.count == rhs.count
    }
    var length: Int { isRepresentable ? Int(count) : Int.max }

    private mutating func set(_ code: UInt8, at index: Int) {
        if index < 8 {
            low |= UInt64(code) << (8 * UInt64(index))
        } else {
            high |= UInt64(code) << (8 * UInt64(index - 8))
        }
    }

    /// The byte code of scalar `index`.
    func code(at index: Int) -> UInt8 {
        index < 8 ? UInt8(truncatingIfNeeded: low >> (8 * UInt64(index))) : UInt8(truncatingIfNeeded: high >> (8 * UInt64(index - 8)))
    }

    /// Whether scalar `index` is `scalar`.
    func has(_ scalar: Unicode.Scalar, at index: Int) -> Bool {
        isRepresentable && index < Int(count) && Self.code(scalar) == code(at: index)
    }

    /// The key without its first `n` scalars.
    func dropping(_ n: Int) -> WordKey {
        guard isRepresentable, n > 0 else { return self }
        guard n < Int(count) else { return WordKey() }
        var result = WordKey()
        for index in n..<Int(count) { result.set(code(at: index), at: index - n) }
        result.count = count - UInt8(n)
        return result
    }

    /// The key without its last `n` scalars.
    func droppingLast(_ n: Int) -> WordKey {
        guard isRepresentable, n > 0 else { return self }
        guard n < Int(count) else { return WordKey() }
        var result = WordKey()
        for index in 0..<(Int(count) - n) { result.set(code(at: index), at: index) }
        result.count = count - UInt8(n)
        return result
    }

    /// The key with `prefix` in front, if it fits.
    func prepending(_ prefix: WordKey) -> WordKey {
        guard isRepresentable, prefix.isRepresentable, Int(count) + Int(prefix.count) <= Self.capacity else {
            return Self.opaque(Array(prefix.scalars) + Array(scalars))
        }
        var result = prefix
        for index in 0..<Int(count) { result.set(code(at: index), at: Int(prefix.count) + index) }
        result.count = prefix.count + count
        return result
    }

    func hasPrefix(_ prefix: WordKey) -> Bool {
        guard isRepresentable, prefix.isRepresentable, prefix.count <= count else { return false }
        for index in 0..<Int(prefix.count) where code(at: index) != prefix.code(at: index) { return false }
        return true
    }

    func hasSuffix(_ suffix: WordKey) -> Bool {
        guard isRepresentable, suffix.isRepresentable, suffix.count <= count else { return false }
        let offset = Int(count) - Int(suffix.count)
        for index in 0..<Int(suffix.count) where code(at: offset + index) != suffix.code(at: index) { return false }
        return true
    }

    /// The scalars back (empty for an unrepresentable key).
    var scalars: [Unicode.Scalar] {
        guard isRepresentable else { return [] }
        return (0..<Int(count)).map { Self.scalar(for: code(at: $0)) }
    }

    var description: String { SourceText.string(from: scalars) }

    /// Calls `body` with each scalar's value in order, allocating nothing (none for an
    /// unrepresentable key).
    @inline(__always)
    func forEachScalarValue(_ body: (UInt32) -> Void) {
        guard isRepresentable else { return }
        for index in 0..<Int(count) { body(Self.scalar(for: code(at: index)).value) }
    }

    // MARK: Codes

    private static let extras: [Unicode.Scalar] = ["ڤ", "گ", "ک", "ی", "–", "—", "“", "”", "«", "»", "‘", "’", "€", "£", "۔", "•"]

    static func code(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value >= 0x20 && value < 0x80 { return UInt8(value) }
        if value >= 0x0600 && value < 0x0680 { return UInt8(0x80 + value - 0x0600) }
        if let index = extras.firstIndex(of: scalar) { return UInt8(index + 1) }
        return nil
    }

    private static func scalar(for code: UInt8) -> Unicode.Scalar {
        if code >= 0x80 { return Unicode.Scalar(0x0600 + UInt32(code) - 0x80)! }
        if code >= 0x20 { return Unicode.Scalar(code) }
        return extras[Int(code) - 1]
    }
}
