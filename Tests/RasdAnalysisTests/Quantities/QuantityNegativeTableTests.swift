import Testing

/// What is not a quantity (docs/time-and-quantities.md, end of "Quantities"): no mention may
/// overlap these spans, whatever else the sentence holds.
@Suite("Quantities: not quantities")
struct QuantityNegativeTableTests {
    static let years: [QuantityTableNonExample] = [
        .init("ارتفعت الصادرات بشكل ملحوظ في عام 2022.", "عام 2022"),
        .init("تأسست الشركة في 2019 برأسمال صغير.", "2019"),
        .init("شهد العام 2020 تراجعا حادا في السياحة.", "العام 2020"),
        .init("انضمت البلاد إلى المنظمة سنة ١٩٩٥.", "سنة ١٩٩٥"),
        .init("بلغت الديون ذروتها منذ 2014 ولم تتراجع بعدها.", "2014"),
        .init("من المتوقع أن يكتمل المشروع بحلول ۲۰۳۰.", "۲۰۳۰"),
        .init("وقعت الحادثة صيف 2024 في جنوب البلاد.", "صيف 2024"),
        .init("قال الوزير إن النمو تجاوز 4 في المئة في 2023.", "2023"),
    ]

    @Test("Years", arguments: years)
    func year(example: QuantityTableNonExample) { QuantityTable.check(example) }

    static let dates: [QuantityTableNonExample] = [
        .init("وقع الهجوم في 19 أكتوبر 2023 قرب الحدود.", "19 أكتوبر 2023"),
        .init("أصدرت المحكمة حكمها بتاريخ 19/10/2023.", "19/10/2023"),
        .init("دخل القرار حيز التنفيذ في 2023-10-19.", "2023-10-19"),
        .init("التقى الوزيران يوم 5 تشرين الثاني 2022 في عمان.", "5 تشرين الثاني 2022"),
        .init("صدر البيان في ١٢ يوليو/ تموز ٢٠٢٥ عن الرئاسة.", "١٢ يوليو/ تموز ٢٠٢٥"),
        .init("تنطلق البطولة في 14 مارس المقبل.", "14 مارس"),
        .init("يقام المعرض من 5 إلى 7 أكتوبر في الرياض.", "من 5 إلى 7 أكتوبر"),
        .init("أعلنت دار الإفتاء أن 1 رمضان 1445 هـ يوافق الاثنين.", "1 رمضان 1445 هـ"),
        .init("شارك آلاف الشباب في ثورة 25 يناير.", "25 يناير"),
        .init("وقع الانفجار قبل ثلاثة أيام في الميناء.", "قبل ثلاثة أيام"),
    ]

    @Test("Full dates, and dates that name a number of days", arguments: dates)
    func date(example: QuantityTableNonExample) { QuantityTable.check(example) }

    static let times: [QuantityTableNonExample] = [
        .init("انفجرت العبوة في الساعة 16:02 بالتوقيت المحلي.", "الساعة 16:02"),
        .init("بدأ القصف عند الساعة 4 فجرا.", "الساعة 4 فجرا"),
        .init("تنطلق المباراة في الساعة ٩:٣٠ مساء.", "الساعة ٩:٣٠ مساء"),
        .init("أغلقت الأسواق أبوابها عند 3 مساء بسبب العاصفة.", "3 مساء"),
        .init("اجتمع المجلس عند الساعة العاشرة صباحا.", "الساعة العاشرة صباحا"),
        .init("وصل الوفد إلى المطار في تمام الساعة 11:45.", "11:45"),
    ]

    @Test("Times", arguments: times)
    func time(example: QuantityTableNonExample) { QuantityTable.check(example) }

    static let durations: [QuantityTableNonExample] = [
        .init("استمرت المفاوضات ثلاثة أيام في جنيف.", "ثلاثة أيام"),
        .init("توقفت الرحلات الجوية يومين بسبب العاصفة.", "يومين"),
        .init("حكم الحزب البلاد ثمانين عامًا متواصلة.", "ثمانين عامًا"),
        .init("أمضى الصحفي أسبوعين في المنطقة المحاصرة.", "أسبوعين"),
        .init("قضى المعارض عشر سنوات في السجن قبل الإفراج عنه.", "عشر سنوات"),
        .init("استغرقت عملية الإنقاذ ساعة ونصف.", "ساعة ونصف"),
        .init("استمر إضراب عمال الميناء مدة شهر ونصف.", "شهر ونصف"),
        .init("أمهلت الحكومة الشركات 48 ساعة لتسوية أوضاعها.", "48 ساعة"),
        .init("تستمر حملة التطعيم خمسة أشهر في المحافظات كافة.", "خمسة أشهر"),
        .init("انقطعت الكهرباء 20 دقيقة عن الحي.", "20 دقيقة"),
        .init("أعلن وقف إطلاق النار لمدة ٧٢ ساعة.", "٧٢ ساعة"),
        .init("لم تدم الهدنة سوى بضعة أيام.", "بضعة أيام"),
    ]

    @Test("Durations", arguments: durations)
    func duration(example: QuantityTableNonExample) { QuantityTable.check(example) }

    static let ordinals: [QuantityTableNonExample] = [
        .init("احتل المنتخب المركز الرابع في البطولة.", "الرابع"),
        .init("يعقد المؤتمر الحادي عشر للحزب في الربيع.", "الحادي عشر"),
        .init("انطلقت الدورة الحادية عشرة للمهرجان أمس.", "الحادية عشرة"),
        .init("فاز الفريق باللقب للمرة الثالثة على التوالي.", "الثالثة"),
        .init("احتفلت البلاد بالذكرى الثمانين للاستقلال.", "الثمانين"),
        .init("يقع مكتب الشركة في الطابق العاشر من المبنى.", "العاشر"),
        .init("حل العداء ثانيا في السباق النهائي.", "ثانيا"),
        .init("عقدت الجولة الخامسة والعشرون من المفاوضات في الدوحة.", "الخامسة والعشرون"),
    ]

    @Test("Ordinals", arguments: ordinals)
    func ordinal(example: QuantityTableNonExample) { QuantityTable.check(example) }

    static let phoneNumbers: [QuantityTableNonExample] = [
        .init("للاستفسار يرجى الاتصال على الرقم 0123456789.", "0123456789"),
        .init("خصصت الوزارة الخط الساخن +966 11 123 4567 للبلاغات.", "+966 11 123 4567"),
        .init("يمكن التواصل مع السفارة على 00201001234567.", "00201001234567"),
        .init("اتصلوا بمركز الطوارئ على الرقم 0501234567 على مدار الساعة.", "0501234567"),
        .init("أعلنت الهيئة رقم الشكاوى ٠٢٢٣٤٥٦٧٨٩ للمواطنين.", "٠٢٢٣٤٥٦٧٨٩"),
        .init("وللتواصل مع المكتب في لندن: +44 20 7946 0958.", "+44 20 7946 0958"),
    ]

    @Test("Phone-like digit runs", arguments: phoneNumbers)
    func phone(example: QuantityTableNonExample) { QuantityTable.check(example) }

    static let namesAndModels: [QuantityTableNonExample] = [
        .init("ارتفعت الإصابات بكوفيد-19 خلال الشتاء.", "كوفيد-19"),
        .init("تسلمت القوات الجوية طائرات إف-16 الأمريكية.", "إف-16"),
        .init("اجتمع قادة مجموعة G20 في نيودلهي.", "G20"),
        .init("نشرت روسيا منظومة إس-400 قرب الحدود.", "إس-400"),
        .init("تسلم الجيش مقاتلات سو-35 الروسية.", "سو-35"),
        .init("أسقطت الدفاعات مقاتلة ميغ-29 فوق البحر.", "ميغ-29"),
        .init("دمرت القوات دبابة تي-72 في الهجوم.", "تي-72"),
        .init("حذرت المنظمة من انتشار فيروس H1N1 في المدارس.", "H1N1"),
        .init("تحطمت طائرة بوينغ 737 بعد دقائق من الإقلاع.", "بوينغ 737"),
        .init("تبنى مجلس الأمن القرار 2231 بالإجماع.", "القرار 2231"),
    ]

    @Test("Digits inside names and models", arguments: namesAndModels)
    func name(example: QuantityTableNonExample) { QuantityTable.check(example) }

    static let pronouns: [QuantityTableNonExample] = [
        .init("قال أحد المسؤولين إن المحادثات ستستأنف قريبا.", "أحد"),
        .init("أكد أحد الشهود سماع دوي انفجار قوي.", "أحد"),
        .init("أصيبت إحدى المدارس بأضرار طفيفة.", "إحدى"),
        .init("يعد اللاعب واحدا من أبرز المهاجمين في القارة.", "واحدا"),
        .init("تعد المدينة واحدة من أكثر المدن تلوثا.", "واحدة"),
        .init("لم يصب أحد بأذى في الحادث.", "أحد"),
        .init("حصل كل واحد منهم على منحة دراسية.", "واحد"),
        .init("تقام المباراة يوم الأحد المقبل.", "الأحد"),
    ]

    @Test("واحد / أحد as a pronoun, and الأحد the weekday", arguments: pronouns)
    func pronoun(example: QuantityTableNonExample) { QuantityTable.check(example) }
}
