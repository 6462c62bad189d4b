/// RSS dates (RFC 822 as RFC 1123 amended it): `Thu, 14 Mar 2024 09:30:00 +0300`,
/// `14 Mar 24 09:30 GMT`, `Thu, 14 Mar 2024` → `2024-03-14T09:30:00`, `2024-03-14T09:30`,
/// `2024-03-14`. The zone is dropped, as `PublishedDate` drops it: the time is the one stated.
enum RFC822Date {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func normalize(_ value: String) -> String? {
        var parts = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }).map(String.init)
        if let first = parts.first, first.allSatisfy(\.isLetter) { parts.removeFirst() }   // the weekday
        guard parts.count >= 3, let day = Int(parts[0]), (1...31).contains(day),
              let month = months.firstIndex(of: String(parts[1].lowercased().prefix(3))).map({ $0 + 1 }),
              parts[1].count >= 3, parts[1].allSatisfy(\.isLetter),
              var year = Int(parts[2]), parts[2].count == 2 || parts[2].count == 4 else { return nil }
        if parts[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        guard day <= PublishedDate.daysIn(month: month, year: year) else { return nil }
        let date = "\(year)-\(pad(month))-\(pad(day))"
        guard parts.count >= 4 else { return date }
        let time = parts[3].split(separator: ":").map { Int($0) }
        guard time.count == 2 || time.count == 3, let hour = time[0], let minute = time[1], hour < 24, minute < 60 else {
            return nil
        }
        var result = "\(date)T\(pad(hour)):\(pad(minute))"
        if time.count == 3 {
            guard let second = time[2], second < 61 else { return nil }
            result += ":\(pad(second))"
        }
        return result
    }

    private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
