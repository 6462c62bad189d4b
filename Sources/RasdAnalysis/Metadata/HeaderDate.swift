/// A calendar date (and time of day, when given) that a header or footer line states, with where
/// it stands in the scanned text: `تاريخ النشر: 9th, November 2023` → 2023-11-09.
public struct HeaderDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    /// 0–23 when the line gives a time, else nil.
    public var hour: Int?
    public var minute: Int?
    /// Indices of the expression in the scanned scalars (the slice's own indices, so a slice of
    /// `source.scalars` gives raw offsets).
    public var range: Range<Int>

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, range: Range<Int>) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.range = range
    }

    /// ISO 8601 as precise as the text: `2023-11-09`, or `2025-10-10T16:02` with a time.
    public var iso: String {
        let date = "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        guard let hour, let minute else { return date }
        return "\(date)T\(Self.pad(hour, 2)):\(Self.pad(minute, 2))"
    }

    public var description: String { iso }

    /// Earlier in time first; a date without a time counts as its first minute.
    public static func < (lhs: HeaderDate, rhs: HeaderDate) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour ?? 0, lhs.minute ?? 0)
            < (rhs.year, rhs.month, rhs.day, rhs.hour ?? 0, rhs.minute ?? 0)
    }

    /// Whether `day` exists in `month` of `year` (leap years included).
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.utf8.count)) + digits
    }
}
