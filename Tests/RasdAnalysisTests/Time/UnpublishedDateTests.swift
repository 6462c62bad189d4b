import Testing

/// Without a publication date (and none stated by the text: no dateline, no opening
/// `اليوم الخميس 19 تشرين الأول`), a relative expression is still found, relative, with its grain
/// but no value; an absolute date keeps its value.
@Suite("Date grammar: no publication date")
struct UnpublishedDateTests {
    static let unpublished: [DateTableCase] = [
        DateTableCase("أعلنت وزارة الداخلية اليوم تشديد الإجراءات على المنافذ الحدودية.", at: nil,
                      span: "اليوم", value: nil, grain: .day, relative: true),
        DateTableCase("التقى المبعوث الأممي أمس قادة الفصائل في العاصمة.", at: nil,
                      span: "أمس", value: nil, grain: .day, relative: true),
        DateTableCase("يصوت البرلمان غدا على تعديل قانون الانتخابات.", at: nil,
                      span: "غدا", value: nil, grain: .day, relative: true),
        DateTableCase("غادر الوفد التجاري العاصمة أول أمس بعد جولة محادثات.", at: nil,
                      span: "أول أمس", value: nil, grain: .day, relative: true),
        DateTableCase("أعلن المتحدث العسكري في وقت سابق اليوم إحباط هجوم على قاعدة جوية.", at: nil,
                      span: "في وقت سابق اليوم", value: nil, grain: .day, relative: true),
        DateTableCase("قال رئيس الوزراء الخميس إن حكومته ستواصل الإصلاحات.", at: nil,
                      span: "الخميس", value: nil, grain: .day, relative: true),
        DateTableCase("وصل وزير الدفاع أمس الأربعاء إلى قاعدة عسكرية في الشمال.", at: nil,
                      span: "أمس الأربعاء", value: nil, grain: .day, relative: true),
        DateTableCase("شارك الآلاف في مسيرة حاشدة الجمعة الماضية وسط العاصمة.", at: nil,
                      span: "الجمعة الماضية", value: nil, grain: .day, relative: true),
        DateTableCase("تبدأ حملة التطعيم الوطنية ضد شلل الأطفال الأحد المقبل.", at: nil,
                      span: "الأحد المقبل", value: nil, grain: .day, relative: true),
        DateTableCase("ارتفعت أسعار الحديد ومواد البناء الأسبوع الماضي بنسبة كبيرة.", at: nil,
                      span: "الأسبوع الماضي", value: nil, grain: .week, relative: true),
        DateTableCase("يتسلم المجلس البلدي الجديد مهامه الشهر المقبل.", at: nil,
                      span: "الشهر المقبل", value: nil, grain: .month, relative: true),
        DateTableCase("تراجعت عائدات قناة السويس العام الماضي بسبب الاضطرابات.", at: nil,
                      span: "العام الماضي", value: nil, grain: .year, relative: true),
        DateTableCase("تعهدت الحكومة بخفض معدل البطالة هذا العام.", at: nil,
                      span: "هذا العام", value: nil, grain: .year, relative: true),
        DateTableCase("انهار مبنى سكني قديم في وسط المدينة قبل ثلاثة أيام.", at: nil,
                      span: "قبل ثلاثة أيام", value: nil, grain: .day, relative: true),
        DateTableCase("أعلنت الشركة عن خطة لإعادة الهيكلة قبل شهرين.", at: nil,
                      span: "قبل شهرين", value: nil, grain: .month, relative: true),
        DateTableCase("وقعت الحكومة اتفاقية للغاز مع شركة أجنبية سبتمبر الماضي.", at: nil,
                      span: "سبتمبر الماضي", value: nil, grain: .month, relative: true),
        DateTableCase("انخفض منسوب مياه النهر بشكل مقلق في يونيو.", at: nil,
                      span: "يونيو", value: nil, grain: .month, relative: true),
        DateTableCase("اجتمع قادة الأحزاب في 19 تشرين الأول لمناقشة قانون الانتخاب.", at: nil,
                      span: "19 تشرين الأول", value: nil, grain: .day, relative: true),
        DateTableCase("أعلنت الهيئة الانتخابية في الرابع من سبتمبر قائمة المرشحين.", at: nil,
                      span: "الرابع من سبتمبر", value: nil, grain: .day, relative: true),
        DateTableCase("تبدأ الجلسة الافتتاحية للمؤتمر في الساعة الرابعة مساء.", at: nil,
                      span: "الساعة الرابعة مساء", value: nil, grain: .hour, relative: true),
        DateTableCase("تشهد العاصمة حركة دبلوماسية نشطة في الأيام الأخيرة.", at: nil,
                      span: "الأيام الأخيرة", value: nil, grain: nil, relative: true),
        DateTableCase("سقط عدد من الجرحى خلال الساعات الماضية في اشتباكات متقطعة.", at: nil,
                      span: "الساعات الماضية", value: nil, grain: nil, relative: true),
        // Absolute dates need no reference.
        DateTableCase("وقعت الحكومة اتفاقية القرض مع البنك الدولي في 14 مارس 2024.", at: nil,
                      span: "14 مارس 2024", value: "2024-03-14", grain: .day, relative: false),
        DateTableCase("تأسس الاتحاد العام للطلبة عام 2019 بعد سنوات من النقاش.", at: nil,
                      span: "عام 2019", value: "2019", grain: .year, relative: false),
        DateTableCase("ازدهرت صناعة السينما في البلاد خلال التسعينيات.", at: nil,
                      span: "التسعينيات", value: "1990", grain: .year, relative: false, endValue: "1999"),
        DateTableCase("تبدأ إجازة المدارس الحكومية في 15 رمضان 1445 هـ وفق التقويم المعتمد.", at: nil,
                      span: "15 رمضان 1445 هـ", value: "2024-03-25", grain: .day, relative: false,
                      hijri: "1445-09-15"),
        DateTableCase("قررت المحكمة تأجيل النظر في القضية إلى جلسة 19/10/2023.", at: nil,
                      span: "19/10/2023", value: "2023-10-19", grain: .day, relative: false),
    ]

    @Test("No publication date: relative dates found with no value", arguments: UnpublishedDateTests.unpublished)
    func unpublishedDate(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }
}
