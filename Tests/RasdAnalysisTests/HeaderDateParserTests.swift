import Testing
@testable import RasdAnalysis

/// The header and footer date forms of Arabic news pages, as a table: a line as a page prints it,
/// and the ISO value it states. Lines are invented; the forms are the ones sites use.
@Suite("Header date parser")
struct HeaderDateParserTests {
    private static func parse(_ text: String) -> String? {
        HeaderDateParser.parse(Array(text.unicodeScalars)[...])?.iso
    }

    private static func parseLine(_ text: String) -> String? {
        HeaderDateParser.parseLine(Array(text.unicodeScalars)[...])?.iso
    }

    @Test("A date after a cue, in every form pages print", arguments: [
        ("تاريخ النشر: 3rd, March 2021 GMT", "2021-03-03"),
        ("تاريخ النشر: 21st, June 2022", "2022-06-21"),
        ("آخر تحديث: 7 فبراير 2024 - 08:15", "2024-02-07T08:15"),
        ("نشر في: 2024-03-14 09:30", "2024-03-14T09:30"),
        ("نشر بتاريخ 2023/12/31", "2023-12-31"),
        ("نشر في 2024-03-14T21:05:33", "2024-03-14T21:05"),
        ("تحديث: الأربعاء 5 حزيران/يونيو 2024 الساعة 4:10 مساء", "2024-06-05T16:10"),
        ("Published: March 14, 2024", "2024-03-14"),
        ("Updated November 9th, 2023 10:45 am", "2023-11-09T10:45"),
        ("نشر في: ١٤ مارس ٢٠٢٤", "2024-03-14"),
        ("نشر في: ۱۴/۰۳/۲۰۲۴", "2024-03-14"),
        ("أضيف في 12 من أغسطس 2022", "2022-08-12"),
    ])
    func dateAfterCue(line: String, iso: String) {
        #expect(Self.parse(line) == iso)
    }

    @Test("A lone date line", arguments: [
        ("25 يوليو 2025", "2025-07-25"),
        ("الخميس 14 آذار/مارس 2024", "2024-03-14"),
        ("الخميس، 14 مارس 2024", "2024-03-14"),
        ("2024/03/14", "2024-03-14"),
        ("14/03/2024", "2024-03-14"),
        ("14-03-2024", "2024-03-14"),
        ("14.03.2024", "2024-03-14"),
        ("03/14/2024", "2024-03-14"),
        ("March 14, 2024", "2024-03-14"),
        ("Thursday, March 14, 2024", "2024-03-14"),
        ("19 تشرين الأول/ أكتوبر 2023", "2023-10-19"),
        ("19 أكتوبر/تشرين الأول 2023", "2023-10-19"),
        ("2 كانون الثاني 2024", "2024-01-02"),
        ("الأحد 3 أيلول (سبتمبر) 2023", "2023-09-03"),
        ("12 يوليو/ تموز 2025", "2025-07-12"),
        ("1 جانفي 2024", "2024-01-01"),
        ("15 أوت 2023", "2023-08-15"),
        ("9 شتنبر 2023", "2023-09-09"),
        ("30 جوان 2022", "2022-06-30"),
        ("يوم الاثنين 4 نيسان 2022", "2022-04-04"),
        ("٢٥ يوليو ٢٠٢٥", "2025-07-25"),
        ("29 فبراير 2024", "2024-02-29"),
        ("الجمعة 8 مارس 2024 - 11:20 ص", "2024-03-08T11:20"),
        ("8 مارس 2024 م", "2024-03-08"),
        ("5 Jan 2024", "2024-01-05"),
        ("Sept 5, 2023", "2023-09-05"),
        ("الاثنين 3 شوال 1445 هـ - 12 أبريل 2024", "2024-04-12"),
        ("12 أبريل 2024 م الموافق 3 شوال 1445 هـ", "2024-04-12"),
        ("الجمعة 10 ذو الحجة 1444 هـ 28 يونيو 2023", "2023-06-28"),
    ])
    func loneDateLine(line: String, iso: String) {
        #expect(Self.parseLine(line) == iso)
    }

    @Test("Not a date line: text around the date, or no valid date", arguments: [
        "وصل الوفد إلى القاهرة في 14 مارس 2024",
        "31/02/2024",
        "29 فبراير 2023",
        "32 مارس 2024",
        "14 مارس",
        "مارس 2024",
        "2024",
        "تعليق (0)",
        "13/14/2024",
        "3 شوال 1445 هـ",
    ])
    func notALoneDate(line: String) {
        #expect(Self.parseLine(line) == nil)
    }

    @Test("The date's range covers the expression, time included")
    func rangeOfExpression() {
        let scalars = Array("آخر تحديث: 7 فبراير 2024 - 08:15".unicodeScalars)
        let date = HeaderDateParser.parse(scalars[...])
        #expect(date?.range == 11..<scalars.count)
        #expect(date?.hour == 8)
        #expect(date?.minute == 15)
    }

    @Test("Month names of every regional series", arguments: [
        ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("ابريل", 4), ("أيار", 5), ("يونيه", 6),
        ("جويلية", 7), ("اغسطس", 8), ("أيلول", 9), ("تشرين الأول", 10), ("نونبر", 11), ("دجنبر", 12),
        ("Oct", 10), ("february", 2),
    ])
    func monthNames(name: String, month: Int) {
        #expect(MonthNames.month(of: name) == month)
    }
}
