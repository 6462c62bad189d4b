import RasdText

/// Finds date expressions over grammar tokens, left to right, longest first: calendar dates in every
/// month series and double forms (`19 تشرين الأول/ أكتوبر`, `12 يوليو/ تموز 2025`), numeric and
/// English dates, Hijri dates, relative days and weekdays (`أمس الأربعاء`, `الجمعة الماضية`),
/// periods (`الأسبوع الماضي`), shifts (`قبل ثلاثة أيام`), seasons, decades, times of day, vague
/// stretches (`الأيام الأخيرة`) and intervals (`بين … و…`). Resolution is `TemporalResolver`'s.
struct DateGrammar {
    let text: GrammarText
    let numbers: NumberReader

    init(_ text: GrammarText) {
        self.text = text
        self.numbers = NumberReader(text)
    }

    /// Every date expression, in text order, none overlapping; and the token ranges of names that
    /// hold a date (`ثورة 25 يناير`), which are neither dates nor quantities.
    func expressions() -> (dates: [DateExpression], names: [Range<Int>]) {
        var found: [DateExpression] = []
        var names: [Range<Int>] = []
        var index = 0
        while index < text.count {
            if !text[index].isChrome, text.mayStartDate(at: index), let (first, second) = dayPair(at: index) {
                found.append(first)
                found.append(second)
                index = second.range.upperBound
            } else if !text[index].isChrome, text.mayStartDate(at: index), let expression = interval(at: index) ?? single(at: index) {
                if isInName(expression) {
                    names.append(expression.range)
                } else {
                    var expression = expression
                    if expression.dependsOnTense { expression.future = hasFutureCue(before: expression.range.lowerBound) }
                    found.append(expression)
                }
                index = expression.range.upperBound
            } else {
                index += 1
            }
        }
        return (found, names)
    }

    // MARK: Day pairs

    /// Two days that share a month: `في 17 و25 ديسمبر`, `يومي 17 و18 مارس`: two dates, the first
    /// taking the second's month and year.
    private func dayPair(at index: Int) -> (DateExpression, DateExpression)? {
        // `و25` is two tokens, the conjunction and the digits.
        guard let day = dayNumber(at: index), index + 2 < text.count, text[index + 1].key == "و",
              let second = single(at: index + 2), case .calendar(let fields) = second.form,
              fields.day != nil, fields.month != nil, fields.weekday == nil, fields.dayOffset == nil else { return nil }
        var firstFields = fields
        firstFields.day = day
        firstFields.hour = nil
        firstFields.minute = nil
        let first = make(index, peeled: 0, index + 1, .calendar(firstFields))
        return (first, second)
    }

    // MARK: Intervals

    /// `بين D1 وD2`, `من D1 إلى/حتى D2`, and day ranges sharing a month: `من 5 إلى 7 أكتوبر`.
    private func interval(at index: Int) -> DateExpression? {
        guard let opener = text.key(index) else { return nil }
        let peeled = text[index].peeledForms.map(\.key)
        let isBetween = peeled.contains("بين") || (opener == "ما" && text.key(index + 1) == "بين")
        let isFrom = peeled.contains("من")
        guard isBetween || isFrom else { return nil }
        let firstIndex = index + (opener == "ما" ? 2 : 1)
        let letters = text[index].peeledForms.first { $0.key == "بين" || $0.key == "من" || $0.key == "ما" }?.letters ?? 0
        // Second part: after `و` (glued to the next word or alone) for `بين`, after `إلى`/`حتى`/`-` for `من`.
        func join(after end: Int) -> (next: Int, glued: Bool)? {
            guard let key = text.key(end) else { return nil }
            if isBetween {
                if key == "و" { return (end + 1, false) }
                if key.hasPrefix("و") { return (end, true) }
                return nil
            }
            if key == "الي" || key == "حتي" || key == "-" || key == "–" { return (end + 1, false) }
            return nil
        }
        // A full first date.
        if let first = single(at: firstIndex), let (next, _) = join(after: first.range.upperBound),
           let second = single(at: next) {
            return DateExpression(start: text.rawStart(of: index, peeling: letters), end: second.end,
                                  range: index..<second.range.upperBound, form: .interval(first, second))
        }
        // `بين عامي 2015 و2020`: the dual of «year» before two years.
        if isBetween, let key = text.key(firstIndex), GrammarWords.yearDuals.contains(key),
           let firstYear = yearNumber(at: firstIndex + 1, hijri: false), let (next, _) = join(after: firstIndex + 2),
           let secondYear = yearNumber(at: next, hijri: false) {
            let first = make(firstIndex + 1, peeled: 0, firstIndex + 2, .calendar(CalendarFields(year: firstYear)))
            let second = make(next, peeled: 0, next + 1, .calendar(CalendarFields(year: secondYear)))
            return DateExpression(start: text.rawStart(of: index, peeling: letters), end: second.end,
                                  range: index..<(next + 1), form: .interval(first, second))
        }
        // A bare first part that takes the rest from the second: a day (`من 5 إلى 7 أكتوبر`), an
        // ordinal day (`من الأول إلى الخامس من سبتمبر`), a month (`بين يناير ومارس 2024`).
        var firstEnd = firstIndex + 1
        var firstFields = CalendarFields()
        if let day = dayNumber(at: firstIndex) {
            firstFields.day = day
        } else if let ordinal = numbers.readOrdinal(at: firstIndex), ordinal.value <= 31 {
            firstFields.day = ordinal.value
            firstEnd = ordinal.range.upperBound
        } else if let (month, hijri, after) = monthAt(firstIndex) {
            firstFields.month = month
            firstFields.hijri = hijri
            firstEnd = after
        } else {
            return nil
        }
        guard let (next, _) = join(after: firstEnd),
              let second = single(at: next),
              case .calendar(let fields) = second.form, fields.month != nil else { return nil }
        if firstFields.day != nil {
            guard fields.day != nil else { return nil }
            firstFields.month = fields.month
            firstFields.hijri = fields.hijri
            firstFields.year = nil
        } else {
            guard fields.day == nil, fields.year != nil || fields.direction != nil else { return nil }
        }
        let first = DateExpression(start: text[firstIndex].start, end: text[firstEnd - 1].end,
                                   range: firstIndex..<firstEnd, form: .calendar(firstFields))
        return DateExpression(start: text.rawStart(of: index, peeling: letters), end: second.end,
                              range: index..<second.range.upperBound, form: .interval(first, second))
    }

    // MARK: One expression

    /// The longest single date expression at token `index`.
    func single(at index: Int) -> DateExpression? {
        guard index < text.count, !text[index].isChrome else { return nil }
        if let earlier = TimeWords.earlier.match(at: index, in: text) {
            // `في وقت سابق اليوم`, `في وقت لاحق هذا العام`: the anchor gives the value.
            if let anchor = single(at: earlier.range.upperBound) {
                switch anchor.form {
                case .relativeDay, .period, .calendar, .weekday:
                    return span(from: index, peeled: earlier.peeled, to: anchor, form: anchor.form)
                default: break
                }
            }
            return nil
        }
        if let part = TimeWords.parts.match(at: index, in: text), let inner = single(at: part.range.upperBound) {
            // `مطلع العام`, `منتصف يوليو`, `أواخر 2022`: the part keeps the whole's value.
            return span(from: index, peeled: part.peeled, to: inner, form: inner.form)
        }
        // A word that only leads into a date (`قبل`, `هذا`, `عام`, `يوم`, `الساعة`, `شهر`) opens
        // the expressions that start with such a word; the rest start on an anchor.
        let isAnchor = text.roles[index].contains(.timeAnchor)
        if isAnchor, let found = relativeDay(at: index) { return found }
        if let found = weekdayExpression(at: index) { return found }
        if let found = calendar(at: index) { return found }
        if isAnchor, let found = numericDate(at: index) { return found }
        if let found = periodExpression(at: index) { return found }
        if let found = shifted(at: index) { return found }
        if let found = yearExpression(at: index) { return found }
        guard isAnchor else { return clockTime(at: index) }
        if let found = season(at: index) { return found }
        if let found = decade(at: index) { return found }
        if let found = vagueStretch(at: index) { return found }
        if let found = clockTime(at: index) { return found }
        if let found = bareTime(at: index) { return found }
        return bareYear(at: index)
    }

    /// An expression spanning from token `index` (less `peeled` proclitic letters) to `inner`'s end.
    private func span(from index: Int, peeled: Int, to inner: DateExpression, form: DateExpression.Form) -> DateExpression {
        DateExpression(start: text.rawStart(of: index, peeling: peeled), end: inner.end,
                       range: index..<inner.range.upperBound, form: form)
    }

    private func make(_ index: Int, peeled: Int, _ end: Int, _ form: DateExpression.Form) -> DateExpression {
        DateExpression(start: text.rawStart(of: index, peeling: peeled), end: text[end - 1].end,
                       range: index..<end, form: form)
    }

    // MARK: Relative days and weekdays

    /// `اليوم`, `أمس`, `أول أمس`, `غدا`, `بعد غد`, then an optional weekday and calendar date.
    private func relativeDay(at index: Int) -> DateExpression? {
        guard let day = TimeWords.days.match(at: index, in: text) else { return nil }
        // `عين اليوم`, `روسيا اليوم`: a newspaper or channel named «… today».
        if day.value == 0, index > 0, text[index - 1].peeledForms.contains(where: { Self.todayNames.contains($0.key) }) { return nil }
        // `150 لترا في اليوم`, `مرتين في اليوم`: a rate, not today.
        if day.value == 0, index >= 2, GrammarWords.rateLeads.contains(text[index - 1].key),
           text[index - 2].kind == .number || UnitLexicon.phrases.match(at: index - 2, in: text) != nil
            || (index >= 3 && text[index - 3].kind == .number) {
            return nil
        }
        // `لا أمس ولا اليوم ولا غدًا`: days listed under a negation mean «ever», not a day.
        if text.key(day.range.upperBound) == "ولا" || (index > 0 && GrammarWords.negations.contains(text[index - 1].key)) { return nil }
        var end = day.range.upperBound
        var weekday: Int?
        if let (named, next) = weekdayName(at: end, peel: false) {
            weekday = named
            end = next
        }
        if end < text.count, text[end].key == "،" || text[end].key == ",", weekday == nil,
           case .some(var fields) = calendarFields(at: end + 1).map({ $0 }) {
            // `اليوم، 19 أكتوبر`
            fields.0.dayOffset = day.value
            return make(index, peeled: day.peeled, fields.1, .calendar(fields.0))
        }
        if let (found, next) = calendarFields(at: end) {
            var fields = found
            fields.dayOffset = day.value
            fields.weekday = weekday
            return make(index, peeled: day.peeled, next, .calendar(fields))
        }
        // `اليوم` in `اليوم التالي`, `اليوم الوطني` is not today.
        if weekday == nil, day.value == 0, let next = text.key(end), Self.dayAdjectives.contains(next) || NumberWords.word(next, .ordinal) != nil {
            return nil
        }
        return make(index, peeled: day.peeled, end, .relativeDay(offset: day.value, weekday: weekday))
    }

    /// A weekday name at `index` (`الخميس`, `يوم الخميس`; a bare form without the article only
    /// after `يوم`): its ISO number and the token after it.
    private func weekdayName(at index: Int, peel: Bool) -> (Int, Int)? {
        guard index < text.count, text[index].kind == .word || text[index].kind == .latin else { return nil }
        for form in text[index].peeledForms where peel || form.letters == 0 {
            if form.key == "يوم", let next = text.key(index + 1), let weekday = CalendarNames.weekdays[next] {
                return (weekday, index + 2)
            }
            if form.key.hasPrefix("ال") || text[index].kind == .latin, text[index].key.length > 3,
               let weekday = CalendarNames.weekdays[form.key] {
                return (weekday, index + 1)
            }
        }
        return nil
    }

    /// `الخميس`, `يوم الخميس`, `الجمعة الماضية`, `الخميس 19 تشرين الأول`.
    private func weekdayExpression(at index: Int) -> DateExpression? {
        let forms = text[index].peeledForms
        guard let (weekday, next) = weekdayName(at: index, peel: true) else {
            // `يوم 5 مارس`
            if let yawm = forms.first(where: { $0.key == "يوم" }), let (found, end) = calendarFields(at: index + 1), found.day != nil {
                var fields = found
                fields.weekday = nil
                return make(index, peeled: yawm.letters, end, .calendar(fields))
            }
            return nil
        }
        let peeled = forms.first { $0.key == "يوم" || CalendarNames.weekdays[$0.key] != nil }?.letters ?? 0
        var end = next
        if end < text.count, text[end].key == "،" || text[end].key == ",", let (fields, after) = calendarFields(at: end + 1), fields.day != nil {
            var fields = fields
            fields.weekday = weekday
            return make(index, peeled: peeled, after, .calendar(fields))
        }
        if let (found, after) = calendarFields(at: end), found.day != nil {
            var fields = found
            fields.weekday = weekday
            return make(index, peeled: peeled, after, .calendar(fields))
        }
        // `الخميس 19/10/2023`
        let numericAt = end < text.count && (text[end].key == "،" || text[end].key == ",") ? end + 1 : end
        if let numeric = numericDate(at: numericAt), case .calendar(var fields) = numeric.form {
            fields.weekday = weekday
            return make(index, peeled: peeled, numeric.range.upperBound, .calendar(fields))
        }
        var direction: Int?
        if let match = TimeWords.directions.match(at: end, in: text, peel: false) {
            direction = match.value
            end = match.range.upperBound
        }
        return make(index, peeled: peeled, end, .weekday(weekday, direction: direction))
    }

    // MARK: Calendar dates

    private func calendar(at index: Int) -> DateExpression? {
        guard let (fields, end) = calendarFields(at: index) else { return nil }
        let peeled = calendarPeel(at: index)
        return make(index, peeled: peeled, end, .calendar(fields))
    }

    /// Proclitic letters on the first word of a calendar date (`وفي` is not one; `ويونيو` is).
    private func calendarPeel(at index: Int) -> Int {
        guard text[index].kind == .word else { return 0 }
        for form in text[index].peeledForms where form.letters > 0 {
            if monthName(at: index, key: form.key) != nil || NumberWords.word(form.key, .ordinal) != nil || form.key == "شهر" {
                return form.letters
            }
        }
        return 0
    }

    /// Day, month (either series, double forms), year and time, starting at `index`: at least a
    /// month. Returns the fields and the token after the expression.
    func calendarFields(at index: Int) -> (CalendarFields, Int)? {
        guard index < text.count else { return nil }
        var fields = CalendarFields()
        var position = index
        // Day: digits (`19`, `9th`) or an ordinal with `من` (`الرابع من`).
        if let day = dayNumber(at: position) {
            fields.day = day
            position += 1
            if position < text.count, text[position].kind == .latin, text.touching(position - 1, position),
               GrammarWords.englishOrdinalSuffixes.contains(text[position].key) {
                position += 1
            }
            if position < text.count, text[position].key == "," || text[position].key == "،" { position += 1 }
            if text.key(position) == "من", monthAt(position + 1) != nil { position += 1 }
            if text.key(position) == "من", text.key(position + 1) == "شهر", monthAt(position + 2) != nil { position += 1 }
        } else if let ordinal = numbers.readOrdinal(at: position), ordinal.value <= 31,
                  text.key(ordinal.range.upperBound) == "من" {
            fields.day = ordinal.value
            position = ordinal.range.upperBound + 1
        }
        // `شهر سبتمبر` (`وشهر` too, at the start)
        if position < text.count, monthAt(position + 1) != nil,
           text[position].key == "شهر" || (position == index && text[index].peeledForms.contains { $0.key == "شهر" }) {
            position += 1
        }
        guard let (month, hijri, afterMonth) = monthAt(position) else { return nil }
        fields.month = month
        fields.hijri = hijri
        position = afterMonth
        // English order: `November 9, 2023`.
        if fields.day == nil, text[position - 1].kind == .latin, let day = dayNumber(at: position) {
            fields.day = day
            position += 1
            if position < text.count, text[position].key == "," { position += 1 }
        }
        // Year: `2025`, `من عام 2022`, `من العام الماضي`, with `م`/`هـ`.
        if position < text.count, text[position].key == "," || text[position].key == "،",
           yearNumber(at: position + 1, hijri: hijri) != nil {
            position += 1
        }
        var yearAt = position
        if text.key(position) == "من", let next = text.key(position + 1), TimeWords.yearWords.match(at: position + 1, in: text, peel: false) != nil {
            if yearNumber(at: position + 2, hijri: hijri) != nil {
                yearAt = position + 2
            } else if next.hasPrefix("ال"), let direction = TimeWords.directions.match(at: position + 2, in: text, peel: false) {
                fields.yearOffset = direction.value
                position = direction.range.upperBound
            }
        }
        if fields.yearOffset == nil, let year = yearNumber(at: yearAt, hijri: hijri) {
            fields.year = year
            position = yearAt + 1
            if let era = TimeWords.hijriEras.match(at: position, in: text, peel: false) {
                fields.hijri = fields.hijri || year < 1600
                position = era.range.upperBound
            } else if let key = text.key(position), key == "م" || key == "ميلادي" || key == "ميلاديه" {
                position += 1
            }
        } else if fields.year == nil, fields.yearOffset == nil, fields.day == nil,
                  let direction = TimeWords.directions.match(at: position, in: text, peel: false) {
            fields.direction = direction.value
            position = direction.range.upperBound
        }
        // A month alone needs a cue that it is a date: a day, a year, a direction or a preposition.
        if fields.day == nil, fields.year == nil, fields.direction == nil, fields.yearOffset == nil {
            guard monthStandsAlone(at: index) else { return nil }
        }
        if let (hour, minute, after) = timeOfDay(at: position) {
            fields.hour = hour
            fields.minute = minute
            position = after
        }
        return (fields, position)
    }

    /// A bare month (`في يونيو`, `خلال شهر مايو`) is a date after a preposition or `شهر`; `مارس`
    /// and `ماي` also being verbs or words, nothing else makes one.
    private func monthStandsAlone(at index: Int) -> Bool {
        let forms = text[index].peeledForms
        if forms.contains(where: { $0.key == "شهر" }) { return true }
        if forms.count > 1, forms.contains(where: { $0.letters > 0 && ($0.key.hasPrefix("ب") || monthName(at: index, key: $0.key) != nil) }),
           text[index].key.hasPrefix("ب") || text[index].key.hasPrefix("وب") || text[index].key.hasPrefix("في") {
            return true
        }
        guard index > 0 else { return false }
        let previous = text[index - 1].peeledForms.map(\.key)
        return previous.contains { GrammarWords.monthLeads.contains($0) }
    }

    /// A day of the month in digits: 1–31, at most two digits, not a decimal.
    private func dayNumber(at index: Int) -> Int? {
        guard index < text.count, text[index].kind == .number, let number = DigitNumber(text.literal(index)),
              number.isInteger, !number.hasSeparator, number.integerDigits <= 2, number.value >= 1, number.value <= 31
        else { return nil }
        return Int(number.value)
    }

    /// A year in digits: 1000–2999 Gregorian, 1300–1600 Hijri; four digits.
    private func yearNumber(at index: Int, hijri: Bool) -> Int? {
        guard index < text.count, text[index].kind == .number, let number = DigitNumber(text.literal(index)),
              number.isInteger, !number.hasSeparator, number.integerDigits == 4 else { return nil }
        let year = Int(number.value)
        return (1000...2999).contains(year) ? year : nil
    }

    /// A month name at `index` (one or two words, Gregorian or Hijri), with a double form after it
    /// (`تشرين الأول/ أكتوبر`, `فبراير شباط`) and `كانون 2`-style names: month, Hijri, next token.
    func monthAt(_ index: Int) -> (Int, Bool, Int)? {
        guard index < text.count, text[index].kind == .word || text[index].kind == .latin else { return nil }
        for form in text[index].peeledForms {
            // A peeled proclitic must leave a whole name (`باب` is not `ب` + `آب`).
            if form.letters > 0, form.key.length < 3 { continue }
            guard let (month, hijri, next) = monthName(at: index, key: form.key) else { continue }
            var end = next
            // Double form: `/ أكتوبر`, `- أكتوبر`, `(أكتوبر)`, or the second name right after.
            var probe = end
            if probe < text.count, GrammarWords.doubleMonthJoins.contains(text[probe].key) { probe += 1 }
            if let (second, secondHijri, after) = monthName(at: probe, key: text.key(probe) ?? WordKey()), secondHijri == hijri,
               second == month || probe > end {
                end = after
                if end < text.count, text[end].key == ")" { end += 1 }
            }
            return (month, hijri, end)
        }
        return nil
    }

    /// A month name (Gregorian or Hijri) whose first word's key is `key`, at token `index`.
    private func monthName(at index: Int, key: WordKey) -> (Int, Bool, Int)? {
        guard index < text.count else { return nil }
        if let second = text.key(index + 1), !text[index + 1].lineBreakBefore {
            if let month = CalendarNames.months.pair(key, second) { return (month, false, index + 2) }
            if let month = CalendarNames.hijriMonths.pair(key, second) { return (month, true, index + 2) }
            // `كانون 2`, `تشرين 1`
            if key == "كانون" || key == "تشرين", second == "1" || second == "2" {
                let month = key == "كانون" ? (second == "1" ? 12 : 1) : (second == "1" ? 10 : 11)
                return (month, false, index + 2)
            }
        }
        if let month = CalendarNames.months.single[key] {
            // Short English names (`Mar`, `May`) and Levantine halves need more than themselves.
            if text[index].kind == .latin, key.length <= 3, key != "may" {
                let nearNumber = (index > 0 && text[index - 1].kind == .number)
                    || (index + 1 < text.count && text[index + 1].kind == .number)
                if !nearNumber { return nil }
            }
            if key == "كانون" || key == "تشرين" { return nil }
            return (month, false, index + 1)
        }
        if let month = CalendarNames.hijriMonths.single[key] { return (month, true, index + 1) }
        return nil
    }

    // MARK: Numeric dates

    /// `19/10/2023` (day first), `2023-10-19`, `19-10-2023`, `19.10.2023`, tokens touching; Hijri
    /// as Saudi papers write it (`17/11/1436هـ`, `1436/10/10 هـ`, `19/6/1436`), converted.
    private func numericDate(at index: Int) -> DateExpression? {
        guard index < text.count, text[index].kind == .number else { return nil }
        // One token: `19.10.2023`.
        let dotted = text.literal(index).split(separator: ".")
        if dotted.count == 3, let a = Int(dotted[0]), let b = Int(dotted[1]), let c = Int(dotted[2]), dotted[2].count == 4,
           let (fields, after) = numericFields(day: a, month: b, year: c, after: index + 1) {
            let (timed, end) = withTime(fields, after: after)
            return make(index, peeled: 0, end, .calendar(timed))
        }
        guard index + 4 < text.count, text[index + 2].kind == .number, text[index + 4].kind == .number,
              let separator = text.key(index + 1), GrammarWords.dateSeparators.contains(separator), text.key(index + 3) == separator,
              text.touching(index, index + 1), text.touching(index + 1, index + 2),
              text.touching(index + 2, index + 3), text.touching(index + 3, index + 4),
              let a = Int(text.literal(index)), let b = Int(text.literal(index + 2)), let c = Int(text.literal(index + 4))
        else { return nil }
        let found: (CalendarFields, Int)?
        if text.literal(index).utf8.count == 4 {
            found = numericFields(day: c, month: b, year: a, after: index + 5)
        } else if text.literal(index + 4).utf8.count == 4 {
            found = numericFields(day: a, month: b, year: c, after: index + 5)
        } else {
            found = nil
        }
        guard let (fields, after) = found else { return nil }
        let (timed, end) = withTime(fields, after: after)
        return make(index, peeled: 0, end, .calendar(timed))
    }

    /// A numeric date's fields, and the token after it. Hijri, day first, when `هـ` follows (taken
    /// into the span) or when the year is one of this era's Hijri years (`hijriYears`: no
    /// Gregorian date of news is written 19/6/1436); else Gregorian (`dayFirst`).
    private func numericFields(day: Int, month: Int, year: Int, after index: Int) -> (CalendarFields, Int)? {
        let era = year < 1600 ? TimeWords.hijriEras.match(at: index, in: text, peel: false) : nil
        guard era != nil || Self.hijriYears.contains(year) else { return Self.dayFirst(day, month, year).map { ($0, index) } }
        guard (1...30).contains(day), (1...12).contains(month) else { return nil }
        var fields = CalendarFields(day: day, month: month, year: year)
        fields.hijri = true
        return (fields, era?.range.upperBound ?? index)
    }

    /// Hijri years 1300–1500 (1882–2077): a numeric date with one of them is Hijri.
    static let hijriYears = 1300...1500

    private func withTime(_ fields: CalendarFields, after index: Int) -> (CalendarFields, Int) {
        guard let (hour, minute, end) = timeOfDay(at: index) else { return (fields, index) }
        var fields = fields
        fields.hour = hour
        fields.minute = minute
        return (fields, end)
    }

    /// Day-first numbers as a valid date, else month-first when only that is valid (`10/19/2023`).
    static func dayFirst(_ a: Int, _ b: Int, _ year: Int) -> CalendarFields? {
        guard (1000...2999).contains(year) else { return nil }
        if HeaderDate.isValid(year: year, month: b, day: a) { return CalendarFields(day: a, month: b, year: year) }
        if HeaderDate.isValid(year: year, month: a, day: b) { return CalendarFields(day: b, month: a, year: year) }
        return nil
    }

    // MARK: Times of day

    /// `16:02`, `الساعة 16:02`, `الساعة 4 مساء`, `الساعة الرابعة عصرا`, `4 مساء`: hour, minute, next
    /// token. After a date a lead-in (`-`, `،`, `الساعة`, `في`) may come first. A bare number is an
    /// hour only with a colon and minutes, a clock word before it or a part of the day after it.
    func timeOfDay(at index: Int) -> (Int, Int?, Int)? {
        var position = index
        if position < text.count, GrammarWords.timeLeadIns.contains(text[position].key) { position += 1 }
        if text.key(position) == "في" { position += 1 }
        var sawClock = false
        if let clock = TimeWords.clock.match(at: position, in: text) {
            position = clock.range.upperBound
            sawClock = true
        }
        guard position < text.count else { return nil }
        var hour: Int?
        var minute: Int?
        if text[position].kind == .number, let h = Int(text.literal(position)), h <= 24 {
            if position + 2 < text.count, text[position + 1].key == ":", text.touching(position, position + 1),
               text.touching(position + 1, position + 2), let m = Int(text.literal(position + 2)), m < 60,
               text.literal(position + 2).utf8.count == 2 {
                hour = h
                minute = m
                position += 3
            } else if sawClock {
                hour = h
                position += 1
            } else if h <= 12, let part = TimeWords.hourParts.match(at: position + 1, in: text, peel: false),
                      text[position + 1].key.length >= 3, part.range.count == 1 {
                hour = h
                position += 1
            }
        } else if sawClock, let ordinal = numbers.readOrdinal(at: position), ordinal.value <= 12 {
            hour = ordinal.value
            position = ordinal.range.upperBound
        }
        guard var resolvedHour = hour else { return nil }
        if let part = TimeWords.hourParts.match(at: position, in: text, peel: false), resolvedHour <= 12 {
            if part.value == 12, resolvedHour < 12 { resolvedHour += 12 }
            if part.value == 0, resolvedHour == 12 { resolvedHour = 0 }
            position = part.range.upperBound
        }
        return (resolvedHour % 24, minute, position)
    }

    /// `الساعة 16:02` with no date: on the publication day.
    private func clockTime(at index: Int) -> DateExpression? {
        guard let clock = TimeWords.clock.match(at: index, in: text), let (hour, minute, end) = timeOfDay(at: index),
              end > clock.range.upperBound else { return nil }
        return timeExpression(index, peeled: clock.peeled, hour: hour, minute: minute, end: end)
    }

    /// `4 مساء`, `16:30`: a time with no clock word, by its hour part or its colon.
    private func bareTime(at index: Int) -> DateExpression? {
        guard index < text.count, text[index].kind == .number, let hour = Int(text.literal(index)), hour <= 24 else { return nil }
        if index + 2 < text.count, text[index + 1].key == ":", text.touching(index, index + 1), text.touching(index + 1, index + 2),
           text.literal(index + 2).utf8.count == 2, let (h, m, end) = timeOfDay(at: index) {
            return timeExpression(index, peeled: 0, hour: h, minute: m, end: end)
        }
        guard hour <= 12, let part = TimeWords.hourParts.match(at: index + 1, in: text, peel: false),
              text[index + 1].key.length >= 3, let (h, m, end) = timeOfDay(at: index), end == part.range.upperBound
        else { return nil }
        return timeExpression(index, peeled: 0, hour: h, minute: m, end: end)
    }

    /// A time, and the day after it when one is named: `الساعة الرابعة مساء اليوم`, `مساء أمس`.
    private func timeExpression(_ index: Int, peeled: Int, hour: Int, minute: Int?, end: Int) -> DateExpression {
        if let day = TimeWords.days.match(at: end, in: text, peel: false) {
            return make(index, peeled: peeled, day.range.upperBound, .time(hour: hour, minute: minute, dayOffset: day.value))
        }
        return make(index, peeled: peeled, end, .time(hour: hour, minute: minute, dayOffset: 0))
    }

    // MARK: Periods, shifts, years, seasons, decades, vague stretches

    /// `الأسبوع الماضي`, `الشهر المقبل`, `العام الجاري`, `هذا العام`, `هذه السنة`.
    private func periodExpression(at index: Int) -> DateExpression? {
        if let this = TimeWords.this.match(at: index, in: text), let (period, next) = definitePeriod(at: this.range.upperBound) {
            return make(index, peeled: this.peeled, next, .period(period, offset: 0))
        }
        for form in text[index].peeledForms {
            guard let period = TimeWords.definitePeriod(form.key), period.count == 1,
                  [.week, .month, .year].contains(period.period),
                  let direction = TimeWords.directions.match(at: index + 1, in: text, peel: false) else { continue }
            return make(index, peeled: form.letters, direction.range.upperBound, .period(period.period, offset: direction.value))
        }
        return nil
    }

    private func definitePeriod(at index: Int) -> (TimeWords.Period, Int)? {
        guard let key = text.key(index), let period = TimeWords.definitePeriod(key), period.count == 1,
              [.day, .week, .month, .year].contains(period.period) else { return nil }
        return (period.period, index + 1)
    }

    /// `قبل ثلاثة أيام`, `قبل يومين`, `قبل أسبوع`, `قبل نحو عام`, `منذ شهرين`, `بعد أسبوعين`.
    private func shifted(at index: Int) -> DateExpression? {
        let sign: Int
        let peeled: Int
        if let ago = TimeWords.ago.match(at: index, in: text) {
            sign = -1
            peeled = ago.peeled
        } else if let later = TimeWords.later.match(at: index, in: text) {
            sign = 1
            peeled = later.peeled
        } else {
            return nil
        }
        var position = index + 1
        if let hedge = QuantityPhrases.before.match(at: position, in: text, peel: false), hedge.value == "approx" {
            position = hedge.range.upperBound
        }
        var count = 1.0
        if let number = numbers.read(at: position), number.kind == .cardinal {
            count = number.value
            position = number.range.upperBound
            guard let period = TimeWords.periods.match(at: position, in: text, peel: false), period.value.count != 2 else { return nil }
            return make(index, peeled: peeled, period.range.upperBound, .shifted(count: count, period.value.period, sign: sign))
        }
        guard let period = TimeWords.periods.match(at: position, in: text, peel: false), period.value.count != 0,
              period.value.period != .decade, period.value.period != .century else { return nil }
        count = Double(period.value.count)
        var end = period.range.upperBound
        if let half = numbers.joinedFraction(at: end) {
            count += half
            end += 1
        }
        // `قبل ساعة` is too close to call a date; `بعد يوم` of an event is not one either.
        guard period.value.period != .hour, period.value.period != .minute, sign < 0 || period.value.count == 2 else { return nil }
        return make(index, peeled: peeled, end, .shifted(count: count, period.value.period, sign: sign))
    }

    /// `عام 2019`, `العام 2019`, `سنة 2019`.
    private func yearExpression(at index: Int) -> DateExpression? {
        guard let word = TimeWords.yearWords.match(at: index, in: text), let year = yearNumber(at: word.range.upperBound, hijri: false)
        else { return nil }
        var end = word.range.upperBound + 1
        var fields = CalendarFields(year: year)
        if let era = TimeWords.hijriEras.match(at: end, in: text, peel: false) {
            fields.hijri = true
            end = era.range.upperBound
        } else if let key = text.key(end), key == "م" || key == "ميلادي" || key == "ميلاديه" {
            end += 1
        }
        return make(index, peeled: word.peeled, end, .calendar(fields))
    }

    /// A year alone, 1900–2099, when no counted noun or multiplier follows (`في 2019`, `2022 وحده`).
    private func bareYear(at index: Int) -> DateExpression? {
        guard let year = yearNumber(at: index, hijri: false), (1900...2099).contains(year) else { return nil }
        // Glued to a word (`G2020`), not to a lone conjunction (`و2023`).
        if index > 0, text.touching(index - 1, index), text[index - 1].kind != .punctuation,
           !(text[index - 1].kind == .word && text[index - 1].key.length == 1) { return nil }
        if index > 0, GrammarWords.digitJoins.contains(text[index - 1].key), index > 1, text[index - 2].kind == .number { return nil }
        if let next = text.key(index + 1) {
            if NumberWords.word(next, among: [.multiplier, .plural, .dual]) != nil { return nil }
            if UnitLexicon.phrases.match(at: index + 1, in: text, peel: false) != nil { return nil }
            if text[index + 1].kind == .number { return nil }
            if GrammarWords.yearJoins.contains(next), text.touching(index, index + 1),
               index + 2 < text.count, text[index + 2].kind == .number, text.touching(index + 1, index + 2) { return nil }
        }
        if let previous = index > 0 ? text[index - 1].key : nil, GrammarWords.numberSigns.contains(previous) { return nil }
        if QuantityGrammar.isAfterLabel(index, in: text) { return nil }
        // A hedge before a number makes it a count: `أكثر من 2000`; `حتى 2030` stays a year.
        if let hedge = QuantityPhrases.before.match(endingBefore: index, in: text),
           !(hedge.range.count == 1 && text[hedge.range.lowerBound].peeledForms.contains { $0.key == "حتي" }) { return nil }
        return make(index, peeled: 0, index + 1, .calendar(CalendarFields(year: year)))
    }

    /// `صيف 2024`, `الصيف الماضي`, `شتاء العام الماضي`.
    private func season(at index: Int) -> DateExpression? {
        for form in text[index].peeledForms {
            let bare = form.key.hasPrefix("ال") ? form.key.dropping(2) : form.key
            guard let first = TimeWords.seasons.match(at: index, in: text)?.value ?? seasonMonth(bare) else { continue }
            if let year = yearNumber(at: index + 1, hijri: false) {
                return make(index, peeled: form.letters, index + 2, .season(firstMonth: first, year: year, direction: nil))
            }
            if form.key.hasPrefix("ال"), let direction = TimeWords.directions.match(at: index + 1, in: text, peel: false) {
                return make(index, peeled: form.letters, direction.range.upperBound, .season(firstMonth: first, year: nil, direction: direction.value))
            }
            if let word = TimeWords.yearWords.match(at: index + 1, in: text, peel: false), let year = yearNumber(at: word.range.upperBound, hijri: false) {
                return make(index, peeled: form.letters, word.range.upperBound + 1, .season(firstMonth: first, year: year, direction: nil))
            }
            return nil
        }
        return nil
    }

    private func seasonMonth(_ key: WordKey) -> Int? {
        Self.seasonStarts[key]
    }

    /// `التسعينيات`, `تسعينيات القرن الماضي`, `الثمانينيات من القرن العشرين`.
    private func decade(at index: Int) -> DateExpression? {
        guard let decade = TimeWords.decades.match(at: index, in: text) else { return nil }
        var end = decade.range.upperBound
        var century = 1900
        if let year = yearNumber(at: end, hijri: false) {
            return make(index, peeled: decade.peeled, end + 1, .decade(year / 10 * 10))
        }
        if text.key(end) == "من" { end += 1 }
        if text.key(end) == "القرن" {
            if let next = text.key(end + 1), next == "الماضي" || next == "العشرين" {
                end += 2
            } else if text.key(end + 1) == "الحالي" || text.key(end + 1) == "الحادي" {
                century = 2000
                end += text.key(end + 1) == "الحادي" && text.key(end + 2) == "والعشرين" ? 3 : 2
            } else {
                end = decade.range.upperBound
            }
        } else {
            end = decade.range.upperBound
        }
        guard decade.value != 0 || century == 2000 || end > decade.range.upperBound else {
            return nil  // `الألفية` alone is not a date
        }
        return make(index, peeled: decade.peeled, end, .decade(century + decade.value))
    }

    /// `الأيام الأخيرة`, `الأسابيع الماضية`, `الساعات الماضية`, `الأيام القليلة المقبلة`,
    /// `العامين الأخيرين`: found, with no one value.
    private func vagueStretch(at index: Int) -> DateExpression? {
        for form in text[index].peeledForms {
            guard let period = TimeWords.definitePeriod(form.key), period.count != 1,
                  let modifier = TimeWords.vague.match(at: index + 1, in: text, peel: false) else { continue }
            return make(index, peeled: form.letters, modifier.range.upperBound, .vague)
        }
        return nil
    }

    // MARK: Guards

    /// Names that contain a date: `ملعب الأول من مايو`, `ثورة 25 يناير`, `استاد 30 يونيو`: a day and
    /// month right after a word that heads names of places, movements and institutions.
    private func isInName(_ expression: DateExpression) -> Bool {
        guard case .calendar(let fields) = expression.form, fields.day != nil, fields.weekday == nil,
              fields.dayOffset == nil else { return false }
        var index = expression.range.lowerBound - 1
        while index >= 0, GrammarWords.openingQuotes.contains(text[index].key) { index -= 1 }
        guard index >= 0 else { return false }
        let key = text[index].peeledForms.last?.key ?? text[index].key
        return Self.nameHeads.contains(key.hasPrefix("ال") ? key.dropping(2) : key)
    }

    /// Words before `اليوم` in the names of outlets and programmes.
    static let todayNames: Set<WordKey> = ["عين", "روسيا", "مصر", "المغرب", "الجزاير", "تونس", "صحيفه", "جريده", "قناه", "موقع", "برنامج"]

    /// Adjectives after `اليوم` that make it «the day» of something, not today.
    static let dayAdjectives: Set<WordKey> = [
        "التالي", "الوطني", "العالمي", "الدولي", "الاخير", "السابق", "الموعود", "المحدد", "نفسه", "ذاته", "المفتوح",
        "الدراسي", "الواحد", "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الختامي", "الافتتاحي",
    ]

    static let seasonStarts: [WordKey: Int] = ["شتاء": 12, "ربيع": 3, "صيف": 6, "خريف": 9]

    static let nameHeads: Set<WordKey> = [
        "ملعب", "استاد", "ستاد", "شارع", "ساحه", "ميدان", "جسر", "ثوره", "انتفاضه", "حركه", "تيار", "مستشفي",
        "مدرسه", "جامعه", "كليه", "مطار", "قاعده", "معسكر", "نادي", "مسجد", "حديقه", "جايزه", "مهرجان", "ايتلاف",
        "مدينه", "كوبري", "محور", "نفق",
    ]

    /// `سوف`, `المقرر`, `المتوقع`, or a verb with the future `س` (`سيزور`, `ستعقد`) shortly before.
    private func hasFutureCue(before index: Int) -> Bool {
        var position = index - 1
        var seen = 0
        while position >= 0, seen < 6 {
            let token = text[position]
            if token.key == "." || token.key == "؟" || token.lineBreakBefore && seen > 0 { break }
            for form in token.peeledForms {
                if Self.futureWords.contains(form.key) { return true }
                let key = form.key
                if key.length >= 5, key.length < 16, key.has("س", at: 0),
                   key.has("ي", at: 1) || key.has("ت", at: 1) || key.has("ن", at: 1) || key.has("ا", at: 1),
                   !Self.notFutureVerbs.contains(key), !KnownWords.shared.isFunctionWord(key.description) {
                    return true
                }
            }
            position -= 1
            seen += 1
        }
        return false
    }

    static let futureWords: Set<WordKey> = ["سوف", "المقرر", "المتوقع", "المزمع", "المرتقب", "يعتزم", "تعتزم", "يتوقع", "ستعقد", "المقبل"]
    static let notFutureVerbs: Set<WordKey> = [
        "سياسه", "سياسي", "سياسيه", "سياسات", "سيارات", "سياره", "ستين", "سنوات", "سنتين", "سيطره", "سيناريو",
        "سياق", "ستالين", "سيول", "سيناء", "سنغافوره", "سيبيريا", "ستوكهولم", "سيرغي", "سيرجي", "سياحه", "سياحي",
        "سياديه", "سيادي", "سيادتها", "سيادته", "سيدات", "سنويا", "سنويه", "ستراتيجيه", "سيسي", "سيول",
        "سييول", "سييه", "سيارته", "سياسته", "سياستها", "سنوات", "سنين", "سنوي", "سيناتور", "سينما",
    ]
}

extension DateExpression {
    /// Whether the tense around it decides the value: a weekday or a month named alone.
    var dependsOnTense: Bool {
        switch form {
        case .weekday(_, let direction): direction == nil
        case .calendar(let fields): fields.year == nil && fields.direction == nil && fields.yearOffset == nil && fields.dayOffset == nil
        default: false
        }
    }
}
