import Testing

/// Weeks, months and years named relative to the publication date, `قبل` + a length of time, and a
/// month named without its year. Weeks are ISO weeks (`2023-W41`).
@Suite("Date grammar: relative weeks, months and years")
struct RelativePeriodTests {
    static let relativePeriods: [DateTableCase] = [
        // Thursday 2023-10-19, ISO week 2023-W42.
        DateTableCase("ارتفعت أسعار النفط بنسبة ملحوظة خلال الأسبوع الماضي.", at: "2023-10-19",
                      span: "الأسبوع الماضي", value: "2023-W41", grain: .week, relative: true),
        DateTableCase("يزور وفد من البنك الدولي العاصمة الأسبوع الجاري لبحث برامج التمويل.", at: "2023-10-19",
                      span: "الأسبوع الجاري", value: "2023-W42", grain: .week, relative: true),
        DateTableCase("تبدأ محاكمة المتهمين في قضية الفساد الأسبوع المقبل.", at: "2023-10-19",
                      span: "الأسبوع المقبل", value: "2023-W43", grain: .week, relative: true),
        DateTableCase("شهدت المدينة هذا الأسبوع ثلاث هجمات بطائرات مسيرة.", at: "2023-10-19",
                      span: "هذا الأسبوع", value: "2023-W42", grain: .week, relative: true),
        DateTableCase("تراجعت احتياطيات النقد الأجنبي الشهر الماضي إلى أدنى مستوى.", at: "2023-10-19",
                      span: "الشهر الماضي", value: "2023-09", grain: .month, relative: true),
        DateTableCase("تسلمت القوات البحرية هذا الشهر فرقاطة جديدة.", at: "2023-10-19",
                      span: "هذا الشهر", value: "2023-10", grain: .month, relative: true),
        DateTableCase("تستضيف العاصمة مؤتمرا دوليا للاستثمار الشهر المقبل.", at: "2023-10-19",
                      span: "الشهر المقبل", value: "2023-11", grain: .month, relative: true),
        DateTableCase("سجلت الموانئ حركة قياسية للحاويات خلال الشهر الجاري.", at: "2023-10-19",
                      span: "الشهر الجاري", value: "2023-10", grain: .month, relative: true),
        DateTableCase("نما الاقتصاد الوطني بنسبة ثلاثة في المئة العام الماضي.", at: "2023-10-19",
                      span: "العام الماضي", value: "2022", grain: .year, relative: true),
        DateTableCase("تتوقع الحكومة عجزا أكبر في الموازنة هذا العام.", at: "2023-10-19",
                      span: "هذا العام", value: "2023", grain: .year, relative: true),
        DateTableCase("ارتفعت صادرات الفوسفات بشكل كبير خلال العام الجاري.", at: "2023-10-19",
                      span: "العام الجاري", value: "2023", grain: .year, relative: true),
        DateTableCase("تجرى الانتخابات الرئاسية في العام المقبل وسط انقسام سياسي.", at: "2023-10-19",
                      span: "العام المقبل", value: "2024", grain: .year, relative: true),
        DateTableCase("تراجع عدد السياح الوافدين بشكل حاد السنة الماضية.", at: "2023-10-19",
                      span: "السنة الماضية", value: "2022", grain: .year, relative: true),
        DateTableCase("تعتزم الوزارة افتتاح عشرين مدرسة جديدة السنة المقبلة.", at: "2023-10-19",
                      span: "السنة المقبلة", value: "2024", grain: .year, relative: true),
        // Tuesday 2024-01-02, ISO week 2024-W01: last week belongs to the previous year.
        DateTableCase("شنت الطائرات الحربية غارات مكثفة على المنطقة الأسبوع الماضي.", at: "2024-01-02",
                      span: "الأسبوع الماضي", value: "2023-W52", grain: .week, relative: true),
        DateTableCase("يصل المبعوث الخاص إلى المنطقة الأسبوع المقبل في جولة جديدة.", at: "2024-01-02",
                      span: "الأسبوع المقبل", value: "2024-W02", grain: .week, relative: true),
        DateTableCase("تعقد لجنة المتابعة اجتماعات مكثفة الأسبوع الجاري.", at: "2024-01-02",
                      span: "الأسبوع الجاري", value: "2024-W01", grain: .week, relative: true),
        DateTableCase("ارتفع معدل التضخم السنوي الشهر الماضي إلى مستوى قياسي.", at: "2024-01-02",
                      span: "الشهر الماضي", value: "2023-12", grain: .month, relative: true),
        DateTableCase("حققت البورصة المحلية أفضل أداء لها العام الماضي.", at: "2024-01-02",
                      span: "العام الماضي", value: "2023", grain: .year, relative: true),
        DateTableCase("تعتزم الحكومة خصخصة عدد من الشركات العامة هذا العام.", at: "2024-01-02",
                      span: "هذا العام", value: "2024", grain: .year, relative: true),
        // Sunday 2025-07-13, ISO week 2025-W28 (Sunday ends the ISO week).
        DateTableCase("وصلت ثلاث سفن محملة بالقمح إلى الميناء الأسبوع الماضي.", at: "2025-07-13",
                      span: "الأسبوع الماضي", value: "2025-W27", grain: .week, relative: true),
        DateTableCase("يبدأ الجيش مناورات عسكرية واسعة الأسبوع المقبل.", at: "2025-07-13",
                      span: "الأسبوع المقبل", value: "2025-W29", grain: .week, relative: true),
        DateTableCase("شهدت العاصمة هذا الأسبوع انقطاعات متكررة للكهرباء.", at: "2025-07-13",
                      span: "هذا الأسبوع", value: "2025-W28", grain: .week, relative: true),
        DateTableCase("تطلق الوزارة منصة إلكترونية للخدمات الحكومية الشهر المقبل.", at: "2025-07-13",
                      span: "الشهر المقبل", value: "2025-08", grain: .month, relative: true),
        DateTableCase("تستضيف المملكة بطولة العالم للرياضات الإلكترونية العام المقبل.", at: "2025-07-13",
                      span: "العام المقبل", value: "2026", grain: .year, relative: true),
        // Thursday 2024-02-29, ISO week 2024-W09.
        DateTableCase("يتسلم الجيش الدفعة الثانية من الطائرات الشهر المقبل.", at: "2024-02-29",
                      span: "الشهر المقبل", value: "2024-03", grain: .month, relative: true),
        DateTableCase("سجلت البلاد أدنى درجات حرارة في تاريخها الشهر الماضي.", at: "2024-02-29",
                      span: "الشهر الماضي", value: "2024-01", grain: .month, relative: true),
        DateTableCase("استهدف هجوم صاروخي قاعدة عسكرية الأسبوع الماضي.", at: "2024-02-29",
                      span: "الأسبوع الماضي", value: "2024-W08", grain: .week, relative: true),
        DateTableCase("يتوقع البنك المركزي تراجع التضخم هذه السنة إلى رقم واحد.", at: "2024-02-29",
                      span: "هذه السنة", value: "2024", grain: .year, relative: true),
        DateTableCase("تخطط الشركة لطرح أسهمها في البورصة خلال العام الجاري.", at: "2024-02-29",
                      span: "العام الجاري", value: "2024", grain: .year, relative: true),
        // Saturday 2021-01-02 lies in ISO week 2020-W53; its year is still 2021.
        DateTableCase("أعلنت السلطات هذا الأسبوع تمديد الإغلاق الشامل.", at: "2021-01-02",
                      span: "هذا الأسبوع", value: "2020-W53", grain: .week, relative: true),
        DateTableCase("تأمل الحكومة في تطعيم نصف السكان هذا العام.", at: "2021-01-02",
                      span: "هذا العام", value: "2021", grain: .year, relative: true),
    ]

    /// `قبل` + a length of time: days and weeks at day grain, months at month grain, years at year grain.
    static let ago: [DateTableCase] = [
        // Thursday 2023-10-19.
        DateTableCase("أعلن المتحدث العسكري قبل يومين مقتل قائد ميداني بارز.", at: "2023-10-19",
                      span: "قبل يومين", value: "2023-10-17", grain: .day, relative: true),
        DateTableCase("اختفى الصحفي قبل ثلاثة أيام أثناء تغطيته للاحتجاجات.", at: "2023-10-19",
                      span: "قبل ثلاثة أيام", value: "2023-10-16", grain: .day, relative: true),
        DateTableCase("وصلت التعزيزات العسكرية إلى المدينة قبل أسبوع.", at: "2023-10-19",
                      span: "قبل أسبوع", value: "2023-10-12", grain: .day, relative: true),
        DateTableCase("بدأت المفاوضات بين النقابة والحكومة قبل أسبوعين دون نتيجة.", at: "2023-10-19",
                      span: "قبل أسبوعين", value: "2023-10-05", grain: .day, relative: true),
        DateTableCase("استقال وزير المالية قبل شهرين إثر خلاف مع رئيس الحكومة.", at: "2023-10-19",
                      span: "قبل شهرين", value: "2023-08", grain: .month, relative: true),
        DateTableCase("تسلم السفير الجديد مهامه قبل شهر.", at: "2023-10-19",
                      span: "قبل شهر", value: "2023-09", grain: .month, relative: true),
        DateTableCase("وقعت الدولتان اتفاقية لترسيم الحدود البحرية قبل عام.", at: "2023-10-19",
                      span: "قبل عام", value: "2022", grain: .year, relative: true),
        DateTableCase("غادر اللاعب الدولي صفوف فريقه قبل عامين إلى الدوري الأوروبي.", at: "2023-10-19",
                      span: "قبل عامين", value: "2021", grain: .year, relative: true),
        DateTableCase("أنشئ صندوق الثروة السيادي قبل خمس سنوات بموارد نفطية.", at: "2023-10-19",
                      span: "قبل خمس سنوات", value: "2018", grain: .year, relative: true),
        DateTableCase("فرضت الحكومة قيودا على الاستيراد قبل ثلاثة أشهر.", at: "2023-10-19",
                      span: "قبل ثلاثة أشهر", value: "2023-07", grain: .month, relative: true),
        // Tuesday 2024-01-02.
        DateTableCase("اندلع الحريق في المستودع قبل ثلاثة أيام وما زال مشتعلا.", at: "2024-01-02",
                      span: "قبل ثلاثة أيام", value: "2023-12-30", grain: .day, relative: true),
        DateTableCase("أطلقت السلطات سراح الناشطين قبل أسبوع بعد ضغوط دولية.", at: "2024-01-02",
                      span: "قبل أسبوع", value: "2023-12-26", grain: .day, relative: true),
        DateTableCase("وقع الانقلاب العسكري قبل شهرين وسط صمت إقليمي.", at: "2024-01-02",
                      span: "قبل شهرين", value: "2023-11", grain: .month, relative: true),
        DateTableCase("افتتح المطار الجديد قبل عام بتكلفة تجاوزت ملياري دولار.", at: "2024-01-02",
                      span: "قبل عام", value: "2023", grain: .year, relative: true),
        // Thursday 2024-02-29.
        DateTableCase("تعرضت سفينة تجارية لهجوم في البحر الأحمر قبل يومين.", at: "2024-02-29",
                      span: "قبل يومين", value: "2024-02-27", grain: .day, relative: true),
        DateTableCase("أعلنت الشركة إفلاسها قبل 10 أيام بعد تراكم الديون.", at: "2024-02-29",
                      span: "قبل 10 أيام", value: "2024-02-19", grain: .day, relative: true),
        DateTableCase("تولى الرئيس الحالي منصبه قبل سنة بعد انتخابات مبكرة.", at: "2024-02-29",
                      span: "قبل سنة", value: "2023", grain: .year, relative: true),
        // Sunday 2025-07-13.
        DateTableCase("أصيب عدد من المدنيين في قصف مدفعي قبل أربعة أيام.", at: "2025-07-13",
                      span: "قبل أربعة أيام", value: "2025-07-09", grain: .day, relative: true),
        DateTableCase("علقت الحكومة العمل بقانون الطوارئ قبل ستة أشهر.", at: "2025-07-13",
                      span: "قبل ستة أشهر", value: "2025-01", grain: .month, relative: true),
        DateTableCase("انسحبت القوات الأجنبية من البلاد قبل عشر سنوات.", at: "2025-07-13",
                      span: "قبل عشر سنوات", value: "2015", grain: .year, relative: true),
    ]

    /// A month without its year: the latest such month on or before the publication month;
    /// `الماضي` strictly before it, `المقبل` strictly after it.
    static let monthWithoutYear: [DateTableCase] = [
        // October 2023.
        DateTableCase("ارتفعت أسعار الخبز بنسبة كبيرة في يونيو بعد رفع الدعم.", at: "2023-10-19",
                      span: "يونيو", value: "2023-06", grain: .month, relative: true),
        DateTableCase("وقعت الحكومة اتفاقا مع صندوق النقد الدولي سبتمبر الماضي.", at: "2023-10-19",
                      span: "سبتمبر الماضي", value: "2023-09", grain: .month, relative: true),
        DateTableCase("انخفضت مبيعات السيارات مقارنة بمستواها في أكتوبر الماضي.", at: "2023-10-19",
                      span: "أكتوبر الماضي", value: "2022-10", grain: .month, relative: true),
        DateTableCase("سجلت المحافظة أكبر عدد من الإصابات في أكتوبر منذ بداية الوباء.", at: "2023-10-19",
                      span: "أكتوبر", value: "2023-10", grain: .month, relative: true),
        DateTableCase("شهدت البلاد فيضانات مدمرة في نوفمبر أودت بحياة العشرات.", at: "2023-10-19",
                      span: "نوفمبر", value: "2022-11", grain: .month, relative: true),
        DateTableCase("تجرى الانتخابات التشريعية في يونيو المقبل بحسب الدستور.", at: "2023-10-19",
                      span: "يونيو المقبل", value: "2024-06", grain: .month, relative: true),
        DateTableCase("تنتهي ولاية المجلس الحالي في ديسمبر المقبل.", at: "2023-10-19",
                      span: "ديسمبر المقبل", value: "2023-12", grain: .month, relative: true),
        DateTableCase("رفعت الحكومة أسعار الوقود في آذار الماضي للمرة الثالثة.", at: "2023-10-19",
                      span: "آذار الماضي", value: "2023-03", grain: .month, relative: true),
        DateTableCase("تعرضت المدينة لزلزال عنيف في شباط خلف دمارا واسعا.", at: "2023-10-19",
                      span: "شباط", value: "2023-02", grain: .month, relative: true),
        DateTableCase("عاد اللاجئون الأوائل إلى قراهم في أيار برعاية أممية.", at: "2023-10-19",
                      span: "أيار", value: "2023-05", grain: .month, relative: true),
        // July 2025.
        DateTableCase("يستضيف البلد قمة المناخ الإقليمية في يونيو المقبل.", at: "2025-07-13",
                      span: "يونيو المقبل", value: "2026-06", grain: .month, relative: true),
        DateTableCase("أعلن الحزب الحاكم مرشحه للرئاسة في يوليو الماضي.", at: "2025-07-13",
                      span: "يوليو الماضي", value: "2024-07", grain: .month, relative: true),
        DateTableCase("وقعت الشركتان عقد الشراكة في مارس بعد مفاوضات طويلة.", at: "2025-07-13",
                      span: "مارس", value: "2025-03", grain: .month, relative: true),
        DateTableCase("يبدأ تطبيق نظام الضريبة الجديد في أغسطس المقبل.", at: "2025-07-13",
                      span: "أغسطس المقبل", value: "2025-08", grain: .month, relative: true),
        // January 2024.
        DateTableCase("تراجعت الصادرات الزراعية بشكل كبير ديسمبر الماضي.", at: "2024-01-02",
                      span: "ديسمبر الماضي", value: "2023-12", grain: .month, relative: true),
        DateTableCase("بلغت الاحتجاجات ذروتها في ديسمبر قبل أن تتراجع تدريجيا.", at: "2024-01-02",
                      span: "ديسمبر", value: "2023-12", grain: .month, relative: true),
        DateTableCase("بدأت الأزمة الدبلوماسية بين البلدين في يناير الماضي.", at: "2024-01-02",
                      span: "يناير الماضي", value: "2023-01", grain: .month, relative: true),
        DateTableCase("يطرح البنك المركزي أوراقا نقدية جديدة في فبراير المقبل.", at: "2024-01-02",
                      span: "فبراير المقبل", value: "2024-02", grain: .month, relative: true),
        DateTableCase("تجاوزت درجات الحرارة المعدلات المعتادة في يناير بحسب الأرصاد.", at: "2024-01-02",
                      span: "يناير", value: "2024-01", grain: .month, relative: true),
        // February 2024.
        DateTableCase("رفعت الحكومة الحد الأدنى للأجور في فبراير الماضي.", at: "2024-02-29",
                      span: "فبراير الماضي", value: "2023-02", grain: .month, relative: true),
        DateTableCase("يستأنف البرلمان دورته العادية في مارس المقبل.", at: "2024-02-29",
                      span: "مارس المقبل", value: "2024-03", grain: .month, relative: true),
    ]

    @Test("`الأسبوع`/`الشهر`/`العام` with `الماضي`, `الجاري`, `المقبل`, or after `هذا`",
          arguments: RelativePeriodTests.relativePeriods)
    func relativePeriod(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }

    @Test("`قبل` + days, weeks, months or years", arguments: RelativePeriodTests.ago)
    func agoDate(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }

    @Test("A month without its year, alone, `الماضي` or `المقبل`", arguments: RelativePeriodTests.monthWithoutYear)
    func monthAlone(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }
}
