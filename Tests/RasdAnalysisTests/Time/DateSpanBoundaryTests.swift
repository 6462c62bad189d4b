import Testing

/// Where a date's span begins: a span never includes an attached proclitic (`و` `ف` `ب` `ل` `ك`):
/// in `وأمس` the span is `أمس`, in `لعام 2024` it is `عام 2024`.
@Suite("Date grammar: span boundaries")
struct DateSpanBoundaryTests {
    static let proclitics: [DateTableCase] = [
        DateTableCase("لم يصدر أي تعليق رسمي من الحكومة، وأمس نفى المتحدث صحة التقارير.", at: "2023-10-19",
                      span: "أمس", value: "2023-10-18", grain: .day, relative: true),
        DateTableCase("تستمر الأمطار الغزيرة اليوم وغدا في المناطق الساحلية.", at: "2023-10-19",
                      span: "غدا", value: "2023-10-20", grain: .day, relative: true),
        DateTableCase("تراجعت صادرات الحبوب هذا العام والعام الماضي بسبب الجفاف.", at: "2023-10-19",
                      span: "العام الماضي", value: "2022", grain: .year, relative: true),
        DateTableCase("يعقد المجلس جلستين الخميس المقبل والجمعة المقبلة لمناقشة الموازنة.", at: "2023-10-19",
                      span: "الجمعة المقبلة", value: "2023-10-20", grain: .day, relative: true),
        DateTableCase("سجلت البلاد موجتي حر في تموز 2020 وحزيران 2021.", at: "2023-10-19",
                      span: "حزيران 2021", value: "2021-06", grain: .month, relative: false),
        DateTableCase("وقبل يومين أعلنت الحكومة استقالتها بشكل مفاجئ.", at: "2023-10-19",
                      span: "قبل يومين", value: "2023-10-17", grain: .day, relative: true),
        DateTableCase("زار الوزير الموصل السبت ويوم الأحد تفقد مشاريع البصرة.", at: "2023-10-19",
                      span: "يوم الأحد", value: "2023-10-15", grain: .day, relative: true),
        DateTableCase("صدر قرار التعيين بتاريخ 12 مارس 2023 وبدأ العمل به فورا.", at: "2023-10-19",
                      span: "12 مارس 2023", value: "2023-03-12", grain: .day, relative: false),
        DateTableCase("ارتفع معدل التضخم في أغسطس 2023 وسبتمبر 2023 بفعل أسعار الغذاء.", at: "2023-10-19",
                      span: "سبتمبر 2023", value: "2023-09", grain: .month, relative: false),
        DateTableCase("خصصت الحكومة ميزانية إضافية لعام 2024 لدعم القطاع الصحي.", at: "2023-10-19",
                      span: "عام 2024", value: "2024", grain: .year, relative: false),
        DateTableCase("عاد الهدوء إلى المدينة، فالأسبوع الماضي شهد مواجهات عنيفة.", at: "2023-10-19",
                      span: "الأسبوع الماضي", value: "2023-W41", grain: .week, relative: true),
        DateTableCase("انخفضت الأسعار في يناير مقارنة بديسمبر 2022 بنسبة طفيفة.", at: "2023-10-19",
                      span: "ديسمبر 2022", value: "2022-12", grain: .month, relative: false),
    ]

    @Test("An attached proclitic is outside the span", arguments: DateSpanBoundaryTests.proclitics)
    func procliticOutside(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }
}
