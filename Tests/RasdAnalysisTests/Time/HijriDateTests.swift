import Testing

/// Hijri dates (Sources/RasdAnalysis/Lexicons/hijri-month-names.tsv) carry their Gregorian value in
/// the Umm al-Qura calendar, and the Hijri date itself in `hijri`. The Gregorian values were
/// computed with the `hijridate` package (Umm al-Qura tables).
@Suite("Date grammar: Hijri dates")
struct HijriDateTests {
    static let hijriDays: [DateTableCase] = [
        DateTableCase("يبدأ صرف المعونات الرمضانية للأسر المحتاجة في 15 رمضان 1445 هـ.", at: "2024-02-29",
                      span: "15 رمضان 1445 هـ", value: "2024-03-25", grain: .day, relative: false,
                      hijri: "1445-09-15"),
        DateTableCase("أعلنت المحكمة العليا أن أول أيام عيد الفطر يوافق 1 شوال 1444 هـ.", at: "2023-10-19",
                      span: "1 شوال 1444 هـ", value: "2023-04-21", grain: .day, relative: false,
                      hijri: "1444-10-01"),
        DateTableCase("يحتفل المسلمون بعيد الأضحى في 10 ذو الحجة 1444 هـ.", at: "2023-10-19",
                      span: "10 ذو الحجة 1444 هـ", value: "2023-06-28", grain: .day, relative: false,
                      hijri: "1444-12-10"),
        DateTableCase("وقف الحجاج على صعيد عرفات في 9 ذي الحجة 1445 هـ وسط حرارة شديدة.", at: "2024-07-01",
                      span: "9 ذي الحجة 1445 هـ", value: "2024-06-15", grain: .day, relative: false,
                      hijri: "1445-12-09"),
        DateTableCase("صدر القرار الملكي بتعيين أمير المنطقة في 12 محرم 1445 هـ.", at: "2023-10-19",
                      span: "12 محرم 1445 هـ", value: "2023-07-30", grain: .day, relative: false,
                      hijri: "1445-01-12"),
        DateTableCase("تبدأ السنة المالية للهيئة في 1 المحرم 1446 هـ وفق التقويم الرسمي.", at: "2024-02-29",
                      span: "1 المحرم 1446 هـ", value: "2024-07-07", grain: .day, relative: false,
                      hijri: "1446-01-01"),
        DateTableCase("عقد مجلس الشورى دورته العادية في 20 صفر 1445 هـ.", at: "2023-10-19",
                      span: "20 صفر 1445 هـ", value: "2023-09-05", grain: .day, relative: false,
                      hijri: "1445-02-20"),
        DateTableCase("أقيمت احتفالات رسمية بذكرى المولد النبوي في 12 ربيع الأول 1445 هـ.", at: "2023-10-19",
                      span: "12 ربيع الأول 1445 هـ", value: "2023-09-27", grain: .day, relative: false,
                      hijri: "1445-03-12"),
        DateTableCase("صدر التعميم الوزاري بشأن الدوام المرن في 5 ربيع الآخر 1445 هـ.", at: "2023-10-19",
                      span: "5 ربيع الآخر 1445 هـ", value: "2023-10-20", grain: .day, relative: false,
                      hijri: "1445-04-05"),
        DateTableCase("افتتح المشروع السكني الجديد في 18 ربيع الثاني 1444 هـ.", at: "2023-10-19",
                      span: "18 ربيع الثاني 1444 هـ", value: "2022-11-12", grain: .day, relative: false,
                      hijri: "1444-04-18"),
        DateTableCase("وقعت وزارة الإسكان عقد التطوير في 3 جمادى الأولى 1445 هـ.", at: "2023-10-19",
                      span: "3 جمادى الأولى 1445 هـ", value: "2023-11-17", grain: .day, relative: false,
                      hijri: "1445-05-03"),
        DateTableCase("بدأ تطبيق نظام العمل الجديد في 25 جمادى الآخرة 1445 هـ.", at: "2024-02-29",
                      span: "25 جمادى الآخرة 1445 هـ", value: "2024-01-07", grain: .day, relative: false,
                      hijri: "1445-06-25"),
        DateTableCase("صدرت الموافقة السامية على اللائحة التنفيذية في 7 رجب 1444 هـ.", at: "2023-10-19",
                      span: "7 رجب 1444 هـ", value: "2023-01-29", grain: .day, relative: false,
                      hijri: "1444-07-07"),
        DateTableCase("أعلنت الهيئة نتائج المسابقة القرآنية في 29 شعبان 1445 هـ.", at: "2024-02-29",
                      span: "29 شعبان 1445 هـ", value: "2024-03-10", grain: .day, relative: false,
                      hijri: "1445-08-29"),
        DateTableCase("غادرت أولى رحلات الحجاج من المطار في 1 ذو القعدة 1445 هـ.", at: "2024-02-29",
                      span: "1 ذو القعدة 1445 هـ", value: "2024-05-09", grain: .day, relative: false,
                      hijri: "1445-11-01"),
        DateTableCase("أعلنت الوزارة الاثنين 15 رمضان 1445 هـ عن مبادرة لدعم الأسر.", at: "2024-02-29",
                      span: "الاثنين 15 رمضان 1445 هـ", value: "2024-03-25", grain: .day, relative: false,
                      hijri: "1445-09-15"),
        DateTableCase("صدر الأمر الملكي بإعادة تشكيل المجلس في 20 رجب 1445هـ.", at: "2024-02-29",
                      span: "20 رجب 1445هـ", value: "2024-02-01", grain: .day, relative: false,
                      hijri: "1445-07-20"),
        DateTableCase("أحيا المصلون ليلة القدر في الحرم المكي في ٢٧ رمضان ١٤٤٤ هـ.", at: "2023-10-19",
                      span: "٢٧ رمضان ١٤٤٤ هـ", value: "2023-04-18", grain: .day, relative: false,
                      hijri: "1444-09-27"),
        DateTableCase("نظمت المدينة مواكب العزاء في 10 محرم 1446 وسط إجراءات أمنية مشددة.", at: "2024-07-20",
                      span: "10 محرم 1446", value: "2024-07-16", grain: .day, relative: false,
                      hijri: "1446-01-10"),
    ]

    /// A Hijri month with its year: the Gregorian days it spans, first to last.
    static let hijriMonths: [DateTableCase] = [
        DateTableCase("ارتفعت أسعار المواد الغذائية بشكل لافت خلال رمضان 1445 هـ.", at: "2024-04-20",
                      span: "رمضان 1445 هـ", value: "2024-03-11", grain: .day, relative: false,
                      endValue: "2024-04-09", hijri: "1445-09"),
        DateTableCase("استقبلت مكة المكرمة نحو مليوني حاج في ذي الحجة 1444 هـ.", at: "2023-10-19",
                      span: "ذي الحجة 1444 هـ", value: "2023-06-19", grain: .day, relative: false,
                      endValue: "2023-07-18", hijri: "1444-12"),
    ]

    /// Numeric Hijri dates as Saudi papers and circulars write them: day first or year first, with
    /// `هـ` (glued or spaced, in the span) or with only a year of this Hijri era.
    static let numericHijriDays: [DateTableCase] = [
        DateTableCase("تبدأ المرحلة الثانية من البرنامج في 15/9/1445هـ بحسب التعميم.", at: "2024-02-29",
                      span: "15/9/1445هـ", value: "2024-03-25", grain: .day, relative: false, hijri: "1445-09-15"),
        DateTableCase("أعلنت اللجنة أن التسجيل يفتح في 1-10-1444 هـ ويستمر أسبوعا.", at: "2023-04-01",
                      span: "1-10-1444 هـ", value: "2023-04-21", grain: .day, relative: false, hijri: "1444-10-01"),
        DateTableCase("صدر القرار الوزاري رقم 12 بتاريخ 1445/7/20هـ وعمم على الإدارات.", at: "2024-02-29",
                      span: "1445/7/20هـ", value: "2024-02-01", grain: .day, relative: false, hijri: "1445-07-20"),
        DateTableCase("تنطلق القافلة الطبية يوم 10/1/1446 من مقر الجمعية.", at: "2024-07-01",
                      span: "10/1/1446", value: "2024-07-16", grain: .day, relative: false, hijri: "1446-01-10"),
        DateTableCase("أقيمت المسابقة الختامية في 27.9.1444 بحضور المشرفين.", at: "2023-10-19",
                      span: "27.9.1444", value: "2023-04-18", grain: .day, relative: false, hijri: "1444-09-27"),
    ]

    @Test("Numeric Hijri dates: the Umm al-Qura Gregorian day, not the year 1445 of our era", arguments: HijriDateTests.numericHijriDays)
    func numericHijriDay(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }

    @Test("Hijri day, month and year: the Umm al-Qura Gregorian day", arguments: HijriDateTests.hijriDays)
    func hijriDay(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }

    @Test("Hijri month and year: its Gregorian days", arguments: HijriDateTests.hijriMonths)
    func hijriMonth(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }
}
