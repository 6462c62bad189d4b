import Testing

/// A day and month without a year (`19 تشرين الأول`, `الرابع من سبتمبر`) takes the year that puts
/// it nearest the publication date; it is relative. With a year it is absolute.
@Suite("Date grammar: days without a year, and ordinal days")
struct DayWithoutYearTests {
    static let dayAndMonth: [DateTableCase] = [
        // Thursday 2023-10-19.
        DateTableCase("التقى وزيرا خارجية البلدين في 19 تشرين الأول في العاصمة الأردنية.", at: "2023-10-19",
                      span: "19 تشرين الأول", value: "2023-10-19", grain: .day, relative: true),
        DateTableCase("افتتحت الدورة البرلمانية الجديدة الخميس 19 أكتوبر بخطاب للرئيس.", at: "2023-10-19",
                      span: "الخميس 19 أكتوبر", value: "2023-10-19", grain: .day, relative: true),
        DateTableCase("أعلنت الهيئة في 12 أكتوبر عن ضبط شحنة أسلحة مهربة.", at: "2023-10-19",
                      span: "12 أكتوبر", value: "2023-10-12", grain: .day, relative: true),
        DateTableCase("ستنطلق القمة الاقتصادية في 25 أكتوبر بمشاركة عشرين دولة.", at: "2023-10-19",
                      span: "25 أكتوبر", value: "2023-10-25", grain: .day, relative: true),
        DateTableCase("اقتحم مسلحون مقر البلدية في 3 أغسطس واحتجزوا عددا من الموظفين.", at: "2023-10-19",
                      span: "3 أغسطس", value: "2023-08-03", grain: .day, relative: true),
        DateTableCase("صدر العفو الرئاسي عن المعتقلين في 5 حزيران بمناسبة العيد.", at: "2023-10-19",
                      span: "5 حزيران", value: "2023-06-05", grain: .day, relative: true),
        // Sunday 2025-07-13.
        DateTableCase("أعلنت اللجنة الأولمبية قائمة المشاركين في 5 يوليو بعد تأخير.", at: "2025-07-13",
                      span: "5 يوليو", value: "2025-07-05", grain: .day, relative: true),
        DateTableCase("تنطلق المرحلة الثانية من الحوار الوطني في 20 تموز في القصر الرئاسي.", at: "2025-07-13",
                      span: "20 تموز", value: "2025-07-20", grain: .day, relative: true),
        DateTableCase("بدأت الهدنة الإنسانية في 1 يونيو وانهارت بعد أيام.", at: "2025-07-13",
                      span: "1 يونيو", value: "2025-06-01", grain: .day, relative: true),
        // Tuesday 2024-01-02: the nearest year may be the previous one.
        DateTableCase("أعلنت الشرطة في 28 ديسمبر القبض على شبكة لتهريب المهاجرين.", at: "2024-01-02",
                      span: "28 ديسمبر", value: "2023-12-28", grain: .day, relative: true),
        DateTableCase("تبدأ امتحانات نهاية الفصل الأول في 15 يناير في جميع المدارس.", at: "2024-01-02",
                      span: "15 يناير", value: "2024-01-15", grain: .day, relative: true),
        DateTableCase("أقيمت الاحتفالات الرسمية بنهاية العام في 31 كانون الأول وسط إجراءات أمنية.", at: "2024-01-02",
                      span: "31 كانون الأول", value: "2023-12-31", grain: .day, relative: true),
        // Thursday 2024-02-29.
        DateTableCase("سلمت الحكومة مشروع الموازنة إلى البرلمان في 15 فبراير.", at: "2024-02-29",
                      span: "15 فبراير", value: "2024-02-15", grain: .day, relative: true),
        DateTableCase("أصدرت المحكمة حكمها النهائي في 29 فبراير بعد جلسة مطولة.", at: "2024-02-29",
                      span: "29 فبراير", value: "2024-02-29", grain: .day, relative: true),
        DateTableCase("يعقد المؤتمر الوطني للشباب في 3 مارس في قصر المؤتمرات.", at: "2024-02-29",
                      span: "3 مارس", value: "2024-03-03", grain: .day, relative: true),
    ]

    static let ordinalDays: [DateTableCase] = [
        // Thursday 2023-10-19.
        DateTableCase("وقع الطرفان اتفاق وقف إطلاق النار في الرابع من سبتمبر برعاية إقليمية.", at: "2023-10-19",
                      span: "الرابع من سبتمبر", value: "2023-09-04", grain: .day, relative: true),
        DateTableCase("عقد البرلمان جلسة استثنائية في الحادي عشر من سبتمبر لانتخاب رئيسه.", at: "2023-10-19",
                      span: "الحادي عشر من سبتمبر", value: "2023-09-11", grain: .day, relative: true),
        DateTableCase("بدأ العمل بالتوقيت الشتوي في الأول من أيلول في جميع المحافظات.", at: "2023-10-19",
                      span: "الأول من أيلول", value: "2023-09-01", grain: .day, relative: true),
        DateTableCase("أعلنت وزارة الداخلية في العاشر من أكتوبر حالة الطوارئ.", at: "2023-10-19",
                      span: "العاشر من أكتوبر", value: "2023-10-10", grain: .day, relative: true),
        DateTableCase("انطلقت العملية العسكرية في السابع من أكتوبر واستمرت حتى اليوم.", at: "2023-10-19",
                      span: "السابع من أكتوبر", value: "2023-10-07", grain: .day, relative: true),
        DateTableCase("تسلمت الحكومة الانتقالية السلطة في الخامس من حزيران بعد توقيع الاتفاق.", at: "2023-10-19",
                      span: "الخامس من حزيران", value: "2023-06-05", grain: .day, relative: true),
        DateTableCase("سيعقد المؤتمر الدولي للمانحين في الثاني والعشرين من أكتوبر في باريس.", at: "2023-10-19",
                      span: "الثاني والعشرين من أكتوبر", value: "2023-10-22", grain: .day, relative: true),
        // Sunday 2025-07-13.
        DateTableCase("انتهت المهلة الممنوحة للأطراف في الثلاثين من يونيو دون اتفاق.", at: "2025-07-13",
                      span: "الثلاثين من يونيو", value: "2025-06-30", grain: .day, relative: true),
        DateTableCase("تفتتح الحكومة الطريق السريع الجديد في العشرين من يوليو.", at: "2025-07-13",
                      span: "العشرين من يوليو", value: "2025-07-20", grain: .day, relative: true),
        // Tuesday 2024-01-02.
        DateTableCase("دخلت الضريبة الجديدة على القيمة المضافة حيز التطبيق في الأول من يناير.", at: "2024-01-02",
                      span: "الأول من يناير", value: "2024-01-01", grain: .day, relative: true),
        DateTableCase("أغلقت البنوك أبوابها في الحادي والثلاثين من ديسمبر لإقفال الحسابات.", at: "2024-01-02",
                      span: "الحادي والثلاثين من ديسمبر", value: "2023-12-31", grain: .day, relative: true),
        // Thursday 2024-02-29.
        DateTableCase("شهدت العاصمة في الثاني والعشرين من فبراير مظاهرات حاشدة.", at: "2024-02-29",
                      span: "الثاني والعشرين من فبراير", value: "2024-02-22", grain: .day, relative: true),
        // With a year: absolute.
        DateTableCase("استقال رئيس الوزراء في الرابع من سبتمبر 2022 بعد احتجاجات واسعة.", at: "2023-10-19",
                      span: "الرابع من سبتمبر 2022", value: "2022-09-04", grain: .day, relative: false),
        DateTableCase("اندلعت شرارة الأحداث في الخامس عشر من مارس 2011 في مدينة درعا.", at: "2023-10-19",
                      span: "الخامس عشر من مارس 2011", value: "2011-03-15", grain: .day, relative: false),
        DateTableCase("وقعت المعاهدة في العاشر من كانون الأول 1948 في باريس.", at: "2023-10-19",
                      span: "العاشر من كانون الأول 1948", value: "1948-12-10", grain: .day, relative: false),
    ]

    @Test("Day and month without a year: the nearest such day", arguments: DayWithoutYearTests.dayAndMonth)
    func dayAndMonthWithoutYear(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }

    @Test("Ordinal days: `الرابع من سبتمبر`, `الحادي عشر من سبتمبر`", arguments: DayWithoutYearTests.ordinalDays)
    func ordinalDay(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }
}
