/// Finds lengths of time: a count and a period (`ثلاثة أيام`, `ثمانين عامًا`, `10 سنوات`), a dual
/// period alone (`يومين`), a period and a half (`شهر ونصف`), a fraction of one (`نصف ساعة`).
struct DurationGrammar {
    let text: GrammarText
    let numbers: NumberReader

    init(_ text: GrammarText) {
        self.text = text
        self.numbers = NumberReader(text)
    }

    struct Found: Sendable {
        var range: Range<Int>
        var start: Int
        var end: Int
        var value: Double
        var unit: String
    }

    /// A duration starting at token `index`, or nil.
    func duration(at index: Int) -> Found? {
        guard index < text.count, !text[index].isChrome else { return nil }
        // A fraction of a period: `نصف ساعة`, `ربع قرن`.
        if let fractionForm = text[index].peeledForms.first(where: { NumberWords.word($0.key, .fraction) != nil }),
           let fraction = NumberWords.word(fractionForm.key, .fraction),
           let period = TimeWords.periods.match(at: index + 1, in: text, peel: false), period.value.count == 1 {
            return found(index, peeled: fractionForm.letters, period.range.upperBound, fraction.value, period.value)
        }
        // A count and a period; `بضعة أيام`, `عشرات السنين` at their lower bound.
        if let number = numbers.read(at: index), number.value > 0,
           let period = TimeWords.periods.match(at: number.range.upperBound, in: text, peel: false), period.value.count != 2 {
            var end = period.range.upperBound
            var value = number.value
            if let half = numbers.joinedFraction(at: end) {
                value += half
                end += 1
            }
            return Found(range: index..<end, start: number.start, end: text[end - 1].end,
                         value: value * Self.scale(period.value.period), unit: Self.unit(period.value.period))
        }
        // A dual alone (`يومين`), a singular with a half (`شهر ونصف`) or with `واحد` (`يوما واحدا`),
        // or a singular after `لمدة` (`لمدة أسبوع`).
        for form in text[index].peeledForms {
            guard let period = TimeWords.periodByKey[form.key] else { continue }
            if period.count == 2 {
                return found(index, peeled: form.letters, index + 1, 2, period)
            }
            guard period.count == 1 else { continue }
            if let half = numbers.joinedFraction(at: index + 1) {
                return found(index, peeled: form.letters, index + 2, 1 + half, period)
            }
            if let next = text.key(index + 1), Self.one.contains(next) {
                return found(index, peeled: form.letters, index + 2, 1, period)
            }
            if index > 0, text[index - 1].peeledForms.contains(where: { Self.lengthWords.contains($0.key) }) {
                return found(index, peeled: form.letters, index + 1, 1, period)
            }
        }
        return nil
    }

    private func found(_ index: Int, peeled: Int, _ end: Int, _ count: Double, _ period: TimeWords.PeriodWord) -> Found {
        Found(range: index..<end, start: text.rawStart(of: index, peeling: peeled), end: text[end - 1].end,
              value: count * Self.scale(period.period), unit: Self.unit(period.period))
    }

    static let one: Set<WordKey> = ["واحد", "واحدا", "واحده"]
    /// Words before a bare period that make it a length: `لمدة أسبوع`, `طوال شهر`.
    static let lengthWords: Set<WordKey> = ["مده", "طوال", "طيله", "خلال"]

    static func unit(_ period: TimeWords.Period) -> String {
        switch period {
        case .decade, .century: "year"
        default: period.rawValue
        }
    }

    static func scale(_ period: TimeWords.Period) -> Double {
        switch period {
        case .decade: 10
        case .century: 100
        default: 1
        }
    }
}
