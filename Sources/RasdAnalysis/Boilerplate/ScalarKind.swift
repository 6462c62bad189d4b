/// What a scalar is to the line and date scanners: a letter of which script, a digit (of any digit
/// system, with its value), a space, an invisible format character, a symbol or punctuation.
enum ScalarKind: Equatable {
    case arabicLetter
    case latinLetter
    case otherLetter
    /// A combining mark (harakat, shadda): part of the word it sits on.
    case mark
    case digit(Int)
    case space
    /// Tatweel, zero-width and bidi controls: inside a word they join it, elsewhere they are nothing.
    case ignorable
    /// `©`, `®`, emoji: a symbol that stands as a token of its own.
    case symbol
    case punctuation

    /// The kind of a scalar: one table load in the Basic Multilingual Plane.
    @inline(__always)
    init(_ scalar: Unicode.Scalar) {
        self = scalar.value < 0x10000 ? Self.table[Int(scalar.value)] : Self(classifying: scalar)
    }

    /// Kinds of U+0000–U+FFFF, worked out once per process.
    static let table: [ScalarKind] = (0..<UInt32(0x10000)).map { value in
        Unicode.Scalar(value).map { ScalarKind(classifying: $0) } ?? .ignorable
    }

    /// The kind of a scalar, spelled out: the table is built from this.
    private init(classifying scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0x30...0x39:
            self = .digit(Int(value - 0x30))
        case 0x41...0x5A, 0x61...0x7A:
            self = .latinLetter
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0:
            self = .space
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
            self = .punctuation
        case 0xA9, 0xAE:
            self = .symbol
        case 0xA1...0xBF, 0xD7, 0xF7, 0x2010...0x2027, 0x2030...0x205E:
            self = .punctuation
        case 0x0660...0x0669:
            self = .digit(Int(value - 0x0660))
        case 0x06F0...0x06F9:
            self = .digit(Int(value - 0x06F0))
        case 0x0640:
            self = .ignorable
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED:
            self = .mark
        case 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4, 0x0600...0x0605, 0x0609...0x060B, 0x060D...0x060F:
            self = .punctuation
        case 0x0606...0x0608, 0x060E:
            self = .symbol
        case 0x0610...0x061A:
            self = .mark
        case 0x061C:
            self = .ignorable
        case 0x0620...0x064A, 0x066E...0x06D3, 0x06D5, 0x06EE...0x06EF, 0x06FA...0x06FF,
             0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            self = .arabicLetter
        default:
            let properties = scalar.properties
            if properties.isWhitespace {
                self = .space
            } else if properties.generalCategory == .format {
                self = .ignorable
            } else if properties.numericType == .decimal, let number = properties.numericValue {
                self = .digit(Int(number))
            } else if properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                self = .mark
            } else if properties.isAlphabetic {
                self = (0x00C0...0x024F).contains(value) || (0x1E00...0x1EFF).contains(value)
                    || (0xFF21...0xFF5A).contains(value) ? .latinLetter : .otherLetter
            } else if properties.generalCategory == .otherSymbol {
                self = .symbol
            } else {
                self = .punctuation
            }
        }
    }

    var isLetter: Bool {
        switch self {
        case .arabicLetter, .latinLetter, .otherLetter: true
        default: false
        }
    }

    /// Letters, digits, marks and joiners: what a word is made of.
    var isWordPart: Bool {
        switch self {
        case .arabicLetter, .latinLetter, .otherLetter, .mark, .digit, .ignorable: true
        default: false
        }
    }

    /// Whether the scalar closes a quotation or bracket (looked past when a line's end is read).
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{00AB}", "\u{201C}", "\u{203A}": true
        default: false
        }
    }

    /// Whether the scalar ends a sentence: `.`, `!`, `?`, `؟`, `…`, `۔`.
    static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{061F}", "\u{2026}", "\u{06D4}", "\u{203C}": true
        default: false
        }
    }
}
