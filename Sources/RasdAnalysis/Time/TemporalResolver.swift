/// Turns date expressions into calendar values against a document's publication date: `أمس` on
/// 2023-10-19 is 2023-10-18, `الأسبوع الماضي` is 2023-W41, `سبتمبر الماضي` is 2023-09. With no
/// publication date a relative expression keeps its grain and gets no value.
struct TemporalResolver: Sendable {
    /// The publication day, if known.
    let reference: CivilDate?

    /// A resolved value: ISO text at a grain, an interval's end, the Hijri date as written.
    struct Resolution: Sendable, Equatable {
        var value: String?
        var grain: String?
        var relative: Bool
        var endValue: String?
        var hijri: String?
    }

    func resolve(_ expression: DateExpression) -> Resolution {
        switch expression.form {
        case .calendar(let fields):
            return calendar(fields, future: expression.future)
        case .relativeDay(let offset, _):
            return Resolution(value: reference?.adding(days: offset).iso, grain: "day", relative: true)
        case .weekday(let weekday, let direction):
            guard let reference else { return Resolution(value: nil, grain: "day", relative: true) }
            return Resolution(value: Self.weekday(weekday, from: reference, direction: direction, future: expression.future).iso,
                              grain: "day", relative: true)
        case .period(let period, let offset):
            return periodValue(period, offset: offset)
        case .shifted(let count, let period, let sign):
            return shifted(count: count, period: period, sign: sign)
        case .season(let firstMonth, let year, let direction):
            return season(firstMonth: firstMonth, year: year, direction: direction)
        case .decade(let first):
            return Resolution(value: CivilDate.pad(first, 4), grain: "year", relative: false, endValue: CivilDate.pad(first + 9, 4))
        case .vague:
            return Resolution(value: nil, grain: nil, relative: true)
        case .time(let hour, let minute, let dayOffset):
            let grain = minute == nil ? "hour" : "minute"
            guard let reference else { return Resolution(value: nil, grain: grain, relative: true) }
            return Resolution(value: Self.timed(reference.adding(days: dayOffset).iso, hour: hour, minute: minute),
                              grain: grain, relative: true)
        case .interval(var first, let second):
            if case .calendar(var a) = first.form, case .calendar(let b) = second.form, a.year == nil, a.yearOffset == nil,
               let year = b.year {
                // `من 28 ديسمبر إلى 3 يناير 2024`: the first part is in the year before when it
                // would otherwise come after the second.
                let later = (a.month ?? 0, a.day ?? 0) > (b.month ?? 0, b.day ?? 0)
                a.year = later ? year - 1 : year
                if a.hijri == false { a.hijri = b.hijri }
                first.form = .calendar(a)
            }
            let start = resolve(first)
            let end = resolve(second)
            return Resolution(value: start.value, grain: start.grain, relative: start.relative || end.relative,
                              endValue: end.value, hijri: start.hijri)
        }
    }

    // MARK: Calendar dates

    private func calendar(_ fields: CalendarFields, future: Bool) -> Resolution {
        if fields.hijri { return hijriDate(fields) }
        guard let month = fields.month else {
            // A year alone.
            guard let year = fields.year else { return Resolution(value: nil, grain: nil, relative: true) }
            return Resolution(value: CivilDate.pad(year, 4), grain: "year", relative: false)
        }
        let grain = fields.day == nil ? "month" : fields.minute != nil ? "minute" : fields.hour != nil ? "hour" : "day"
        var year = fields.year
        var relative = false
        if year == nil {
            relative = true
            guard let reference else { return Resolution(value: nil, grain: grain, relative: true) }
            if let offset = fields.yearOffset {
                year = reference.year + offset
            } else if let day = fields.day {
                if let offset = fields.dayOffset {
                    let anchored = reference.adding(days: offset)
                    year = anchored.month == month && anchored.day == day ? anchored.year : Self.nearestYear(month: month, day: day, to: reference)
                } else {
                    year = Self.nearestYear(month: month, day: day, to: reference)
                }
            } else {
                year = Self.monthYear(month, direction: fields.direction, future: future, reference: reference)
            }
        }
        guard let year else { return Resolution(value: nil, grain: grain, relative: relative) }
        guard let day = fields.day else {
            return Resolution(value: "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))", grain: "month", relative: relative)
        }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            return Resolution(value: nil, grain: grain, relative: relative)
        }
        return Resolution(value: Self.timed(date.iso, hour: fields.hour, minute: fields.minute), grain: grain, relative: relative)
    }

    private func hijriDate(_ fields: CalendarFields) -> Resolution {
        var year = fields.year
        var relative = false
        if year == nil, let reference, let today = HijriCalendar.hijri(of: reference), let month = fields.month {
            // The nearest such Hijri month: this Hijri year, or the one before when it is still ahead.
            year = month <= today.month + 1 ? today.year : today.year - 1
            relative = true
        }
        guard let year else { return Resolution(value: nil, grain: fields.day == nil ? "month" : "day", relative: true) }
        let label = [CivilDate.pad(year, 4), fields.month.map { CivilDate.pad($0, 2) }, fields.day.map { CivilDate.pad($0, 2) }]
            .compactMap { $0 }.joined(separator: "-")
        if let month = fields.month, let day = fields.day {
            let date = HijriCalendar.gregorian(year: year, month: month, day: day)
            return Resolution(value: date?.iso, grain: "day", relative: relative, hijri: label)
        }
        // A Hijri month or year spans Gregorian days across months: its first and last day.
        let firstMonth = fields.month ?? 1
        let lastMonth = fields.month ?? 12
        let first = HijriCalendar.gregorian(year: year, month: firstMonth, day: 1)
        let next = lastMonth == 12
            ? HijriCalendar.gregorian(year: year + 1, month: 1, day: 1)
            : HijriCalendar.gregorian(year: year, month: lastMonth + 1, day: 1)
        return Resolution(value: first?.iso, grain: "day", relative: relative, endValue: next?.adding(days: -1).iso, hijri: label)
    }

    /// The year that puts day/month nearest the reference (the earlier on a tie).
    static func nearestYear(month: Int, day: Int, to reference: CivilDate) -> Int? {
        var best: (year: Int, distance: Int)?
        for year in [reference.year - 1, reference.year, reference.year + 1] {
            guard let date = CivilDate(year: year, month: month, day: day) else { continue }
            let distance = abs(date.daysSinceEpoch - reference.daysSinceEpoch)
            if best == nil || distance < best!.distance { best = (year, distance) }
        }
        return best?.year
    }

    /// A month named without its year: the latest on or before the reference's month (`الماضي`:
    /// strictly before; `المقبل` or a future cue: the next one on or after, strictly after for `المقبل`).
    static func monthYear(_ month: Int, direction: Int?, future: Bool, reference: CivilDate) -> Int {
        switch direction {
        case .some(-1): return month < reference.month ? reference.year : reference.year - 1
        case .some(1): return month > reference.month ? reference.year : reference.year + 1
        case .some(0): return reference.year
        default:
            if future { return month >= reference.month ? reference.year : reference.year + 1 }
            return month <= reference.month ? reference.year : reference.year - 1
        }
    }

    /// A weekday relative to the reference: the latest on or before it; `الماضي` strictly before;
    /// `المقبل` or a future cue strictly after.
    static func weekday(_ weekday: Int, from reference: CivilDate, direction: Int?, future: Bool) -> CivilDate {
        let back = (reference.weekday - weekday + 7) % 7
        if direction == 1 || (direction == nil && future) {
            let ahead = (weekday - reference.weekday + 7) % 7
            return reference.adding(days: ahead == 0 ? 7 : ahead)
        }
        if direction == -1 { return reference.adding(days: back == 0 ? -7 : -back) }
        return reference.adding(days: -back)
    }

    static func timed(_ date: String, hour: Int?, minute: Int?) -> String {
        guard let hour else { return date }
        guard let minute else { return "\(date)T\(CivilDate.pad(hour, 2)):00" }
        return "\(date)T\(CivilDate.pad(hour, 2)):\(CivilDate.pad(minute, 2))"
    }

    // MARK: Periods, shifts, seasons

    private func periodValue(_ period: TimeWords.Period, offset: Int) -> Resolution {
        let grain: String
        switch period {
        case .day: grain = "day"
        case .week: grain = "week"
        case .month: grain = "month"
        default: grain = "year"
        }
        guard let reference else { return Resolution(value: nil, grain: grain, relative: true) }
        switch period {
        case .day:
            return Resolution(value: reference.adding(days: offset).iso, grain: grain, relative: true)
        case .week:
            let week = reference.adding(days: 7 * offset).isoWeek
            return Resolution(value: "\(CivilDate.pad(week.year, 4))-W\(CivilDate.pad(week.week, 2))", grain: grain, relative: true)
        case .month:
            let month = reference.adding(months: offset)
            return Resolution(value: "\(CivilDate.pad(month.year, 4))-\(CivilDate.pad(month.month, 2))", grain: grain, relative: true)
        default:
            return Resolution(value: CivilDate.pad(reference.year + offset, 4), grain: grain, relative: true)
        }
    }

    private func shifted(count: Double, period: TimeWords.Period, sign: Int) -> Resolution {
        let whole = count == count.rounded()
        let grain: String
        switch period {
        case .day, .week, .hour, .minute: grain = "day"
        case .month: grain = whole ? "month" : "day"
        default: grain = whole ? "year" : "day"
        }
        // A shift beyond the calendars news dates in (`قبل مليون سنة`) has no ISO value worth giving.
        guard let reference, count <= 3000 else { return Resolution(value: nil, grain: grain, relative: true) }
        let n = Int(count.rounded())
        let date: CivilDate
        switch period {
        case .day: date = reference.adding(days: sign * Int((count).rounded()))
        case .week: date = reference.adding(days: sign * Int((count * 7).rounded()))
        case .month: date = whole ? reference.adding(months: sign * n) : reference.adding(days: sign * Int((count * 30).rounded()))
        case .year: date = whole ? reference.adding(months: sign * 12 * n) : reference.adding(days: sign * Int((count * 365).rounded()))
        default: date = reference
        }
        guard date.year >= 1 else { return Resolution(value: nil, grain: grain, relative: true) }
        switch grain {
        case "month": return Resolution(value: "\(CivilDate.pad(date.year, 4))-\(CivilDate.pad(date.month, 2))", grain: grain, relative: true)
        case "year": return Resolution(value: CivilDate.pad(date.year, 4), grain: grain, relative: true)
        default: return Resolution(value: date.iso, grain: grain, relative: true)
        }
    }

    /// A season as its three months; winter is December of the year before to February.
    private func season(firstMonth: Int, year: Int?, direction: Int?) -> Resolution {
        var startYear: Int?
        if let year {
            startYear = firstMonth == 12 ? year - 1 : year
        } else if let reference, let direction {
            // Seasons by start index (year * 12 + month - 1); pick the latest ended, the current or the next.
            let referenceIndex = reference.year * 12 + reference.month - 1
            var candidate = (reference.year + 1) * 12 + firstMonth - 1
            while candidate > referenceIndex + 12 { candidate -= 12 }
            let starts = [candidate - 24, candidate - 12, candidate, candidate + 12]
            let chosen: Int?
            switch direction {
            case -1: chosen = starts.last { $0 + 2 < referenceIndex }
            case 1: chosen = starts.first { $0 > referenceIndex }
            default: chosen = starts.first { $0 <= referenceIndex && referenceIndex <= $0 + 2 } ?? starts.first { $0 > referenceIndex }
            }
            startYear = chosen.map { $0 / 12 }
        }
        guard let startYear else { return Resolution(value: nil, grain: "month", relative: year == nil) }
        let start = CivilDate(year: startYear, month: firstMonth, day: 1)!
        let end = start.adding(months: 2)
        return Resolution(value: "\(CivilDate.pad(start.year, 4))-\(CivilDate.pad(start.month, 2))", grain: "month",
                          relative: year == nil, endValue: "\(CivilDate.pad(end.year, 4))-\(CivilDate.pad(end.month, 2))")
    }
}
