import Testing

/// Years (`عام 2019`, `العام 2019`, `سنة 2019`, a bare year 1900–2099 with no counted noun),
/// seasons (winter December–February, spring March–May, summer June–August, autumn
/// September–November; a winter is named, as in meteorology, by the year of its January, so
/// `شتاء 2022` runs from December 2021 to February 2022) and decades: absolute, at year or month grain.
@Suite("Date grammar: years, seasons and decades")
struct YearSeasonDecadeTests {
    static let years: [DateTableCase] = [
        DateTableCase("انسحبت الولايات المتحدة من الاتفاق النووي عام 2018 بقرار رئاسي.", at: "2023-10-19",
                      span: "عام 2018", value: "2018", grain: .year, relative: false),
        DateTableCase("تضاعفت صادرات البلاد من الغاز المسال منذ العام 2019.", at: "2023-10-19",
                      span: "العام 2019", value: "2019", grain: .year, relative: false),
        DateTableCase("تأسست الشركة الوطنية للنقل البحري سنة 2019 بمرسوم حكومي.", at: "2023-10-19",
                      span: "سنة 2019", value: "2019", grain: .year, relative: false),
        DateTableCase("بلغ حجم التبادل التجاري بين البلدين ذروته في 2019 قبل الجائحة.", at: "2023-10-19",
                      span: "2019", value: "2019", grain: .year, relative: false),
        DateTableCase("تخطط الحكومة لمضاعفة إنتاج الكهرباء من الطاقة الشمسية حتى 2030.", at: "2023-10-19",
                      span: "2030", value: "2030", grain: .year, relative: false),
        DateTableCase("تسعى المملكة إلى تحقيق الحياد الكربوني بحلول عام 2060.", at: "2023-10-19",
                      span: "عام 2060", value: "2060", grain: .year, relative: false),
        DateTableCase("احتلت إسرائيل الضفة الغربية وقطاع غزة عام 1967.", at: "2023-10-19",
                      span: "عام 1967", value: "1967", grain: .year, relative: false),
        DateTableCase("غزت القوات العراقية الكويت سنة 1990 في عملية خاطفة.", at: "2023-10-19",
                      span: "سنة 1990", value: "1990", grain: .year, relative: false),
        DateTableCase("انضمت البلاد إلى منظمة التجارة العالمية في العام 2000 بعد مفاوضات طويلة.", at: "2023-10-19",
                      span: "العام 2000", value: "2000", grain: .year, relative: false),
        DateTableCase("تستعد الأحزاب المعارضة لخوض انتخابات 2024 التشريعية بقوائم موحدة.", at: "2023-10-19",
                      span: "2024", value: "2024", grain: .year, relative: false),
        DateTableCase("أنشئ خط السكة الحديدية بين المدينتين سنة 1905 في عهد الدولة العثمانية.", at: "2023-10-19",
                      span: "سنة 1905", value: "1905", grain: .year, relative: false),
        DateTableCase("تعيش البلاد أزمة سياسية واقتصادية متواصلة منذ 2011.", at: "2023-10-19",
                      span: "2011", value: "2011", grain: .year, relative: false),
        DateTableCase("ارتفعت أسعار الذهب بنسبة كبيرة خلال 2023 بسبب التوترات الدولية.", at: "2024-01-02",
                      span: "2023", value: "2023", grain: .year, relative: false),
        DateTableCase("أعلنت وزارة المالية الميزانية المعتمدة لعام 2020 دون تعديلات.", at: "2023-10-19",
                      span: "عام 2020", value: "2020", grain: .year, relative: false),
        DateTableCase("قارن التقرير نسب الفقر الحالية بعام 2015 حين بدأت الأزمة.", at: "2023-10-19",
                      span: "عام 2015", value: "2015", grain: .year, relative: false),
        DateTableCase("هجر مئات الآلاف من الفلسطينيين من قراهم عام 1948.", at: "2023-10-19",
                      span: "عام 1948", value: "1948", grain: .year, relative: false),
        DateTableCase("فازت الشركة بجائزة التميز في 2019 و2023 على التوالي.", at: "2023-10-19",
                      span: "2023", value: "2023", grain: .year, relative: false),
        DateTableCase("أعلن الاتحاد الإفريقي تعليق عضوية البلاد في العام ٢٠٢١ إثر الانقلاب.", at: "2023-10-19",
                      span: "العام ٢٠٢١", value: "2021", grain: .year, relative: false),
    ]

    static let seasons: [DateTableCase] = [
        DateTableCase("تعتزم شركة الطيران إطلاق خطوط جديدة إلى أوروبا صيف 2024.", at: "2023-10-19",
                      span: "صيف 2024", value: "2024-06", grain: .month, relative: false, endValue: "2024-08"),
        DateTableCase("شهدت المنطقة موجة جفاف قاسية صيف عام 2022 أتلفت المحاصيل.", at: "2023-10-19",
                      span: "صيف عام 2022", value: "2022-06", grain: .month, relative: false, endValue: "2022-08"),
        DateTableCase("بدأت الحكومة تنفيذ خطة الإصلاح الضريبي في خريف 2023.", at: "2023-10-19",
                      span: "خريف 2023", value: "2023-09", grain: .month, relative: false, endValue: "2023-11"),
        DateTableCase("اندلعت الاحتجاجات الشعبية في ربيع 2021 بسبب غلاء الأسعار.", at: "2023-10-19",
                      span: "ربيع 2021", value: "2021-03", grain: .month, relative: false, endValue: "2021-05"),
        DateTableCase("عانت البلاد نقصا حادا في الغاز خلال شتاء 2022 بسبب الحرب.", at: "2023-10-19",
                      span: "شتاء 2022", value: "2021-12", grain: .month, relative: false, endValue: "2022-02"),
        DateTableCase("تراجعت أعداد السياح بشكل حاد في صيف العام 2023.", at: "2023-10-19",
                      span: "صيف العام 2023", value: "2023-06", grain: .month, relative: false, endValue: "2023-08"),
        DateTableCase("انهارت المفاوضات بين الطرفين في خريف عام 2019.", at: "2023-10-19",
                      span: "خريف عام 2019", value: "2019-09", grain: .month, relative: false, endValue: "2019-11"),
        DateTableCase("أغلقت المدارس أبوابها في ربيع العام 2020 بسبب الجائحة.", at: "2023-10-19",
                      span: "ربيع العام 2020", value: "2020-03", grain: .month, relative: false, endValue: "2020-05"),
        DateTableCase("ضربت عواصف ثلجية عنيفة المناطق الجبلية في شتاء عام 2021.", at: "2023-10-19",
                      span: "شتاء عام 2021", value: "2020-12", grain: .month, relative: false, endValue: "2021-02"),
        DateTableCase("يتوقع خبراء الأرصاد ارتفاعا قياسيا في درجات الحرارة صيف ٢٠٢٥.", at: "2025-07-13",
                      span: "صيف ٢٠٢٥", value: "2025-06", grain: .month, relative: false, endValue: "2025-08"),
    ]

    static let decades: [DateTableCase] = [
        DateTableCase("شهدت البلاد حربا أهلية طاحنة في التسعينيات راح ضحيتها الآلاف.", at: "2023-10-19",
                      span: "التسعينيات", value: "1990", grain: .year, relative: false, endValue: "1999"),
        DateTableCase("هاجر آلاف الأطباء إلى الخارج في تسعينيات القرن الماضي.", at: "2023-10-19",
                      span: "تسعينيات القرن الماضي", value: "1990", grain: .year, relative: false, endValue: "1999"),
        DateTableCase("بنيت معظم السدود الكبرى في الثمانينيات بتمويل أجنبي.", at: "2023-10-19",
                      span: "الثمانينيات", value: "1980", grain: .year, relative: false, endValue: "1989"),
        DateTableCase("تعود جذور الأزمة إلى سبعينيات القرن العشرين.", at: "2023-10-19",
                      span: "سبعينيات القرن العشرين", value: "1970", grain: .year, relative: false, endValue: "1979"),
        DateTableCase("ازدهرت صناعة النسيج في المدينة خلال التسعينات قبل أن تتراجع.", at: "2023-10-19",
                      span: "التسعينات", value: "1990", grain: .year, relative: false, endValue: "1999"),
        DateTableCase("أممت الحكومة شركات النفط الأجنبية في الستينيات.", at: "2023-10-19",
                      span: "الستينيات", value: "1960", grain: .year, relative: false, endValue: "1969"),
        DateTableCase("شيد المبنى التاريخي في خمسينيات القرن الماضي على الطراز المعماري الحديث.", at: "2023-10-19",
                      span: "خمسينيات القرن الماضي", value: "1950", grain: .year, relative: false, endValue: "1959"),
        DateTableCase("اكتشفت حقول النفط الأولى في المنطقة في ثمانينات القرن الماضي.", at: "2023-10-19",
                      span: "ثمانينات القرن الماضي", value: "1980", grain: .year, relative: false, endValue: "1989"),
        DateTableCase("تأسس الحزب في عشرينيات القرن الماضي على يد مجموعة من المثقفين.", at: "2023-10-19",
                      span: "عشرينيات القرن الماضي", value: "1920", grain: .year, relative: false, endValue: "1929"),
        DateTableCase("عرفت المنطقة موجات هجرة واسعة في الأربعينيات.", at: "2023-10-19",
                      span: "الأربعينيات", value: "1940", grain: .year, relative: false, endValue: "1949"),
        DateTableCase("لم تشهد المدينة فيضانات بهذا الحجم منذ سبعينيات القرن الماضي.", at: "2023-10-19",
                      span: "سبعينيات القرن الماضي", value: "1970", grain: .year, relative: false, endValue: "1979"),
    ]

    @Test("Years: `عام`, `العام`, `سنة`, or a bare year", arguments: YearSeasonDecadeTests.years)
    func year(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }

    @Test("A season of a year: its first to its last month", arguments: YearSeasonDecadeTests.seasons)
    func season(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }

    @Test("A decade: its first to its last year", arguments: YearSeasonDecadeTests.decades)
    func decade(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }
}
