import RasdText

/// Finds quantities: a hedge (`أكثر من`, `نحو`), a number (`12 مليون`, `ثلاثة وعشرون ألفا`,
/// `عشرات الآلاف`) or a range (`بين 10 و20 ألف`), the counted noun or unit (`قذيفة`, `كلم`, `%`)
/// and a rate (`يوميًا`): `أكثر من 12 مليون قذيفة`, `60 ألف قذيفة يوميًا`.
struct QuantityGrammar {
    let text: GrammarText
    let numbers: NumberReader

    init(_ text: GrammarText) {
        self.text = text
        self.numbers = NumberReader(text)
    }

    /// A quantity starting at token `index`, and the token after it; tokens in `taken` (dates,
    /// durations) are not read.
    func quantity(at index: Int, taken: (Int) -> Bool) -> (QuantityMention, Int)? {
        guard index < text.count, !text[index].isChrome, !taken(index) else { return nil }
        if let range = range(at: index, taken: taken) { return range }
        var start: Int?
        var qualifier = "exact"
        var position = index
        if let hedge = QuantityPhrases.before.match(at: index, in: text), hedge.range.upperBound < text.count,
           !taken(hedge.range.upperBound) {
            // `حتى` and `دون` are hedges only right before a number.
            start = text.rawStart(of: index, peeling: hedge.peeled)
            qualifier = hedge.value
            position = hedge.range.upperBound
        }
        var currencyBefore: String?
        if position < text.count, text[position].kind == .symbol, let unit = UnitLexicon.phrases.match(at: position, in: text, peel: false),
           unit.value.unitClass == "currency", position + 1 < text.count, text[position + 1].kind == .number {
            currencyBefore = unit.value.lemma
            start = start ?? text[position].start
            position += 1
        }
        guard let number = numbers.read(at: position), !taken(number.range.upperBound - 1), isCount(number) else {
            return dualNoun(at: index, taken: taken)
        }
        // `مقعدا واحدا`: `واحد` after its noun counts that noun once; alone it counts nothing.
        if number.hasWords, number.pieces == 1, number.value == 1, number.kind == .cardinal {
            return start == nil ? nounAndOne(endingAt: position, taken: taken) : nil
        }
        if start == nil { start = number.start }
        if qualifier == "exact" {
            switch number.kind {
            case .vague: qualifier = "at_least"
            case .few: qualifier = "range"
            case .cardinal: break
            }
        }
        var mention = QuantityMention(start: start!, end: number.end, text: "", value: number.value, unit: nil,
                                      qualifier: qualifier, valueMax: number.kind == .few ? number.valueMax : nil)
        var end = number.range.upperBound
        if let currencyBefore {
            mention.unit = text.text(text[position - 1].start, text[position - 1].end)
            mention.unitLemma = currencyBefore
        }
        end = attachUnit(to: &mention, after: end, number: number, taken: taken)
        // A bare number after a label (`القرار 2231`, `بوينغ 737`, `الفرقة 82`) names something; one
        // alone in brackets (`(1)`, `تعليق (0)`) numbers a note or a counter.
        if mention.unit == nil, qualifier == "exact" {
            if Self.isAfterLabel(number.range.lowerBound, in: text) { return nil }
            let first = number.range.lowerBound
            let last = number.range.upperBound
            if first > 0, last < text.count, GrammarWords.openingBrackets.contains(text[first - 1].key), GrammarWords.closingBrackets.contains(text[last].key) { return nil }
        }
        // A bare number must say something: words, a separator, a hedge, or a plain count.
        if mention.unit == nil, number.digits != nil, qualifier == "exact", !isPlainCount(number) {
            return nil
        }
        if mention.unit == nil, !number.hasWords || number.pieces == 1, number.digits == nil, qualifier == "exact",
           number.kind == .cardinal, number.value < 3 || Self.ambiguousSingles.contains(text[number.range.lowerBound].key) {
            return nil
        }
        mention.text = text.text(mention.start, mention.end)
        return (mention, end)
    }

    /// Single number words that are also other words (`ست` a lady, `سبع` a lion, `عشر` a tenth).
    static let ambiguousSingles: Set<WordKey> = ["ست", "سبع", "عشر", "خمس", "ثمان", "تسع", "اربع", "ثلاث"]

    /// Whether a number is a count rather than part of a code, a phone number or a name.
    private func isCount(_ number: NumberPhrase, inRange: Bool = false) -> Bool {
        let first = number.range.lowerBound
        // Digits glued to a word or joined by a hyphen: `كوفيد-19`, `إف-16`, `G20`, `Su-27`.
        if text[first].kind == .number, first > 0 {
            let previous = text[first - 1]
            // `و30`, `ب5`: a proclitic letter on digits is not a name.
            let isProclitic = previous.kind == .word && previous.key.length == 1
                && ["و", "ب", "ل", "ف", "ك"].contains { previous.key.has($0, at: 0) }
            if text.touching(first - 1, first), previous.isWord, !isProclitic { return false }
            if GrammarWords.codeJoins.contains(previous.key), text.touching(first - 1, first) {
                if first > 1, text.touching(first - 2, first - 1), text[first - 2].kind != .punctuation { return false }
                if previous.key != "-" { return false }
            }
        }
        if text[first].kind == .number, isPhoneLike(at: first) { return false }
        // `يوم 27`: a day of the month, whatever follows.
        if text[first].kind == .number, first > 0, text[first - 1].key == "يوم" { return false }
        // `الحادي عشر`: the teen of an ordinal.
        if text[first].kind == .word, first > 0, numbers.readOrdinal(at: first - 1) != nil { return false }
        let last = number.range.upperBound - 1
        if text[last].kind == .number, last + 1 < text.count, text.touching(last, last + 1) {
            let next = text[last + 1]
            if next.isWord { return false }
            // `10-20` is read as a range, with its unit; a lone `3-2` is a score or a code.
            if GrammarWords.numberJoins.contains(next.key), last + 2 < text.count, text.touching(last + 1, last + 2), !inRange { return false }
        }
        if let digits = number.digits {
            // Phone numbers and identifiers: long runs of digits without grouping.
            if digits.integerDigits >= 7, !digits.hasSeparator { return false }
            if text[first].key.hasPrefix("0"), digits.integerDigits > 1, digits.isInteger { return false }
        }
        return true
    }

    /// Names that look like a dual of a counted noun: `طالبان` (the movement, not two students).
    static let dualLookalikes: Set<WordKey> = ["طالبان", "وطالبان", "لطالبان", "بطالبان"]

    /// Words whose number names a thing rather than counting: resolutions, articles, routes,
    /// military units, aircraft and weapon models.
    static let labelHeads: Set<WordKey> = [
        "القرار", "قرار", "الماده", "البند", "الفقره", "الفصل", "الطريق", "الرحله", "الحلقه", "الرقم", "رقم",
        "الفرقه", "اللواء", "الكتيبه", "الفوج", "الدوره", "النسخه", "الموسم", "الجوله", "الطابق", "البوابه", "الصفحه", "العدد", "الاصدار", "الجيل", "بوينغ", "بوينج", "ايرباص",
        "ميغ", "ميج", "سوخوي", "توبوليف", "اليوشن", "انتونوف", "ميراج", "رافال", "باتريوت", "هيمارس", "اباتشي",
        "تي", "اس", "اف", "كوفيد", "كورونا", "فيلق", "المربع", "الكيلو",
        // `الـ 209`: the article on a number makes it an ordinal.
        "ال",
    ]

    /// Whether the token before `index` is a label head (`القرار`, `رقم`, `بوينغ`).
    static func isAfterLabel(_ index: Int, in text: GrammarText) -> Bool {
        index > 0 && text[index - 1].peeledForms.contains { Self.labelHeads.contains($0.key) }
    }

    /// A run of digit groups that is a phone number: after `+`, or three or more groups that are
    /// not thousands (`0123 456 789`, `20 7946 0958`).
    private func isPhoneLike(at index: Int) -> Bool {
        var start = index
        while start > 0, text[start - 1].kind == .number, text[start].spaceBefore || text[start - 1].key == "-",
              !text[start].lineBreakBefore, text[start].start - text[start - 1].end <= 1 { start -= 1 }
        if start > 0, text[start - 1].key == "+", text.touching(start - 1, start) { return true }
        var end = index + 1
        while end < text.count, text[end].kind == .number, !text[end].lineBreakBefore,
              text[end].start - text[end - 1].end <= 1 { end += 1 }
        guard end - start >= 3 else { return false }
        let groups = (start..<end).map { text.literal($0) }
        return !(groups[0].utf8.count <= 3 && groups.dropFirst().allSatisfy { $0.utf8.count == 3 })
    }

    /// `مقعدا واحدا`, `مستشفى واحد`: a counted noun of the lexicon right before `واحد` (at token
    /// `one`), one of it.
    private func nounAndOne(endingAt one: Int, taken: (Int) -> Bool) -> (QuantityMention, Int)? {
        guard one > 0, !taken(one - 1), let unit = UnitLexicon.phrases.match(at: one - 1, in: text), unit.range.upperBound == one,
              !unit.value.isDual, !unit.value.isDefinite else { return nil }
        let start = text.rawStart(of: one - 1, peeling: unit.peeled)
        let end = text[one].end
        let mention = QuantityMention(start: start, end: end, text: text.text(start, end), value: 1,
                                      unit: text.text(start, text[one - 1].end), unitLemma: unit.value.lemma, qualifier: "exact")
        return (mention, one + 1)
    }

    /// A number without a unit counts when it is not year-like.
    private func isPlainCount(_ number: NumberPhrase) -> Bool {
        guard let digits = number.digits else { return true }
        if digits.integerDigits == 4, digits.isInteger, !digits.hasSeparator, (1900...2099).contains(Int(digits.value)) { return false }
        return true
    }

    /// Reads the unit, partitive `من`, rate and trailing hedge after a number; returns the next token.
    private func attachUnit(to mention: inout QuantityMention, after index: Int, number: NumberPhrase,
                            taken: (Int) -> Bool) -> Int {
        var end = index
        if mention.unit == nil, end < text.count, !taken(end), !text[end].lineBreakBefore {
            if let unit = UnitLexicon.phrases.match(at: end, in: text, peel: false), !unit.value.isDual,
               !(unit.value.isDefinite && !number.hasWords && number.kind == .cardinal && unit.value.unitClass != "percent") {
                setUnit(&mention, tokens: unit.range, lemma: unit.value.lemma)
                end = unit.range.upperBound
            } else if text[end].key == "من", end + 1 < text.count, !taken(end + 1), text[end + 1].key.hasPrefix("ال"),
                      isPlural(at: end + 1), let noun = countedNoun(at: end + 1, definite: true) {
                // Partitive: `ستة آلاف من المهندسين`.
                setUnit(&mention, tokens: (end + 1)..<(end + 2), lemma: noun)
                end += 2
            } else if number.value != 1 || !number.hasWords, let noun = countedNoun(at: end, definite: number.kind == .vague) {
                setUnit(&mention, tokens: end..<(end + 1), lemma: noun)
                end += 1
            }
        }
        if mention.unit != nil || number.hasWords || number.digits == nil {
            if let rate = rate(at: end, taken: taken) {
                mention.per = rate.value
                end = rate.range.upperBound
                mention.end = text[end - 1].end
            }
        }
        if let after = QuantityPhrases.after.match(at: end, in: text, peel: true), !taken(end), mention.qualifier == "exact" {
            mention.qualifier = after.value
            end = after.range.upperBound
            mention.end = text[end - 1].end
        }
        return end
    }

    /// A rate after a quantity (`يوميًا`, `في اليوم`); `في اليوم الأول`, `في العام الماضي` and
    /// `في السنة المالية` name a day or a year instead.
    private func rate(at index: Int, taken: (Int) -> Bool) -> PhraseLexicon<String>.Match? {
        guard let rate = QuantityPhrases.rates.match(at: index, in: text, peel: false),
              !rate.range.contains(where: taken) else { return nil }
        if let next = text.key(rate.range.upperBound), next.hasPrefix("ال"), text[rate.range.upperBound - 1].key.hasPrefix("ال") {
            return nil
        }
        return rate
    }

    /// A definite plural after a partitive `من`: a plural of the lexicon, or a sound plural.
    private func isPlural(at index: Int) -> Bool {
        if let unit = UnitLexicon.phrases.match(at: index, in: text, peel: false) { return !unit.value.isLemma }
        let key = text[index].key
        return key.hasSuffix("ين") || key.hasSuffix("ون") || key.hasSuffix("ات")
    }

    private func setUnit(_ mention: inout QuantityMention, tokens: Range<Int>, lemma: String?) {
        let first = text[tokens.lowerBound]
        let last = text[tokens.upperBound - 1]
        mention.unit = text.text(first.start, last.end)
        mention.unitLemma = lemma
        mention.end = last.end
    }

    /// A word after a number that is a counted noun the lexicon does not know: an Arabic word that
    /// is no function word, time word, month or number. Returns its lemma when known (nil else),
    /// wrapped: `.some(nil)` for an unknown noun.
    private func countedNoun(at index: Int, definite: Bool) -> String?? {
        guard index < text.count, text[index].kind == .word, !text[index].lineBreakBefore else { return nil }
        let key = text[index].key
        if let unit = UnitLexicon.phrases.match(at: index, in: text, peel: false), !unit.value.isDual { return .some(unit.value.lemma) }
        if key.hasPrefix("ال") != definite { return nil }
        if NumberWords.byKey[key] != nil || KnownWords.shared.isFunctionWord(key.description) { return nil }
        if TimeWords.periodByKey[key] != nil || CalendarNames.months.single[key] != nil || CalendarNames.weekdays[key] != nil { return nil }
        if QuantityPhrases.rates.starts(with: key) || QuantityPhrases.after.starts(with: key) { return nil }
        if Self.notCounted.contains(key) || key.length < 3 { return nil }
        // Words glued to `و`/`ف` or a preposition, and verbs in the imperfect, are not counted nouns.
        if key.has("و", at: 0) || key.has("ف", at: 0) || key.has("ي", at: 0) { return nil }
        // `لمشروعات`, `بنسبة`: a preposition on a word the corpus knows without it (`بوصة`, `بيضة`
        // keep their `ب`).
        if !definite, key.has("ل", at: 0) || key.has("ب", at: 0) || key.has("ك", at: 0),
           KnownWords.shared.contains(key.dropping(1).description) { return nil }
        if definite, key.hasPrefix("لل") || key.hasPrefix("بال") || key.hasPrefix("كال") { return nil }
        return .some(nil)
    }

    /// Words that follow numbers without being what they count.
    static let notCounted: Set<WordKey> = [
        "الف", "مليون", "مليار", "اخري", "اخرين", "فقط", "تقريبا", "اي", "منها", "منهم", "الي", "علي", "عن",
        "حتي", "مقابل", "نقطه", "بالميه", "بالمايه", "ضد", "امام", "بعد", "قبل", "خلال", "حسب", "وفق", "مع",
    ]

    /// A dual of a lexicon noun with no number: `رحلتين أسبوعيا` = two flights a week.
    private func dualNoun(at index: Int, taken: (Int) -> Bool) -> (QuantityMention, Int)? {
        guard let unit = UnitLexicon.phrases.match(at: index, in: text, peel: true), unit.value.isDual, !unit.value.isDefinite,
              unit.range.count == 1, !Self.dualLookalikes.contains(text[index].key) else { return nil }
        let start = text.rawStart(of: index, peeling: unit.peeled)
        var mention = QuantityMention(start: start, end: text[index].end, text: "", value: 2,
                                      unit: text.text(start, text[index].end), unitLemma: unit.value.lemma, qualifier: "exact")
        var end = index + 1
        if let rate = rate(at: end, taken: taken) {
            mention.per = rate.value
            end = rate.range.upperBound
            mention.end = text[end - 1].end
        }
        mention.text = text.text(mention.start, mention.end)
        return (mention, end)
    }

    // MARK: Ranges

    /// `بين 10 و20 ألف جندي`, `ما بين 5 و7`, `من 5 إلى 7 كلم`, `10-20 شخصا`.
    private func range(at index: Int, taken: (Int) -> Bool) -> (QuantityMention, Int)? {
        var position = index
        var start: Int?
        var needsAnd = false
        if let opener = QuantityPhrases.rangeStarts.match(at: index, in: text) {
            start = text.rawStart(of: index, peeling: opener.peeled)
            position = opener.range.upperBound
            needsAnd = text[opener.range.upperBound - 1].key == "بين"
        }
        guard let first = numbers.read(at: position), first.kind == .cardinal, !taken(first.range.upperBound - 1),
              isCount(first, inRange: true) else { return nil }
        var next = first.range.upperBound
        guard next < text.count else { return nil }
        let joinKey = text[next].key
        var secondIndex: Int
        if needsAnd {
            // `بين 10 و20`; also the looser `بين 1400 إلى 2300`.
            if joinKey == "و" || GrammarWords.rangeJoins.contains(joinKey) {
                secondIndex = next + 1
            } else if joinKey.hasPrefix("و"), text[next].kind == .word {
                secondIndex = next
            } else {
                return nil
            }
        } else if start != nil {
            guard GrammarWords.rangeJoins.contains(joinKey) else { return nil }
            secondIndex = next + 1
        } else {
            // `10-20` with no opener: digits and a hyphen.
            guard joinKey == "-" || joinKey == "–", first.digits != nil else { return nil }
            secondIndex = next + 1
        }
        var second: NumberPhrase?
        if secondIndex == next {
            // `وعشرين`: the `و` glued to a number word.
            second = numbers.read(at: secondIndex)
            if let found = second, found.start == text[secondIndex].start { second = nil }
        } else {
            second = numbers.read(at: secondIndex)
        }
        guard let second, second.kind == .cardinal, !taken(second.range.upperBound - 1), second.value > 0 else { return nil }
        if start == nil, let digits = second.digits, digits.integerDigits == 4, first.digits?.integerDigits == 4 { return nil }
        var low = first.value
        // A multiplier written once serves both: `بين 10 و20 ألف`.
        if let multiplier = second.multiplier, first.multiplier == nil, low * multiplier <= second.value { low *= multiplier }
        guard low < second.value else { return nil }
        next = second.range.upperBound
        var mention = QuantityMention(start: start ?? first.start, end: second.end, text: "", value: low, unit: nil,
                                      qualifier: "range", valueMax: second.value)
        next = attachUnit(to: &mention, after: next, number: second, taken: taken)
        if mention.unit == nil, start == nil { return nil }
        mention.text = text.text(mention.start, mention.end)
        return (mention, next)
    }
}
