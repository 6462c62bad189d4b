/// What one scalar can be in a token: the tokenizer's whole view of a character. Classes of the
/// Basic Multilingual Plane come from a 64 K table built once per process, so a lookup is one load.
enum ScalarClass: UInt8, Sendable {
    /// White space and line ends: separates tokens, is not one.
    case space
    /// Controls and format characters the clean view kept (rare): skipped like space. Those that
    /// turn up inside words (tatweel, zero-width, bidi) never get here: the clean view drops them.
    case ignorable
    /// An Arabic letter: U+0621–U+064A, U+066E–U+06D3, U+06D5, U+06EE–U+06EF, U+06FA–U+06FF and the
    /// Arabic Supplement and Extended letters.
    case arabicLetter
    /// A letter of any other alphabet: Latin, Latin-1 and Latin Extended, and Greek, Cyrillic…
    case latinLetter
    /// A combining mark (harakat, Quranic marks, Latin accents): continues the word before it.
    case mark
    /// An ASCII digit (the clean view folds ٠–٩ and ۰–۹ to 0–9).
    case digit
    /// Punctuation: `. , ; : ! ? " ' ( ) [ ] { } - – — … / \ _ ·` and the rest of Unicode's P*.
    case punctuation
    /// A symbol: currency, `%`, `#`, `@`, `&`, `*`, math, arrows, emoji, other scripts' digits.
    case symbol
    /// Variation selectors, emoji skin tones, the keycap mark, tag characters: they belong to the
    /// symbol before them (`❤️` is one token).
    case modifier
}

extension ScalarClass {
    /// The class of any scalar.
    @inline(__always)
    static func of(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        return value < 0x10000 ? table[Int(value)] : classify(value)
    }

    /// Classes of U+0000–U+FFFF, one byte each.
    static let table: [ScalarClass] = (0..<UInt32(0x10000)).map(classify)

    /// The class of a scalar value, spelled out: the table is built from this once.
    static func classify(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0x30...0x39:
            return .digit
        case 0x41...0x5A, 0x61...0x7A:
            return .latinLetter
        case 0x23, 0x25, 0x26, 0x2A, 0x40, 0x2030, 0x2031, 0x0609, 0x060A, 0x066D:
            return .symbol  // # % & * @ ‰ ‱ ؉ ؊ ٭: Unicode calls them punctuation, a reader does not
        case 0x0620...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE...0x06EF, 0x06FA...0x06FF,
             0x0750...0x077F, 0x0870...0x0887, 0x0889...0x088E, 0x08A0...0x08C9:
            return .arabicLetter
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E8, 0x06EA...0x06ED,
             0x0898...0x089F, 0x08CA...0x08E1, 0x08E3...0x08FF:
            return .mark
        case 0xFE00...0xFE0F, 0x20E3, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F, 0xE0100...0xE01EF:
            return .modifier
        case 0x1F000...0x1FAFF:
            return .symbol  // emoji and pictographs
        default:
            break
        }
        guard let scalar = Unicode.Scalar(value) else { return .ignorable }  // surrogate code points
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            let isArabicPresentationForm = (0xFB50...0xFDFF).contains(value) || (0xFE70...0xFEFC).contains(value)
            return isArabicPresentationForm ? .arabicLetter : .latinLetter
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .control, .format, .surrogate, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return .ignorable
        default:
            return .symbol  // math, currency, modifier and other symbols, other digits, private use
        }
    }
}
