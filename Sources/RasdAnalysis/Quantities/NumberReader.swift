/// A number read from the text: digits, words or both (`12 مليون`, `ثلاثة وعشرون ألفا`,
/// `عشرات الآلاف`), with the tokens it covers.
struct NumberPhrase: Sendable {
    enum Kind: Sendable, Equatable {
        /// An exact amount.
        case cardinal
        /// `عشرات`, `آلاف`, `عشرات الآلاف`: at least the value.
        case vague
        /// `بضعة آلاف`: between the value and `valueMax`.
        case few
    }

    var value: Double
    var valueMax: Double?
    var kind: Kind
    /// Token range.
    var range: Range<Int>
    /// Raw start (after a proclitic on the first word) and end.
    var start: Int
    var end: Int
    /// The number is one digit token and nothing else (`2023`, `19`): what dates and years look like.
    var digits: DigitNumber?
    /// Words made it (`ثلاثة`), not digits alone.
    var hasWords: Bool
    /// The last piece was a multiplier (`ألف`, `مليون`): `بين 10 و20 ألف` shares it.
    var multiplier: Double?
    /// Number of word pieces.
    var pieces: Int
}

/// Reads Arabic numbers over grammar tokens. Pieces join with `و` (`ثلاثة وعشرون`), a unit takes a
/// teen (`ثلاثة عشر`), a count takes a multiplier (`ستة آلاف`, `2.5 مليار`), a fraction follows
/// one (`مليون ونصف`) or leads it (`نصف مليون`).
///
///     NumberReader.read(at: 0, in: text)   // `ثلاثة وعشرون ألفا` → 23000
struct NumberReader {
    let text: GrammarText

    init(_ text: GrammarText) { self.text = text }

    /// A number starting at token `index`, or nil.
    func read(at index: Int) -> NumberPhrase? {
        guard index < text.count else { return nil }
        let first = text[index]
        if first.kind == .number {
            return readDigits(at: index)
        }
        guard first.kind == .word else { return nil }
        return readWords(at: index)
    }

    private func readDigits(at index: Int) -> NumberPhrase? {
        guard var number = DigitNumber(text.literal(index)) else { return nil }
        var end = index + 1
        // `10 000`: groups of three digits after a space, when the shape says thousands.
        if !number.hasSeparator, number.integerDigits <= 3 {
            var joined = text.literal(index)
            var next = end
            while next < text.count, text[next].kind == .number, text.literal(next).utf8.count == 3,
                  text[next].spaceBefore, !text[next].lineBreakBefore,
                  text[next].start == text[next - 1].end + 1,
                  DigitNumber(text.literal(next))?.hasSeparator == false {
                joined += text.literal(next)
                next += 1
            }
            if next > end, let grouped = DigitNumber(joined) {
                number = grouped
                end = next
            }
        }
        // `5ر2`: the Gulf wire style of a decimal (2.5), the fraction typed first around `ر`.
        if end + 1 < text.count, text[end].key == "ر", text.touching(end - 1, end), text.touching(end, end + 1),
           text[end + 1].kind == .number, number.isInteger, !number.hasSeparator,
           let whole = DigitNumber(text.literal(end + 1)), whole.isInteger, !whole.hasSeparator,
           let decimal = DigitNumber(text.literal(end + 1) + "." + text.literal(index)) {
            number = decimal
            end += 2
        }
        var phrase = NumberPhrase(
            value: number.value, valueMax: nil, kind: .cardinal, range: index..<end,
            start: text[index].start, end: text[end - 1].end, digits: end == index + 1 ? number : nil,
            hasWords: false, multiplier: nil, pieces: 0)
        // `1.500 مليار`, `9.650 في المائة`: one dot before three digits is a decimal point when a
        // multiplier or a percentage follows (elsewhere it groups thousands: `12.000`).
        if end == index + 1, number.hasSeparator, number.isInteger, end < text.count, end == phrase.range.upperBound,
           text.literal(index).utf8.filter({ $0 == UInt8(ascii: ".") }).count == 1,
           !text.literal(index).utf8.contains(UInt8(ascii: ",")),
           NumberWords.word(text[end].key, among: [.multiplier, .plural]) != nil
            || UnitLexicon.phrases.match(at: end, in: text, peel: false)?.value.unitClass == "percent",
           let decimal = DigitNumber(text.literal(index) + "0") {
            phrase.value = decimal.value
            phrase.digits = decimal
        }
        // `12 مليون`, `6 آلاف`, `2.5 مليار`, then `ونصف`.
        if end < text.count, let word = NumberWords.word(text[end].key, among: [.multiplier, .plural]) {
            phrase.value = Self.tidy(phrase.value * word.value)
            phrase.multiplier = word.value
            phrase.digits = nil
            phrase.hasWords = true
            end += 1
            if let fraction = joinedFraction(at: end) {
                phrase.value += fraction * word.value
                end += 1
                if let next = text.key(end), next.hasPrefix("ال"), NumberWords.word(next.dropping(2), .multiplier) != nil { end += 1 }
            }
            phrase.range = index..<end
            phrase.end = text[end - 1].end
        }
        return phrase
    }

    /// A product without binary noise: `32.01 × 10⁶` is 32010000, not 32009999.999999996.
    static func tidy(_ value: Double) -> Double {
        let rounded = value.rounded()
        return abs(value - rounded) < 1e-6 * max(1, abs(value)) ? rounded : value
    }

    /// An ordinal day at token `index`: `الرابع`, `الحادي عشر`, `الثاني والعشرين`, `الثلاثين` (with
    /// a proclitic on the first word peeled: `وفي` is not, `والرابع` is).
    func readOrdinal(at index: Int) -> (value: Int, range: Range<Int>, start: Int)? {
        guard index < text.count, text[index].kind == .word else { return nil }
        for form in text[index].peeledForms {
            guard let word = NumberWords.word(form.key, .ordinal) else { continue }
            var value = Int(word.value)
            var end = index + 1
            if value < 10, let next = text.key(end), next == "عشر" || next == "عشره" {
                value += 10
                end += 1
            } else if value < 10, let next = text.key(end), next.hasPrefix("وال"),
                      let ten = NumberWords.word(next.dropping(1), .ordinal), ten.value >= 20 {
                value += Int(ten.value)
                end += 1
            }
            return (value, index..<end, text.rawStart(of: index, peeling: form.letters))
        }
        return nil
    }

    /// `ونصف`, `وربع` after a multiplier or a counted noun.
    func joinedFraction(at index: Int) -> Double? {
        guard index < text.count, text[index].kind == .word else { return nil }
        let key = text[index].key
        guard key.has("و", at: 0), key.length > 2 else { return nil }
        return NumberWords.word(key.dropping(1), .fraction)?.value
    }

    private func readWords(at index: Int) -> NumberPhrase? {
        // The first word may carry a proclitic (`بخمسة`, `وعشرات`).
        var firstWord: NumberWords.Word?
        var peeled = 0
        for form in text[index].peeledForms {
            if let word = NumberWords.byKey[form.key]?.first(where: { $0.kind != .ordinal && $0.kind != .teen }) {
                firstWord = word
                peeled = form.letters
                break
            }
        }
        guard let firstWord else { return nil }
        var phrase = NumberPhrase(
            value: 0, valueMax: nil, kind: .cardinal, range: index..<(index + 1),
            start: text.rawStart(of: index, peeling: peeled), end: text[index].end,
            digits: nil, hasWords: true, multiplier: nil, pieces: 1)
        var position = index + 1

        switch firstWord.kind {
        case .vague:
            // `عشرات`, `مئات`, then optionally `الآلاف`/`آلاف`/`الملايين`.
            phrase.kind = .vague
            phrase.value = firstWord.value
            if let scale = pluralScale(at: position) {
                phrase.value *= scale
                position += 1
            }
        case .few:
            phrase.kind = .few
            var scale = 1.0
            if let next = text.key(position), let word = NumberWords.word(next, among: [.plural, .multiplier, .hundred, .vague]) {
                scale = word.kind == .hundred ? 100 : word.value
                position += 1
            }
            phrase.value = 3 * scale
            phrase.valueMax = 9 * scale
        case .plural:
            // `آلاف` alone: thousands; `آلاف الجنود`.
            phrase.kind = .vague
            phrase.value = firstWord.value
        case .fraction:
            // `نصف مليون`; a fraction alone is not read as a number.
            guard let next = text.key(position), let word = NumberWords.word(next, .multiplier) else { return nil }
            phrase.value = firstWord.value * word.value
            phrase.multiplier = word.value
            position += 1
        default:
            guard let total = readCardinal(from: index, firstWord: firstWord, position: &position, phrase: &phrase) else { return nil }
            phrase.value = total
        }
        phrase.range = index..<position
        phrase.end = text[position - 1].end
        return phrase
    }

    /// `الآلاف`, `آلاف`, `الملايين` after `عشرات`/`مئات`: the scale.
    private func pluralScale(at index: Int) -> Double? {
        guard let key = text.key(index) else { return nil }
        let bare = key.hasPrefix("ال") ? key.dropping(2) : key
        if let word = NumberWords.word(bare, .plural) { return word.value }
        return nil
    }

    /// Sums `unit/ten/hundred` groups times multipliers, pieces after the first joined by `و`.
    private func readCardinal(from index: Int, firstWord: NumberWords.Word, position: inout Int,
                              phrase: inout NumberPhrase) -> Double? {
        var total = 0.0
        var group = 0.0
        var lastMultiplier: Double?
        // Where the current `و` group began, to back off `ألفين وثلاثة آلاف` (two numbers, not one).
        var groupStart: (position: Int, total: Double)?
        var coordinated = false

        func add(_ word: NumberWords.Word, at tokenIndex: Int) -> Bool {
            switch word.kind {
            case .unit:
                // `ثلاثة عشر`: a teen follows without `و`.
                if let next = text.key(tokenIndex + 1), NumberWords.word(next, .teen) != nil,
                   !(word.value == 10) {
                    group += 10 + word.value
                    position = tokenIndex + 2
                    return true
                }
                // `أحد`/`إحدى` alone is «one of»; in `إحدى وثلاثين` it is a number.
                if word.value == 1, text[tokenIndex].key.hasPrefix("اح"), tokenIndex == index,
                   !(text.key(tokenIndex + 1).map { $0.has("و", at: 0) && NumberWords.word($0.dropping(1), .ten) != nil } ?? false) {
                    return false
                }
                group += word.value
            case .ten:
                group += word.value
            case .hundred:
                if group >= 1 && group <= 9 && word.value == 100 { group *= 100 } else { group += word.value }
            case .multiplier, .dual, .plural:
                let scale = word.kind == .dual ? word.value / 2 : word.value
                if let last = lastMultiplier, scale >= last, group > 0 {
                    coordinated = true
                    return false
                }
                if word.kind == .dual {
                    guard group == 0 else { return false }
                    group = 2
                } else if group == 0 {
                    guard word.kind == .multiplier else { return false }
                    group = 1
                }
                if total > 0, total < scale, lastMultiplier != nil {
                    total = (total + group) * scale  // `ألف مليون`
                } else {
                    total += group * scale
                }
                group = 0
                lastMultiplier = scale
            case .fraction:
                guard let multiplier = lastMultiplier, group == 0 else { return false }
                total += word.value * multiplier
            default:
                return false
            }
            position = tokenIndex + 1
            return true
        }

        guard add(firstWord, at: index) else { return nil }
        while position < text.count {
            let token = text[position]
            guard token.kind == .word else { break }
            let key = token.key
            // Without `و`: a multiplier after a count (`ستة آلاف`), a hundred after a unit (`ثلاث مئة`).
            if let word = NumberWords.word(key, among: [.multiplier, .dual, .plural, .hundred]),
               word.kind != .hundred || (group >= 1 && group <= 9) {
                if word.kind == .dual, group != 0 { break }
                let before = position
                guard add(word, at: position), position > before else { break }
                phrase.pieces += 1
                continue
            }
            // With `و`: the next group or a fraction.
            guard key.has("و", at: 0), key.length > 2 else { break }
            let bare = key.dropping(1)
            guard let word = NumberWords.word(bare, among: [.unit, .ten, .hundred, .multiplier, .dual, .fraction]) else { break }
            if word.kind == .fraction, lastMultiplier == nil || group != 0 { break }
            let before = position
            let saved = (position, total)
            guard add(word, at: position), position > before else { break }
            groupStart = saved
            phrase.pieces += 1
        }
        // `مليون ونصف المليون`
        if lastMultiplier != nil, position > index, text[position - 1].key.dropping(1) == "نصف" || NumberWords.word(text[position - 1].key.dropping(1), .fraction) != nil,
           let next = text.key(position), next.hasPrefix("ال"), NumberWords.word(next.dropping(2), .multiplier) != nil {
            position += 1
        }
        if coordinated, let groupStart {
            position = groupStart.position
            total = groupStart.total
            group = 0
            phrase.pieces -= 1
        }
        if let lastMultiplier, group == 0 { phrase.multiplier = lastMultiplier }
        return total + group
    }
}

