import Testing

/// What is not a date (docs/time-and-quantities.md): durations, ordinals that are not a day, names
/// that contain a date, `يوم` in a named day, and plain quantities. No date may overlap the span.
@Suite("Date grammar: not a date")
struct NotADateTests {
    /// A length of time is a duration, not a date (`قبل يومين` is a date: see RelativePeriodTests).
    static let durations: [DateTableExclusion] = [
        DateTableExclusion("استمرت المفاوضات يومين في العاصمة العمانية مسقط.", at: "2023-10-19",
                           notADate: "يومين"),
        DateTableExclusion("أضرب المعلمون ثلاثة أيام احتجاجا على تأخر الرواتب.", at: "2023-10-19",
                           notADate: "ثلاثة أيام"),
        DateTableExclusion("حكمت الأسرة البلاد ثمانين عامًا دون انقطاع.", at: "2023-10-19",
                           notADate: "ثمانين عامًا"),
        DateTableExclusion("أغلق المطار الدولي لمدة أسبوعين بسبب الأحوال الجوية.", at: "2023-10-19",
                           notADate: "أسبوعين"),
        DateTableExclusion("قضى المعارض البارز عشر سنوات في السجن دون محاكمة.", at: "2023-10-19",
                           notADate: "عشر سنوات"),
        DateTableExclusion("توقفت الملاحة في القناة مدة شهر ونصف بسبب جنوح السفينة.", at: "2023-10-19",
                           notADate: "شهر ونصف"),
        DateTableExclusion("دامت الجلسة المغلقة ساعة ونصف وسط خلافات حادة.", at: "2023-10-19",
                           notADate: "ساعة ونصف"),
        DateTableExclusion("يستغرق نقل البضائع إلى الحدود 48 ساعة بالشاحنات.", at: "2023-10-19",
                           notADate: "48 ساعة"),
        DateTableExclusion("استمر انقطاع الكهرباء سبعة أشهر في بعض الأحياء الشرقية.", at: "2025-07-13",
                           notADate: "سبعة أشهر"),
        DateTableExclusion("تمتد ولاية الرئيس خمس سنوات قابلة للتجديد مرة واحدة.", at: "2025-07-13",
                           notADate: "خمس سنوات"),
        DateTableExclusion("عمل فريق الخبراء على مدى عامين لإعداد التقرير النهائي.", at: "2025-07-13",
                           notADate: "عامين"),
        DateTableExclusion("أمهلت الحكومة الشركات ثلاثين يوما لتسوية أوضاعها القانونية.", at: "2024-02-29",
                           notADate: "ثلاثين يوما"),
        DateTableExclusion("توقف القتال نصف ساعة للسماح بإجلاء الجرحى.", at: "2024-02-29",
                           notADate: "نصف ساعة"),
        DateTableExclusion("ظل منصب رئيس الوزراء شاغرا لمدة ستة أسابيع بعد الاستقالة.", at: "2024-01-02",
                           notADate: "ستة أسابيع"),
        DateTableExclusion("يعود تاريخ الاتفاقية الحدودية إلى أكثر من مائة عام.", at: "2024-01-02",
                           notADate: "مائة عام"),
        DateTableExclusion("يتطلب تجديد جواز السفر خمسة عشر يوما على الأقل.", at: "2024-01-02",
                           notADate: "خمسة عشر يوما"),
    ]

    /// An ordinal that does not count a day of a month.
    static let ordinals: [DateTableExclusion] = [
        DateTableExclusion("أحيت البلاد الذكرى الثمانين لتأسيس الجيش الوطني.", at: "2023-10-19",
                           notADate: "الذكرى الثمانين"),
        DateTableExclusion("انطلقت الجولة الرابعة من المفاوضات في جنيف بحضور الوسطاء.", at: "2023-10-19",
                           notADate: "الرابعة من المفاوضات"),
        DateTableExclusion("حل المنتخب الوطني في المركز الرابع من أصل عشرين فريقا.", at: "2023-10-19",
                           notADate: "الرابع من أصل عشرين"),
        DateTableExclusion("فاز الحزب الحاكم بالانتخابات للمرة الثانية على التوالي.", at: "2023-10-19",
                           notADate: "للمرة الثانية"),
        DateTableExclusion("تعد هذه الزيارة الأولى من نوعها لرئيس أمريكي إلى البلاد.", at: "2023-10-19",
                           notADate: "الأولى من نوعها"),
        DateTableExclusion("احتفلت الجامعة بالذكرى الخمسين لتأسيسها بحضور رسمي.", at: "2023-10-19",
                           notADate: "الذكرى الخمسين"),
        DateTableExclusion("استهدف القصف الطابق العاشر من المبنى الحكومي.", at: "2023-10-19",
                           notADate: "العاشر من المبنى"),
        DateTableExclusion("انتشرت قوات الفرقة الرابعة في محيط العاصمة.", at: "2023-10-19",
                           notADate: "الفرقة الرابعة"),
        DateTableExclusion("دخل إضراب عمال الموانئ يومه الخامس على التوالي.", at: "2023-10-19",
                           notADate: "يومه الخامس"),
        DateTableExclusion("اختتمت الجولة الحادية عشرة من المحادثات دون بيان مشترك.", at: "2023-10-19",
                           notADate: "الحادية عشرة من المحادثات"),
        DateTableExclusion("يحتل البلد المرتبة الأولى عربيا في إنتاج الغاز الطبيعي.", at: "2023-10-19",
                           notADate: "المرتبة الأولى"),
        DateTableExclusion("دخلت الحرب شهرها العاشر دون أفق واضح للحل.", at: "2023-10-19",
                           notADate: "شهرها العاشر"),
        DateTableExclusion("أقيمت مراسم الذكرى السنوية الأولى للزلزال في المدينة المنكوبة.", at: "2023-10-19",
                           notADate: "الذكرى السنوية الأولى"),
    ]

    /// A name of a place, a movement or an event that contains a date.
    static let namesWithDates: [DateTableExclusion] = [
        DateTableExclusion("أقيمت المباراة النهائية على ملعب الأول من مايو في بيونغ يانغ.", at: "2023-10-19",
                           notADate: "ملعب الأول من مايو"),
        DateTableExclusion("شارك آلاف الشباب في ثورة 25 يناير ضد النظام السابق.", at: "2023-10-19",
                           notADate: "ثورة 25 يناير"),
        DateTableExclusion("يقع المصنع الجديد للسيارات في مدينة 6 أكتوبر غرب القاهرة.", at: "2023-10-19",
                           notADate: "مدينة 6 أكتوبر"),
        DateTableExclusion("أغلقت الشرطة جسر 6 أكتوبر أمام حركة المرور لساعات.", at: "2023-10-19",
                           notADate: "جسر 6 أكتوبر"),
        DateTableExclusion("نظمت حركة 20 فبراير وقفة احتجاجية أمام البرلمان في الرباط.", at: "2023-10-19",
                           notADate: "حركة 20 فبراير"),
        DateTableExclusion("أحيا العراقيون ذكرى ثورة 14 تموز بفعاليات في بغداد.", at: "2023-10-19",
                           notADate: "ثورة 14 تموز"),
        DateTableExclusion("تخرج الطالب في جامعة 6 أكتوبر بتقدير ممتاز.", at: "2023-10-19",
                           notADate: "جامعة 6 أكتوبر"),
        DateTableExclusion("سيطرت حركة 23 مارس المتمردة على بلدات جديدة في شرق الكونغو.", at: "2023-10-19",
                           notADate: "حركة 23 مارس"),
        DateTableExclusion("أغلقت المحلات التجارية في شارع 26 يوليو وسط القاهرة.", at: "2023-10-19",
                           notADate: "شارع 26 يوليو"),
        DateTableExclusion("شارك في ثورة 17 فبراير الليبية آلاف الشباب.", at: "2023-10-19",
                           notADate: "ثورة 17 فبراير"),
        DateTableExclusion("غيرت ثورة 23 يوليو شكل الحكم في مصر جذريا.", at: "2023-10-19",
                           notADate: "ثورة 23 يوليو"),
        DateTableExclusion("استضاف استاد 30 يونيو المباراة الودية بين المنتخبين.", at: "2023-10-19",
                           notADate: "استاد 30 يونيو"),
        DateTableExclusion("امتلأت مدرجات ملعب 5 جويلية بالجماهير قبل انطلاق المباراة.", at: "2023-10-19",
                           notADate: "ملعب 5 جويلية"),
    ]

    /// `يوم` and `اليوم` in the name of an observance.
    static let namedDays: [DateTableExclusion] = [
        DateTableExclusion("احتفلت روسيا بيوم النصر بعرض عسكري في الساحة الحمراء.", at: "2023-10-19",
                           notADate: "يوم النصر"),
        DateTableExclusion("أحيا الفلسطينيون يوم الأرض بمسيرات في عدة مدن.", at: "2023-10-19",
                           notADate: "يوم الأرض"),
        DateTableExclusion("احتفلت المملكة باليوم الوطني بعروض جوية وألعاب نارية.", at: "2023-10-19",
                           notADate: "اليوم الوطني"),
        DateTableExclusion("تزامن انعقاد المؤتمر مع اليوم العالمي لحرية الصحافة.", at: "2023-10-19",
                           notADate: "اليوم العالمي لحرية الصحافة"),
        DateTableExclusion("نظمت المدارس فعاليات ثقافية بمناسبة يوم الاستقلال.", at: "2023-10-19",
                           notADate: "يوم الاستقلال"),
        DateTableExclusion("خرجت مسيرات حاشدة في عدة عواصم إحياء ليوم القدس العالمي.", at: "2023-10-19",
                           notADate: "يوم القدس العالمي"),
        DateTableExclusion("أطلق الناشطون على التظاهرة الكبرى اسم يوم الغضب.", at: "2023-10-19",
                           notADate: "يوم الغضب"),
        DateTableExclusion("تحيي الأمم المتحدة اليوم الدولي للسلام بفعاليات متعددة.", at: "2023-10-19",
                           notADate: "اليوم الدولي للسلام"),
        DateTableExclusion("كرمت الوزارة عددا من الرائدات في يوم المرأة العالمي.", at: "2023-10-19",
                           notADate: "يوم المرأة العالمي"),
    ]

    /// Numbers with a counted noun or unit, numbers in names, and ranges of quantities.
    static let quantities: [DateTableExclusion] = [
        DateTableExclusion("أرسلت كوريا الشمالية أكثر من 12 مليون قذيفة إلى روسيا.", at: "2023-10-19",
                           notADate: "12 مليون قذيفة"),
        DateTableExclusion("نشر الجيش 2000 جندي على الحدود الشرقية.", at: "2023-10-19",
                           notADate: "2000 جندي"),
        DateTableExclusion("تضم القاعدة الجوية 1950 عسكريا من جنسيات مختلفة.", at: "2023-10-19",
                           notADate: "1950 عسكريا"),
        DateTableExclusion("تبلغ مساحة المحمية الطبيعية 2015 كيلومترا مربعا.", at: "2023-10-19",
                           notADate: "2015 كيلومترا"),
        DateTableExclusion("أغلق المؤشر العام للبورصة عند 2024 نقطة في ختام التداولات.", at: "2024-02-29",
                           notADate: "2024 نقطة"),
        DateTableExclusion("بلغ عدد اللاجئين في المخيمات نحو 290 ألف شخص.", at: "2023-10-19",
                           notADate: "290 ألف شخص"),
        DateTableExclusion("ينتج الحقل البحري الجديد 3 ملايين برميل يوميا.", at: "2023-10-19",
                           notADate: "3 ملايين برميل"),
        DateTableExclusion("نشرت الوزارة بين 10 و20 دبابة في محيط المدينة.", at: "2023-10-19",
                           notADate: "بين 10 و20 دبابة"),
        DateTableExclusion("وصل من 5 إلى 7 آلاف مقاتل إلى خطوط الجبهة.", at: "2023-10-19",
                           notADate: "من 5 إلى 7 آلاف مقاتل"),
        DateTableExclusion("ارتفعت أسعار المستهلكين بنسبة 19.10 في المئة على أساس سنوي.", at: "2023-10-19",
                           notADate: "19.10 في المئة"),
        DateTableExclusion("فرض مجلس الأمن منطقة حظر جوي بموجب القرار رقم 1973.", at: "2023-10-19",
                           notADate: "رقم 1973"),
        DateTableExclusion("للاستفسار يمكن الاتصال بالرقم المجاني 0123456789 طوال الأسبوع.", at: "2023-10-19",
                           notADate: "0123456789"),
        DateTableExclusion("أصيب آلاف الأشخاص بفيروس كوفيد-19 في الموجة الأخيرة.", at: "2023-10-19",
                           notADate: "كوفيد-19"),
        DateTableExclusion("تسلم سلاح الجو دفعة جديدة من طائرات إف-16 المطورة.", at: "2023-10-19",
                           notADate: "إف-16"),
        DateTableExclusion("ارتفعت حصيلة الهجوم إلى 12 قتيلا و30 جريحا.", at: "2023-10-19",
                           notADate: "12 قتيلا"),
    ]

    @Test("A duration is not a date", arguments: NotADateTests.durations)
    func durationIsNotADate(_ row: DateTableExclusion) {
        DateTableCheck.expectNoDate(row)
    }

    @Test("An ordinal that is not a day is not a date", arguments: NotADateTests.ordinals)
    func ordinalIsNotADate(_ row: DateTableExclusion) {
        DateTableCheck.expectNoDate(row)
    }

    @Test("A name that contains a date is not a date", arguments: NotADateTests.namesWithDates)
    func nameIsNotADate(_ row: DateTableExclusion) {
        DateTableCheck.expectNoDate(row)
    }

    @Test("`يوم` in the name of an observance is not a date", arguments: NotADateTests.namedDays)
    func namedDayIsNotADate(_ row: DateTableExclusion) {
        DateTableCheck.expectNoDate(row)
    }

    @Test("A quantity is not a date", arguments: NotADateTests.quantities)
    func quantityIsNotADate(_ row: DateTableExclusion) {
        DateTableCheck.expectNoDate(row)
    }
}
