/// Splits a clean-level view into tokens in one pass over its scalars, by character class
/// (`ScalarClass`): no regular expressions, no String per token. Each token keeps its range in the
/// view and the raw span it came from, so `الـرئيس` is one token whose raw span covers the tatweel.
///
///     let view = ArabicNormalizer.normalize(SourceText("قال لافروف في 2024م"), level: .clean)
///     Tokenizer.tokenize(view).map(\.kind)   // arabic, arabic, arabic, number, arabic
///
/// What becomes a token:
/// - `arabicWord`: a run of Arabic letters and the harakat inside it. Digits and Latin letters end
///   it: `الـ15` → `ال` `15`, `DWعربية` → `DW` `عربية`.
/// - `latinWord`: a run of letters of any other alphabet (Latin in practice) with their accents;
///   `'` or `-` between two letters stays inside (`O'Brien`, `Jong-un`). `COVID19` → `COVID` `19`.
/// - `number`: ASCII digits (Eastern digits after the clean fold), with `.` or `,` between two
///   digits inside (`2.5`, `1,200`, `2,5`); `/` and `-` split (`2024/03/14`, `10-15`).
/// - `url`: from `http://`, `https://` or `www.` to the next space or quote, trailing punctuation
///   left out; Arabic letters are part of it only in the path (`https://ar.wikipedia.org/wiki/سوريا`).
/// - `email`: `local@domain.tld` in ASCII.
/// - `hashtag`: `#` and a run of letters, digits and inner `_` with at least one letter
///   (`#السعودية_اليوم`), and also an `@handle` (ASCII letters, digits, `_`): both are tags of a
///   social post, and a reader of the token looks at its first scalar to tell them apart.
/// - `punctuation`: one scalar, except that a run of the same `.` `!` `?` `-` `_` is one token (`...`).
/// - `symbol`: one scalar (currency, `%`, math, emoji) with the variation selectors and skin tones
///   that follow it; a pair of regional indicators (a flag) is one token.
/// White space separates and is not a token; stray marks and controls outside words are skipped.
public enum Tokenizer {
    /// The tokens of a clean-level view (a matching-level view works too), in text order.
    public static func tokenize(_ view: NormalizedView) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(view.count / 5 + 8)  // news text: about one token per 5–6 scalars
        view.scalars.withUnsafeBufferPointer { scalars in
            ScalarClass.table.withUnsafeBufferPointer { table in
                var scanner = TokenScanner(scalars: scalars, table: table)
                scanner.scan(view, into: &tokens)
            }
        }
        return tokens
    }
}

/// The scan itself, over the view's scalar buffer.
private struct TokenScanner {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    let table: UnsafeBufferPointer<ScalarClass>
    let count: Int
    /// Token starts before this offset are known not to begin an e-mail address: the run of
    /// address characters they sit in does not reach an `@` (keeps the look-ahead linear).
    var noEmailBefore = 0

    init(scalars: UnsafeBufferPointer<Unicode.Scalar>, table: UnsafeBufferPointer<ScalarClass>) {
        self.scalars = scalars
        self.table = table
        self.count = scalars.count
    }

    @inline(__always)
    func value(_ index: Int) -> UInt32 { scalars[index].value }

    @inline(__always)
    func scalarClass(_ index: Int) -> ScalarClass {
        let value = scalars[index].value
        return value < 0x10000 ? table[Int(value)] : ScalarClass.classify(value)
    }

    mutating func scan(_ view: NormalizedView, into tokens: inout [Token]) {
        var index = 0
        while index < count {
            let start = index
            let kind: TokenKind
            switch scalarClass(index) {
            case .space, .ignorable, .mark, .modifier:
                index += 1
                continue
            case .arabicLetter:
                index = arabicWordEnd(from: index + 1)
                kind = .arabicWord
            case .latinLetter:
                if let end = urlEnd(at: index) {
                    index = end
                    kind = .url
                } else if let end = emailEnd(at: index) {
                    index = end
                    kind = .email
                } else {
                    index = latinWordEnd(from: index + 1)
                    kind = .latinWord
                }
            case .digit:
                if let end = emailEnd(at: index) {
                    index = end
                    kind = .email
                } else {
                    index = numberEnd(from: index + 1)
                    kind = .number
                }
            case .punctuation:
                let first = value(index)
                index += 1
                if Self.repeats(first) {
                    while index < count && value(index) == first { index += 1 }
                }
                kind = .punctuation
            case .symbol:
                if let end = tagEnd(at: index) {
                    index = end
                    kind = .hashtag
                } else {
                    index = symbolEnd(at: index)
                    kind = .symbol
                }
            }
            let range = start..<index
            tokens.append(Token(kind: kind, span: view.rawSpan(ofNormalized: range), normalized: range))
        }
    }

    // MARK: Words and numbers

    @inline(__always)
    func arabicWordEnd(from index: Int) -> Int {
        var end = index
        while end < count {
            let scalarClass = scalarClass(end)
            guard scalarClass == .arabicLetter || scalarClass == .mark else { break }
            end += 1
        }
        return end
    }

    func latinWordEnd(from index: Int) -> Int {
        var end = index
        while end < count {
            let scalarClass = scalarClass(end)
            if scalarClass == .latinLetter || scalarClass == .mark {
                end += 1
            } else if Self.joinsLatinWord(value(end)) && end + 1 < count && self.scalarClass(end + 1) == .latinLetter {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    func numberEnd(from index: Int) -> Int {
        var end = index
        while end < count {
            if scalarClass(end) == .digit {
                end += 1
            } else if (value(end) == 0x2E || value(end) == 0x2C) && end + 1 < count && scalarClass(end + 1) == .digit {
                end += 2  // `.` or `,` between digits: 2.5, 1,200
            } else {
                break
            }
        }
        return end
    }

    func symbolEnd(at index: Int) -> Int {
        var end = index + 1
        if Self.isRegionalIndicator(value(index)) && end < count && Self.isRegionalIndicator(value(end)) {
            end += 1  // a flag: 🇸🇦
        }
        while end < count && scalarClass(end) == .modifier { end += 1 }
        return end
    }

    // MARK: URLs, e-mail addresses, tags

    /// End of a URL starting at `index` with `http://`, `https://` or `www.` (any case).
    func urlEnd(at index: Int) -> Int? {
        let first = value(index) | 0x20
        guard first == 0x68 || first == 0x77 else { return nil }  // h, w
        let bodyStart: Int
        if hasPrefix("http://", at: index) {
            bodyStart = index + 7
        } else if hasPrefix("https://", at: index) {
            bodyStart = index + 8
        } else if hasPrefix("www.", at: index) {
            bodyStart = index + 4
        } else {
            return nil
        }
        var end = bodyStart
        var inPath = false
        var unbalancedParentheses = 0
        while end < count {
            let value = value(end)
            let scalarClass = scalarClass(end)
            if scalarClass == .space || scalarClass == .ignorable { break }
            if value == 0x22 || value == 0x3C || value == 0x3E { break }  // " < >
            if (scalarClass == .arabicLetter || scalarClass == .mark) && !inPath { break }
            if value == 0x2F { inPath = true }
            if value == 0x28 { unbalancedParentheses += 1 }
            if value == 0x29 { unbalancedParentheses -= 1 }
            end += 1
        }
        // Leave out what ends the sentence around the URL: `(www.spa.gov.sa).` ends at `sa`.
        while end > bodyStart {
            let last = value(end - 1)
            if last == 0x29 && unbalancedParentheses < 0 {
                unbalancedParentheses += 1
            } else if !Self.trailsURL(last) {
                break
            }
            end -= 1
        }
        return end > bodyStart ? end : nil
    }

    /// End of an e-mail address whose local part starts at `index`, or nil.
    mutating func emailEnd(at index: Int) -> Int? {
        guard index >= noEmailBefore else { return nil }
        var at = index
        while at < count && Self.isLocalPartCharacter(value(at)) { at += 1 }
        if at < count && value(at) == 0x40 && value(at - 1) != 0x2E, let end = domainEnd(from: at + 1) {
            return end
        }
        noEmailBefore = at
        return nil
    }

    /// End of `label.label…` with at least two labels and a final label of two letters or more.
    func domainEnd(from index: Int) -> Int? {
        var position = index
        var labels = 0
        var validEnd: Int?
        while true {
            let labelStart = position
            var lettersOnly = true
            while position < count && Self.isDomainCharacter(value(position)) {
                if !Self.isASCIILetter(value(position)) { lettersOnly = false }
                position += 1
            }
            guard position > labelStart else { break }
            labels += 1
            if labels >= 2 && lettersOnly && position - labelStart >= 2 { validEnd = position }
            guard position + 1 < count && value(position) == 0x2E && Self.isDomainCharacter(value(position + 1)) else { break }
            position += 1
        }
        return validEnd
    }

    /// End of `#tag` or `@handle` starting at `index`, or nil when `#` or `@` stands alone.
    func tagEnd(at index: Int) -> Int? {
        let sign = value(index)
        var end = index + 1
        var hasLetter = false
        if sign == 0x23 {  // #
            while end < count {
                switch scalarClass(end) {
                case .arabicLetter, .latinLetter:
                    hasLetter = true
                    end += 1
                case .mark, .digit:
                    end += 1
                default:
                    guard value(end) == 0x5F, end + 1 < count else { return hasLetter ? end : nil }
                    let next = scalarClass(end + 1)
                    guard next == .arabicLetter || next == .latinLetter || next == .digit else { return hasLetter ? end : nil }
                    end += 1
                }
            }
        } else if sign == 0x40 {  // @
            while end < count {
                let value = value(end)
                if Self.isASCIILetter(value) {
                    hasLetter = true
                } else if !(Self.isASCIIDigit(value) || value == 0x5F) {
                    break
                }
                end += 1
            }
        }
        return hasLetter ? end : nil
    }

    func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        guard index + prefix.utf8CodeUnitCount <= count else { return false }
        return prefix.withUTF8Buffer { bytes in
            for (offset, byte) in bytes.enumerated() {
                let value = value(index + offset)
                let folded = Self.isASCIILetter(value) ? value | 0x20 : value
                if folded != UInt32(byte) { return false }
            }
            return true
        }
    }

    // MARK: Character sets

    @inline(__always)
    static func isASCIILetter(_ value: UInt32) -> Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }

    @inline(__always)
    static func isASCIIDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }

    /// `'` and hyphens: inside a Latin word between two letters.
    static func joinsLatinWord(_ value: UInt32) -> Bool {
        value == 0x27 || value == 0x2D || value == 0x2010 || value == 0x2011
    }

    /// Punctuation whose runs are one token: `...`, `!!`, `?؟`, `--`, `__`.
    static func repeats(_ value: UInt32) -> Bool {
        value == 0x2E || value == 0x21 || value == 0x3F || value == 0x2D || value == 0x5F
    }

    static func isRegionalIndicator(_ value: UInt32) -> Bool { value >= 0x1F1E6 && value <= 0x1F1FF }

    /// Characters an e-mail local part may hold here: letters, digits, `. _ % + -`.
    static func isLocalPartCharacter(_ value: UInt32) -> Bool {
        isASCIILetter(value) || isASCIIDigit(value)
            || value == 0x2E || value == 0x5F || value == 0x25 || value == 0x2B || value == 0x2D
    }

    static func isDomainCharacter(_ value: UInt32) -> Bool {
        isASCIILetter(value) || isASCIIDigit(value) || value == 0x2D
    }

    /// Punctuation that ends a sentence or clause after a URL rather than belonging to it.
    static func trailsURL(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x5D, 0x7D: return true  // . , ; : ! ? ' ] }
        default: return false
        }
    }
}
