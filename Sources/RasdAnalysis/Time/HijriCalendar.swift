import Foundation

/// Hijri dates to Gregorian through Foundation's Umm al-Qura calendar (the Saudi civil calendar most
/// Arabic news follows): `15 رمضان 1445 هـ` → 2024-03-25.
enum HijriCalendar {
    /// The Gregorian day of a Hijri day, or nil when Foundation has no such day.
    static func gregorian(year: Int, month: Int, day: Int) -> CivilDate? {
        var calendar = Calendar(identifier: .islamicUmmAlQura)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        // Check the round trip: Foundation rolls an impossible day (30 of a 29-day month) over.
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        let parts = gregorian.dateComponents([.year, .month, .day], from: date)
        guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// The Hijri year, month and day of a Gregorian day (for a Hijri month named without its year).
    static func hijri(of date: CivilDate) -> (year: Int, month: Int, day: Int)? {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        guard let instant = gregorian.date(from: DateComponents(year: date.year, month: date.month, day: date.day))
        else { return nil }
        var calendar = Calendar(identifier: .islamicUmmAlQura)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
        return (y, m, d)
    }
}
