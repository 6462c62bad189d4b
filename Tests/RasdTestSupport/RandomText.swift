/// A small deterministic generator (SplitMix64) so property tests are repeatable run to run.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random text drawn from everything scraped Arabic pages contain: letters, harakat, tatweel,
/// Latin, ASCII and Eastern digits, presentation forms, emoji with joiners, bidi and zero-width
/// controls, quotes, punctuation and line breaks.
public enum RandomText {
    public static let pieces: [String] = [
        "ا", "ب", "ت", "ة", "ى", "ي", "أ", "إ", "آ", "ٱ", "ؤ", "ئ", "ء", "ل", "م", "ن", "و", "ه",
        "\u{064E}", "\u{0650}", "\u{0651}", "\u{0652}", "\u{064B}", "\u{0670}", "\u{0654}", "\u{06D6}",
        "\u{0640}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200F}", "\u{202B}", "\u{2067}", "\u{FEFF}",
        "\u{00AD}", "\u{061C}", "ﻻ", "ﷲ", "ﺃ", "ﻼ", "ﷺ", "ک", "ی", "ۀ", "ھ", "٠", "٣", "٩", "۴", "۹", "٫", "٬", "٪",
        "a", "Z", "q", "é", "0", "5", "9", ".", ",", "،", "؛", "؟", "!", "?", "“", "”", "«", "»", "\"", "'",
        " ", " ", " ", "\u{00A0}", "\u{2009}", "\n", "\r\n", "\t", "/", "-", "#", "@", "%", "$",
        "😀", "👍🏽", "👩‍👩‍👧", "🇸🇦", "e\u{0301}", "\u{0301}", "中", "\u{1F600}",
    ]

    public static func string(length: Int, using random: inout SeededRandom) -> String {
        var text = ""
        for _ in 0..<length { text += pieces.randomElement(using: &random)! }
        return text
    }
}
