/// A number written in digits, read by its shape: `1,200` and `12.000.000` group thousands, `2,5`
/// and `2.5` have a decimal part (one separator followed by other than three digits), `1,234.5`
/// has both. Eastern digits and `٫` `٬` arrive folded by the clean view.
struct DigitNumber: Sendable, Equatable {
    let value: Double
    /// Digits before any decimal separator (a year has 4, a phone number many).
    let integerDigits: Int
    let hasSeparator: Bool
    let isInteger: Bool

    /// `nil` for a token that is not a well-formed number (`1.2.3` with groups of other sizes).
    init?(_ text: String) {
        var groups: [[UInt8]] = [[]]
        var separators: [UInt8] = []
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                groups[groups.count - 1].append(byte - 0x30)
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                separators.append(byte)
                groups.append([])
            } else {
                return nil
            }
        }
        guard !groups.contains(where: \.isEmpty) else { return nil }
        func integer(_ digits: [UInt8]) -> Double { digits.reduce(0) { $0 * 10 + Double($1) } }
        hasSeparator = !separators.isEmpty
        if separators.isEmpty {
            value = integer(groups[0])
            integerDigits = groups[0].count
            isInteger = true
            return
        }
        // The last separator is decimal when it differs from the others or (alone) is not followed
        // by exactly three digits; every other separator groups thousands.
        let last = separators[separators.count - 1]
        let lastGroup = groups[groups.count - 1]
        let lastIsDecimal = separators.count == 1
            ? lastGroup.count != 3
            : separators.dropLast().contains { $0 != last } || lastGroup.count != 3
        let integerGroups = lastIsDecimal ? groups.dropLast() : groups[...]
        // Thousands groups after the first must have three digits, the first one to three.
        for (offset, group) in integerGroups.enumerated() where offset > 0 && group.count != 3 { return nil }
        if integerGroups.count > 1, integerGroups.first!.count > 3 { return nil }
        let digits = integerGroups.flatMap { $0 }
        var number = integer(digits)
        if lastIsDecimal {
            number += integer(lastGroup) / Self.pow10(lastGroup.count)
        }
        value = number
        integerDigits = digits.count
        isInteger = !lastIsDecimal
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
