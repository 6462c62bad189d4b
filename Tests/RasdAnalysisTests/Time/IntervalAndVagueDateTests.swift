import Testing

/// Intervals (`بين … و…`, `من … إلى …`): one span, the first date as value, the last as
/// `end_value`, at the dates' grain; a part without month or year takes it from the other part.
/// Vague dates (`الأيام الأخيرة`, `الساعات الماضية`) are dates with no value and no grain.
@Suite("Date grammar: intervals and vague dates")
struct IntervalAndVagueDateTests {
    static let intervals: [DateTableCase] = [
        DateTableCase("رصدت المنظمة الانتهاكات في الفترة بين الأول من أيلول والأول من تشرين الأول.", at: "2023-10-19",
                      span: "بين الأول من أيلول والأول من تشرين الأول", value: "2023-09-01", grain: .day,
                      relative: true, endValue: "2023-10-01"),
        DateTableCase("تعقد الدورة التدريبية من 5 إلى 7 أكتوبر في مقر الأكاديمية.", at: "2023-10-19",
                      span: "من 5 إلى 7 أكتوبر", value: "2023-10-05", grain: .day, relative: true,
                      endValue: "2023-10-07"),
        DateTableCase("استضافت المدينة المعرض الدولي للدفاع من 5 إلى 7 أكتوبر 2023.", at: "2023-10-19",
                      span: "من 5 إلى 7 أكتوبر 2023", value: "2023-10-05", grain: .day, relative: false,
                      endValue: "2023-10-07"),
        DateTableCase("جرت المناورات المشتركة بين 10 و12 نوفمبر 2022 في المياه الإقليمية.", at: "2023-10-19",
                      span: "بين 10 و12 نوفمبر 2022", value: "2022-11-10", grain: .day, relative: false,
                      endValue: "2022-11-12"),
        DateTableCase("تضاعف حجم الدين العام بين عامي 2015 و2020 بحسب التقرير.", at: "2023-10-19",
                      span: "بين عامي 2015 و2020", value: "2015", grain: .year, relative: false, endValue: "2020"),
        DateTableCase("شغل الدبلوماسي منصب السفير في واشنطن من 2015 إلى 2020.", at: "2023-10-19",
                      span: "من 2015 إلى 2020", value: "2015", grain: .year, relative: false, endValue: "2020"),
        DateTableCase("تراجعت مبيعات العقارات بشكل حاد بين يناير ومارس 2024.", at: "2024-04-10",
                      span: "بين يناير ومارس 2024", value: "2024-01", grain: .month, relative: false,
                      endValue: "2024-03"),
        DateTableCase("أغلقت المدارس أبوابها من 28 ديسمبر إلى 3 يناير 2024 بسبب العطلة.", at: "2024-01-02",
                      span: "من 28 ديسمبر إلى 3 يناير 2024", value: "2023-12-28", grain: .day, relative: false,
                      endValue: "2024-01-03"),
        DateTableCase("يقام مهرجان المسرح العربي من 1 إلى 15 مارس 2024 في عدة مدن.", at: "2024-02-29",
                      span: "من 1 إلى 15 مارس 2024", value: "2024-03-01", grain: .day, relative: false,
                      endValue: "2024-03-15"),
        DateTableCase("توقفت الرحلات الجوية من 20 إلى 25 يونيو بسبب إضراب المراقبين.", at: "2025-07-13",
                      span: "من 20 إلى 25 يونيو", value: "2025-06-20", grain: .day, relative: true,
                      endValue: "2025-06-25"),
        DateTableCase("سجلت الشرطة عشرات الحوادث من الأول إلى الخامس من سبتمبر.", at: "2023-10-19",
                      span: "من الأول إلى الخامس من سبتمبر", value: "2023-09-01", grain: .day, relative: true,
                      endValue: "2023-09-05"),
        DateTableCase("تستضيف العاصمة الألعاب الإقليمية بين 3 و5 مايو 2024.", at: "2024-02-29",
                      span: "بين 3 و5 مايو 2024", value: "2024-05-03", grain: .day, relative: false,
                      endValue: "2024-05-05"),
        DateTableCase("شهدت المنطقة موجة نزوح كبيرة من آذار إلى أيار 2022.", at: "2023-10-19",
                      span: "من آذار إلى أيار 2022", value: "2022-03", grain: .month, relative: false,
                      endValue: "2022-05"),
    ]

    static let vague: [DateTableCase] = [
        DateTableCase("تصاعدت حدة القصف على أحياء المدينة في الأيام الأخيرة.", at: "2023-10-19",
                      span: "الأيام الأخيرة", value: nil, grain: nil, relative: true),
        DateTableCase("قتل عشرة مدنيين خلال الساعات الماضية في غارات جوية.", at: "2023-10-19",
                      span: "الساعات الماضية", value: nil, grain: nil, relative: true),
        DateTableCase("شهدت أسواق المال تقلبات حادة في الأسابيع الماضية.", at: "2023-10-19",
                      span: "الأسابيع الماضية", value: nil, grain: nil, relative: true),
        DateTableCase("يتوقع أن يصل الوفد المصري إلى غزة في الأيام المقبلة.", at: "2023-10-19",
                      span: "الأيام المقبلة", value: nil, grain: nil, relative: true),
        DateTableCase("تلقت الوزارة مئات الشكاوى من المواطنين خلال الأيام الماضية.", at: "2025-07-13",
                      span: "الأيام الماضية", value: nil, grain: nil, relative: true),
        DateTableCase("تسارعت الاتصالات الدبلوماسية في الساعات الأخيرة لتجنب التصعيد.", at: "2025-07-13",
                      span: "الساعات الأخيرة", value: nil, grain: nil, relative: true),
        DateTableCase("تعتزم الحكومة طرح مناقصات جديدة في الأسابيع المقبلة.", at: "2024-02-29",
                      span: "الأسابيع المقبلة", value: nil, grain: nil, relative: true),
        DateTableCase("تراجعت قيمة العملة الوطنية بشكل مستمر في الأشهر الأخيرة.", at: "2024-02-29",
                      span: "الأشهر الأخيرة", value: nil, grain: nil, relative: true),
        DateTableCase("يتوقع المحللون انخفاض أسعار الفائدة في الأشهر المقبلة.", at: "2024-01-02",
                      span: "الأشهر المقبلة", value: nil, grain: nil, relative: true),
        DateTableCase("ارتفع عدد المهاجرين عبر البحر بشكل لافت في السنوات الأخيرة.", at: "2024-01-02",
                      span: "السنوات الأخيرة", value: nil, grain: nil, relative: true),
        DateTableCase("تترقب الأسواق قرار البنك المركزي في الساعات المقبلة.", at: "2023-10-19",
                      span: "الساعات المقبلة", value: nil, grain: nil, relative: true),
        DateTableCase("لم تسجل أي خروقات للهدنة خلال الأسابيع الأخيرة بحسب المراقبين.", at: "2023-10-19",
                      span: "الأسابيع الأخيرة", value: nil, grain: nil, relative: true),
    ]

    @Test("Intervals: first date, and the last as end_value", arguments: IntervalAndVagueDateTests.intervals)
    func interval(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }

    @Test("Vague dates: found, relative, with no value", arguments: IntervalAndVagueDateTests.vague)
    func vagueDate(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }
}
