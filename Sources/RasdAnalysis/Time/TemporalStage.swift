import RasdText
/// Finds dates and durations and resolves dates against the publication date: the input's, else
/// the metadata stage's, else one the text states by naming today (`اليوم الخميس 19 تشرين الأول`),
/// else `--published`. Fills `dates` and `durations`.
public struct TemporalStage: Stage {
    public let name = "time"

    public init() {}

    public func run(_ analysis: inout DocumentAnalysis) {
        let text = analysis.sharedGrammarText()
        let (expressions, names) = DateGrammar(text).expressions()

        var published = analysis.input.published ?? analysis.metadata.published
        if published == nil, let today = Self.statedToday(in: expressions) {
            analysis.metadata.published = today.iso
            published = today.iso
        }
        published = published ?? analysis.input.fallbackPublished
        let resolver = TemporalResolver(reference: published.flatMap(CivilDate.init(iso:)))

        var claimed: [Range<Int>] = names
        for expression in expressions {
            let resolution = resolver.resolve(expression)
            analysis.dates.append(DateMention(
                start: expression.start, end: expression.end, text: text.text(expression.start, expression.end),
                value: resolution.value, grain: resolution.value == nil && resolution.grain == nil ? nil : resolution.grain,
                relative: resolution.relative, endValue: resolution.endValue, hijri: resolution.hijri))
            claimed.append(expression.range)
        }
        claimed.sort { $0.lowerBound < $1.lowerBound }
        // A month name inside a date is the date's word, not an entity: `22 أبريل (نيسان)` names no
        // Nissan, `تموز الماضي` no person.
        analysis.entities.removeAll { mention in
            analysis.dates.contains { $0.start <= mention.start && mention.end <= $0.end } && Self.isMonthName(mention.text)
        }

        // Durations in what the dates left.
        let durations = DurationGrammar(text)
        var index = 0
        var next = 0
        while index < text.count {
            while next < claimed.count, claimed[next].upperBound <= index { next += 1 }
            if next < claimed.count, claimed[next].contains(index) {
                index = claimed[next].upperBound
                continue
            }
            if text.mayStartNumber(at: index, window: 2) || text.mayStartDate(at: index, window: 2),
               let found = durations.duration(at: index),
               !claimed.contains(where: { $0.overlaps(found.range) }) {
                analysis.durations.append(DurationMention(start: found.start, end: found.end, text: text.text(found.start, found.end),
                                                          value: found.value, unit: found.unit))
                claimed.append(found.range)
                index = found.range.upperBound
            } else {
                index += 1
            }
        }
        analysis.temporalTokens = claimed.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether a name is a month's (`نيسان`, `تموز`, `ذو الحجة`), at matching level.
    static func isMonthName(_ name: String) -> Bool {
        let words = ArabicNormalizer.matchingKey(name).split(separator: " ").map { WordKey(String($0)) }
        return [CalendarNames.months, CalendarNames.hijriMonths].contains { table in
            words.count == 1 ? table.single[words[0]] != nil : words.count == 2 && table.pair(words[0], words[1]) != nil
        }
    }

    /// The publication day an article gives by naming today with its date: `اليوم الخميس 19 تشرين
    /// الأول`. A missing year is the first, from the latest year the article names, whose calendar
    /// puts that weekday on that day.
    static func statedToday(in expressions: [DateExpression]) -> CivilDate? {
        let latestYear = expressions.compactMap { expression -> Int? in
            if case .calendar(let fields) = expression.form, !fields.hijri { return fields.year }
            return nil
        }.max()
        for expression in expressions.prefix(12) {
            guard case .calendar(let fields) = expression.form, fields.dayOffset == 0, !fields.hijri,
                  let month = fields.month, let day = fields.day else { continue }
            if let year = fields.year { return CivilDate(year: year, month: month, day: day) }
            guard let weekday = fields.weekday, let latestYear else { continue }
            for year in latestYear...(latestYear + 10) {
                if let date = CivilDate(year: year, month: month, day: day), date.weekday == weekday { return date }
            }
        }
        return nil
    }
}
