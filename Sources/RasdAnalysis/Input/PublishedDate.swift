/// Publication dates given by an input (`published` in JSON Lines, `--published`), brought to the
/// contract's ISO form: `2023-10-19`, `2013-02-12T04:30`, `2013-02-12T04:30:00`. A time zone or
/// fraction of a second is dropped (the contract has no place for them); a space may stand for `T`.
public enum PublishedDate {
    public static func normalize(_ value: String) -> String? {
        let scalars = Array(value.trimmingSpaces.unicodeScalars)
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= scalars.count else { return nil }
            var number = 0
            for index in start..<(start + count) {
                let v = scalars[index].value
                guard (0x30...0x39).contains(v) else { return nil }
                number = number * 10 + Int(v - 0x30)
            }
            return number
        }
        func scalar(_ index: Int) -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        guard let year = digits(0, 4), year >= 1000 else { return nil }
        if scalars.count == 4 { return pad(year, 4) }
        guard scalar(4) == "-", let month = digits(5, 2), (1...12).contains(month) else { return nil }
        if scalars.count == 7 { return "\(pad(year, 4))-\(pad(month, 2))" }
        guard scalar(7) == "-", let day = digits(8, 2), (1...daysIn(month: month, year: year)).contains(day) else {
            return nil
        }
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        if scalars.count == 10 { return date }
        guard scalar(10) == "T" || scalar(10) == " ", let hour = digits(11, 2), hour < 24,
              scalar(13) == ":", let minute = digits(14, 2), minute < 60 else { return nil }
        var result = "\(date)T\(pad(hour, 2)):\(pad(minute, 2))"
        var index = 16
        if scalar(16) == ":" {
            guard let second = digits(17, 2), second < 61 else { return nil }
            result += ":\(pad(second, 2))"
            index = 19
        }
        // What may follow: fractions of a second, then `Z` or an offset such as `+03:00`.
        if scalar(index) == "." || scalar(index) == "," {
            index += 1
            while let s = scalar(index), (0x30...0x39).contains(s.value) { index += 1 }
        }
        if scalar(index) == "Z" { index += 1 }
        else if scalar(index) == "+" || scalar(index) == "-" {
            guard digits(index + 1, 2) != nil else { return nil }
            index += 3
            if scalar(index) == ":" { index += 1 }
            if digits(index, 2) != nil { index += 2 }
        }
        return index == scalars.count ? result : nil
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
