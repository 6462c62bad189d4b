import RasdText

/// Reads the dates news pages print in headers and footers — `الخميس 14 آذار/مارس 2024`, `9th, November
/// 2023 GMT`, `2024-03-14 09:30`, `١٤/٠٣/٢٠٢٤` — in any digit system and month series; only valid dates.
///
///     HeaderDateParser.parse(Array("آخر تحديث: 10 أكتوبر 2025 - 16:02".unicodeScalars)[...])?.iso
///     // "2025-10-10T16:02"
public enum HeaderDateParser {
    /// The first date in the scalars, wherever it stands (after a cue such as `تاريخ النشر:`).
    public static func parse(_ scalars: ArraySlice<Unicode.Scalar>) -> HeaderDate? {
        let tokens = DateTokens(scalars).tokens
        for start in tokens.indices {
            if let found = match(tokens, at: start) { return found.date }
        }
        return nil
    }

    /// The date when the scalars are a date line and nothing else: a date with, at most, a weekday
    /// before it, a time after it, separators, `GMT`/`UTC` or `م` (AD). `الخميس 14 مارس 2024`
    /// is a date line; `وصل الوفد في 14 مارس 2024` is not.
    public static func parseLine(_ scalars: ArraySlice<Unicode.Scalar>) -> HeaderDate? {
        let tokens = DateTokens(scalars).tokens
        let hijri = hijriDates(tokens)
        var start = 0
        // Leading weekday, `يوم`, separators, a Hijri date.
        while start < tokens.count, tokens[start].isLeadingFiller || hijri[start] { start += 1 }
        guard start < tokens.count, let found = match(tokens, at: start) else { return nil }
        guard tokens.indices[found.next...].allSatisfy({ tokens[$0].isTrailingFiller || hijri[$0] }) else { return nil }
        return found.date
    }

    /// Which tokens belong to a Hijri date printed beside the Gregorian one (`15 رمضان 1445 هـ`),
    /// or to the `الموافق` ("corresponding to") that joins them.
    private static func hijriDates(_ tokens: [DateToken]) -> [Bool] {
        var marks = [Bool](repeating: false, count: tokens.count)
        for (index, token) in tokens.enumerated() {
            if case .word(let key) = token.kind, key == "الموافق" || key == "موافق" { marks[index] = true }
            guard case .number(_, let digits, false) = token.kind, digits <= 2 else { continue }
            var next = index + 1
            guard next < tokens.count, case .word(let first) = tokens[next].kind else { continue }
            if next + 1 < tokens.count, case .word(let second) = tokens[next + 1].kind,
               HijriMonthNames.month(forKey: first + " " + second) != nil {
                next += 2
            } else if HijriMonthNames.month(forKey: first) != nil {
                next += 1
            } else {
                continue
            }
            guard next < tokens.count, case .number(let year, 4, false) = tokens[next].kind,
                  (1300...1600).contains(year) else { continue }
            next += 1
            if next < tokens.count, tokens[next].kind == .word("ه") { next += 1 }
            for covered in index..<next { marks[covered] = true }
        }
        return marks
    }

    // MARK: - Grammar

    private struct Found {
        var date: HeaderDate
        /// Index of the first token after the date (and its time).
        var next: Int
    }

    private static func match(_ tokens: [DateToken], at start: Int) -> Found? {
        guard let found = numericDate(tokens, at: start) ?? dayMonthYear(tokens, at: start)
            ?? monthDayYear(tokens, at: start) else { return nil }
        return withTime(found, tokens)
    }

    /// `2024-03-14`, `2024/03/14`, `14/03/2024`, `14-03-2024`, `14.03.2024`: day first, as Arabic
    /// pages write it, unless only month first makes a date (`03/14/2024`).
    private static func numericDate(_ tokens: [DateToken], at start: Int) -> Found? {
        guard start + 4 < tokens.count,
              case .number(let a, let aDigits, false) = tokens[start].kind,
              case .separator(let separator) = tokens[start + 1].kind,
              separator == "/" || separator == "-" || separator == "." || separator == "\u{2010}",
              case .number(let b, let bDigits, false) = tokens[start + 2].kind,
              case .separator(let again) = tokens[start + 3].kind, again == separator,
              case .number(let c, let cDigits, false) = tokens[start + 4].kind,
              bDigits <= 2 else { return nil }
        var year: Int, month: Int, day: Int
        if aDigits == 4 && cDigits <= 2 {
            (year, month, day) = (a, b, c)
        } else if cDigits == 4 && aDigits <= 2 {
            (year, month, day) = (c, b, a)
            if month > 12 && day <= 12 { (month, day) = (day, month) }
        } else {
            return nil
        }
        guard let date = makeDate(year, month, day, tokens, start, start + 5) else { return nil }
        return Found(date: date, next: start + 5)
    }

    /// `25 يوليو 2025`, `9th, November 2023`, `14 آذار/مارس 2024`, `19 تشرين الأول/ أكتوبر 2023`.
    private static func dayMonthYear(_ tokens: [DateToken], at start: Int) -> Found? {
        guard start < tokens.count, case .number(let day, let dayDigits, _) = tokens[start].kind,
              dayDigits <= 2 else { return nil }
        var index = skipCommas(tokens, from: start + 1)
        if index < tokens.count, tokens[index].kind == .word("من") { index += 1 }
        guard let (month, afterMonth) = monthName(tokens, at: index) else { return nil }
        let yearIndex = skipCommas(tokens, from: afterMonth)
        guard let year = year(tokens, at: yearIndex),
              let date = makeDate(year, month, day, tokens, start, yearIndex + 1) else { return nil }
        return Found(date: date, next: yearIndex + 1)
    }

    /// `March 14, 2024`, `November 9th, 2023`, `أكتوبر 19، 2023`.
    private static func monthDayYear(_ tokens: [DateToken], at start: Int) -> Found? {
        guard let (month, afterMonth) = monthName(tokens, at: start) else { return nil }
        let dayIndex = skipCommas(tokens, from: afterMonth)
        guard dayIndex < tokens.count, case .number(let day, let dayDigits, _) = tokens[dayIndex].kind,
              dayDigits <= 2 else { return nil }
        let yearIndex = skipCommas(tokens, from: dayIndex + 1)
        guard let year = year(tokens, at: yearIndex),
              let date = makeDate(year, month, day, tokens, start, yearIndex + 1) else { return nil }
        return Found(date: date, next: yearIndex + 1)
    }

    /// A time after the date: `- 16:02`, `| 09:30 ص`, `الساعة 4:15 مساء`, `T09:30`.
    private static func withTime(_ found: Found, _ tokens: [DateToken]) -> Found {
        var index = found.next
        while index < tokens.count, tokens[index].isTimeLeadIn { index += 1 }
        guard index + 2 < tokens.count,
              case .number(var hour, let hourDigits, false) = tokens[index].kind, hourDigits <= 2,
              tokens[index + 1].kind == .separator(":"),
              case .number(let minute, 2, false) = tokens[index + 2].kind,
              hour < 24, minute < 60 else { return found }
        var next = index + 3
        // Seconds are read past: the contract's finest grain is the minute.
        if next + 1 < tokens.count, tokens[next].kind == .separator(":"),
           case .number(_, 2, false) = tokens[next + 1].kind {
            next += 2
        }
        if next < tokens.count, case .word(let word) = tokens[next].kind {
            if DateToken.morningWords.contains(word) {
                if hour == 12 { hour = 0 }
                next += 1
            } else if DateToken.eveningWords.contains(word) {
                if hour < 12 { hour += 12 }
                next += 1
            }
        }
        var result = found
        result.date.hour = hour
        result.date.minute = minute
        result.date.range = found.date.range.lowerBound..<tokens[next - 1].end
        result.next = next
        return result
    }

    /// A month name of one or two words, and its gloss if one follows (`آذار/مارس`, `يوليو/ تموز`,
    /// `فبراير شباط`, `أكتوبر (تشرين الأول)`): the month and the index after the name and gloss.
    private static func monthName(_ tokens: [DateToken], at index: Int) -> (Int, Int)? {
        guard let (month, after) = singleMonthName(tokens, at: index) else { return nil }
        var next = after
        if next < tokens.count, case .separator(let separator) = tokens[next].kind,
           separator == "/" || separator == "-" || separator == "(" || separator == "\u{2013}" {
            next += 1
        }
        if let (gloss, afterGloss) = singleMonthName(tokens, at: next), gloss == month {
            var end = afterGloss
            if end < tokens.count, tokens[end].kind == .separator(")") { end += 1 }
            return (month, end)
        }
        return (month, after)
    }

    private static func singleMonthName(_ tokens: [DateToken], at index: Int) -> (Int, Int)? {
        guard index < tokens.count, case .word(let first) = tokens[index].kind else { return nil }
        if index + 1 < tokens.count, case .word(let second) = tokens[index + 1].kind,
           let month = MonthNames.month(forKey: first + " " + second) {
            return (month, index + 2)
        }
        if let month = MonthNames.month(forKey: first) { return (month, index + 1) }
        return nil
    }

    private static func year(_ tokens: [DateToken], at index: Int) -> Int? {
        guard index < tokens.count, case .number(let year, 4, false) = tokens[index].kind,
              (1900...2100).contains(year) else { return nil }
        return year
    }

    private static func skipCommas(_ tokens: [DateToken], from index: Int) -> Int {
        var index = index
        while index < tokens.count, case .separator(let separator) = tokens[index].kind,
              separator == "," || separator == "\u{060C}" {
            index += 1
        }
        return index
    }

    private static func makeDate(_ year: Int, _ month: Int, _ day: Int, _ tokens: [DateToken],
                                 _ first: Int, _ next: Int) -> HeaderDate? {
        guard (1900...2100).contains(year), HeaderDate.isValid(year: year, month: month, day: day) else { return nil }
        return HeaderDate(year: year, month: month, day: day, range: tokens[first].start..<tokens[next - 1].end)
    }
}
