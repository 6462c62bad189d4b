import Testing

/// Hedges and their qualifiers, before or after the number, inside the span; attached proclitics
/// (`و` `ف` `ب` `ل`) outside it.
@Suite("Quantities: hedges and proclitics")
struct QuantityHedgeTableTests {
    static let approximately: [QuantityTableExample] = [
        .init("نشرت روسيا نحو 10 آلاف جندي على الحدود.", "نحو 10 آلاف جندي", 10_000, unit: "جندي", lemma: "جندي", qualifier: "approx"),
        .init("استوردت المملكة حوالي 28 ألف حاوية خلال الربع الأول.", "حوالي 28 ألف حاوية", 28_000, unit: "حاوية", lemma: "حاوية", qualifier: "approx"),
        .init("نزح قرابة 300 ألف شخص من المدينة.", "قرابة 300 ألف شخص", 300_000, unit: "شخص", lemma: "شخص", qualifier: "approx"),
        .init("شارك في المعرض زهاء 500 شركة.", "زهاء 500 شركة", 500, unit: "شركة", lemma: "شركة", qualifier: "approx"),
        .init("قتل ما يقرب من 70 شخصا في الفيضانات.", "ما يقرب من 70 شخصا", 70, unit: "شخصا", lemma: "شخص", qualifier: "approx"),
        .init("بلغت الخسائر ما يناهز ملياري دولار.", "ما يناهز ملياري دولار", 2_000_000_000, unit: "دولار", lemma: "دولار", qualifier: "approx"),
        .init("تبعد المدينة نحو 290 كيلومترًا عن العاصمة.", "نحو 290 كيلومترًا", 290, unit: "كيلومترًا", lemma: "كيلومتر", qualifier: "approx"),
        .init("تراجعت الصادرات حوالي 20 في المئة.", "حوالي 20 في المئة", 20, unit: "في المئة", lemma: "%", qualifier: "approx"),
        .init("أصيب نحو خمسين شخصا في المواجهات.", "نحو خمسين شخصا", 50, unit: "شخصا", lemma: "شخص", qualifier: "approx"),
        .init("حضر الجمعية العمومية قرابة ٤٠٠ عضو.", "قرابة ٤٠٠ عضو", 400, unit: "عضو", lemma: "عضو", qualifier: "approx"),
    ]

    @Test("approx: نحو حوالي قرابة زهاء ما يقرب من ما يناهز", arguments: approximately)
    func approx(example: QuantityTableExample) { QuantityTable.check(example) }

    static let approximatelyWithProclitic: [QuantityTableExample] = [
        .init("قدرت الأمم المتحدة عدد النازحين بنحو مليون شخص.", "نحو مليون شخص", 1_000_000, unit: "شخص", lemma: "شخص", qualifier: "approx"),
        .init("تعرضت المدينة لنحو 40 غارة جوية.", "نحو 40 غارة", 40, unit: "غارة", lemma: "غارة", qualifier: "approx"),
        .init("تقدر الاحتياطات بحوالي 3 مليارات برميل.", "حوالي 3 مليارات برميل", 3_000_000_000, unit: "برميل", lemma: "برميل", qualifier: "approx"),
        .init("قتل 12 جنديا وقرابة 30 مدنيا في الهجوم.", "قرابة 30 مدنيا", 30, unit: "مدنيا", lemma: "مدني", qualifier: "approx"),
        .init("ساهمت الشركة بما يقرب من 15 مليون يورو.", "ما يقرب من 15 مليون يورو", 15_000_000, unit: "يورو", lemma: "يورو", qualifier: "approx"),
        .init("قدرت الخسائر بزهاء 4 مليارات دولار.", "زهاء 4 مليارات دولار", 4_000_000_000, unit: "دولار", lemma: "دولار", qualifier: "approx"),
        .init("تعرض الموقع لقرابة مئة هجوم إلكتروني.", "قرابة مئة هجوم", 100, unit: "هجوم", lemma: "هجوم", qualifier: "approx"),
        .init("قدرت الخسائر في المدينة بمليار دولار وبنحو 300 مليون في الريف.", "نحو 300 مليون", 300_000_000, qualifier: "approx"),
    ]

    @Test("approx after a proclitic: بنحو لنحو بحوالي وقرابة بما يقرب من", arguments: approximatelyWithProclitic)
    func approxProclitic(example: QuantityTableExample) { QuantityTable.check(example) }

    static let moreThan: [QuantityTableExample] = [
        .init("أرسلت كوريا الشمالية أكثر من مليون قذيفة مدفعية.", "أكثر من مليون قذيفة", 1_000_000, unit: "قذيفة", lemma: "قذيفة", qualifier: "more_than"),
        .init("أطلقت القوات أكثر من 12 مليون قذيفة منذ بداية الحرب.", "أكثر من 12 مليون قذيفة", 12_000_000, unit: "قذيفة", lemma: "قذيفة", qualifier: "more_than"),
        .init("نقلت السفن أكثر من ألف حاوية إلى الموانئ الروسية.", "أكثر من ألف حاوية", 1000, unit: "حاوية", lemma: "حاوية", qualifier: "more_than"),
        .init("قتل ما يزيد على 200 شخص في الزلزال.", "ما يزيد على 200 شخص", 200, unit: "شخص", lemma: "شخص", qualifier: "more_than"),
        .init("سجلت الوزارة ما يزيد عن 5 آلاف إصابة.", "ما يزيد عن 5 آلاف إصابة", 5000, unit: "إصابة", lemma: "إصابة", qualifier: "more_than"),
        .init("شارك أزيد من 3000 طالب في المسابقة.", "أزيد من 3000 طالب", 3000, unit: "طالب", lemma: "طالب", qualifier: "more_than"),
        .init("يعيش في المخيم عدد يزيد على 40 ألف لاجئ.", "يزيد على 40 ألف لاجئ", 40_000, unit: "لاجئ", lemma: "لاجئ", qualifier: "more_than"),
        .init("قتل أكثر من مئة مدني في الغارات.", "أكثر من مئة مدني", 100, unit: "مدني", lemma: "مدني", qualifier: "more_than"),
        .init("قدرت الخسائر بأكثر من 10 مليارات دولار.", "أكثر من 10 مليارات دولار", 10_000_000_000, unit: "دولار", lemma: "دولار", qualifier: "more_than"),
        .init("تعرضت المنطقة لأكثر من 50 غارة خلال يومين.", "أكثر من 50 غارة", 50, unit: "غارة", lemma: "غارة", qualifier: "more_than"),
        .init("نقل 12 جريحا إلى المستشفى وأكثر من 40 إلى العيادات الميدانية.", "أكثر من 40", 40, qualifier: "more_than"),
        .init("ارتفع الإنتاج بما يزيد على 8 في المئة.", "ما يزيد على 8 في المئة", 8, unit: "في المئة", lemma: "%", qualifier: "more_than"),
    ]

    @Test("more_than: أكثر من ما يزيد على/عن أزيد من يزيد على, also بأكثر من لأكثر من", arguments: moreThan)
    func more(example: QuantityTableExample) { QuantityTable.check(example) }

    static let lessThan: [QuantityTableExample] = [
        .init("لم يتبق سوى أقل من 100 طبيب في المدينة.", "أقل من 100 طبيب", 100, unit: "طبيب", lemma: "طبيب", qualifier: "less_than"),
        .init("حصل المرشح على ما يقل عن 5 في المئة من الأصوات.", "ما يقل عن 5 في المئة", 5, unit: "في المئة", lemma: "%", qualifier: "less_than"),
        .init("فاز المرشح بأقل من ألف صوت.", "أقل من ألف صوت", 1000, unit: "صوت", lemma: "صوت", qualifier: "less_than"),
        .init("تراجع مخزون القمح لأقل من 500 طن.", "أقل من 500 طن", 500, unit: "طن", lemma: "طن", qualifier: "less_than"),
        .init("تراجع النمو إلى أقل من 2 في المئة.", "أقل من 2 في المئة", 2, unit: "في المئة", lemma: "%", qualifier: "less_than"),
        .init("يعيش في الجزيرة أقل من ثلاثة آلاف شخص.", "أقل من ثلاثة آلاف شخص", 3000, unit: "شخص", lemma: "شخص", qualifier: "less_than"),
    ]

    @Test("less_than: أقل من ما يقل عن, also بأقل من لأقل من", arguments: lessThan)
    func less(example: QuantityTableExample) { QuantityTable.check(example) }

    static let atLeast: [QuantityTableExample] = [
        .init("قتل ما لا يقل عن 30 شخصا في انفجار بالعاصمة.", "ما لا يقل عن 30 شخصا", 30, unit: "شخصا", lemma: "شخص", qualifier: "at_least"),
        .init("اشترط القانون رأسمال لا يقل عن مليون ريال.", "لا يقل عن مليون ريال", 1_000_000, unit: "ريال", lemma: "ريال", qualifier: "at_least"),
        .init("قدرت الخسائر بما لا يقل عن 3 مليارات دولار.", "ما لا يقل عن 3 مليارات دولار", 3_000_000_000, unit: "دولار", lemma: "دولار", qualifier: "at_least"),
        .init("تعرض المستشفى لما لا يقل عن عشر ضربات.", "ما لا يقل عن عشر ضربات", 10, unit: "ضربات", lemma: "ضربة", qualifier: "at_least"),
        .init("أصيب على الأقل 20 شخصا في التدافع.", "على الأقل 20 شخصا", 20, unit: "شخصا", lemma: "شخص", qualifier: "at_least"),
        .init("اعتقل ما لا يقل عن ١٥٠ شخصا في المداهمات.", "ما لا يقل عن ١٥٠ شخصا", 150, unit: "شخصا", lemma: "شخص", qualifier: "at_least"),
    ]

    @Test("at_least: ما لا يقل عن لا يقل عن على الأقل", arguments: atLeast)
    func least(example: QuantityTableExample) { QuantityTable.check(example) }

    static let atMost: [QuantityTableExample] = [
        .init("يمكن للطائرة نقل حتى 300 شخص.", "حتى 300 شخص", 300, unit: "شخص", lemma: "شخص", qualifier: "at_most"),
        .init("يستوعب الملجأ حتى ألف شخص.", "حتى ألف شخص", 1000, unit: "شخص", lemma: "شخص", qualifier: "at_most"),
        .init("أعلنت المتاجر تخفيضات تصل حتى 70%.", "حتى 70%", 70, unit: "%", lemma: "%", qualifier: "at_most"),
        .init("أجلت السلطات ما يصل إلى 50 ألف شخص.", "ما يصل إلى 50 ألف شخص", 50_000, unit: "شخص", lemma: "شخص", qualifier: "at_most"),
        .init("تعهد المانحون بما يصل إلى 4 مليارات دولار.", "ما يصل إلى 4 مليارات دولار", 4_000_000_000, unit: "دولار", lemma: "دولار", qualifier: "at_most"),
        .init("حدد القانون عجزا لا يتجاوز 3 في المئة.", "لا يتجاوز 3 في المئة", 3, unit: "في المئة", lemma: "%", qualifier: "at_most"),
        .init("يتقاضى العمال أجرا لا يتجاوز 200 دولار.", "لا يتجاوز 200 دولار", 200, unit: "دولار", lemma: "دولار", qualifier: "at_most"),
        .init("تستوعب القاعة 500 شخص بحد أقصى.", "500 شخص بحد أقصى", 500, unit: "شخص", lemma: "شخص", qualifier: "at_most"),
    ]

    @Test("at_most: حتى ما يصل إلى لا يتجاوز بحد أقصى", arguments: atMost)
    func most(example: QuantityTableExample) { QuantityTable.check(example) }

    static let postposed: [QuantityTableExample] = [
        .init("يبلغ طول الحدود المشتركة 900 كيلومتر تقريبا.", "900 كيلومتر تقريبا", 900, unit: "كيلومتر", lemma: "كيلومتر", qualifier: "approx"),
        .init("استقبلت البلاد مليون سائح تقريبًا في الصيف.", "مليون سائح تقريبًا", 1_000_000, unit: "سائح", lemma: "سائح", qualifier: "approx"),
        .init("تراجعت الأسهم 4 في المئة تقريبا.", "4 في المئة تقريبا", 4, unit: "في المئة", lemma: "%", qualifier: "approx"),
        .init("بلغ عدد الحضور 3 آلاف تقريبا.", "3 آلاف تقريبا", 3000, qualifier: "approx"),
        .init("وصل ۶۰۰ مهاجر تقريبًا إلى الجزيرة.", "۶۰۰ مهاجر تقريبًا", 600, unit: "مهاجر", lemma: "مهاجر", qualifier: "approx"),
        .init("قتل 15 شخصا على الأقل في الغارة.", "15 شخصا على الأقل", 15, unit: "شخصا", lemma: "شخص", qualifier: "at_least"),
        .init("دمرت العاصفة خمسة منازل على الأقل.", "خمسة منازل على الأقل", 5, unit: "منازل", lemma: "منزل", qualifier: "at_least"),
        .init("قتل ٢٥ مدنيا على الأقل في القصف.", "٢٥ مدنيا على الأقل", 25, unit: "مدنيا", lemma: "مدني", qualifier: "at_least"),
        .init("قتل مئة على الأقل في القصف على السوق.", "مئة على الأقل", 100, qualifier: "at_least"),
    ]

    @Test("Postposed hedges stay inside the span: تقريبا, على الأقل", arguments: postposed)
    func after(example: QuantityTableExample) { QuantityTable.check(example) }

    static let proclitics: [QuantityTableExample] = [
        .init("قتل جنديان و30 مدنيا في القصف.", "30 مدنيا", 30, unit: "مدنيا", lemma: "مدني"),
        .init("تبرعت الشركة بعشرة آلاف دولار.", "عشرة آلاف دولار", 10_000, unit: "دولار", lemma: "دولار"),
        .init("خصصت الحكومة منحا لثلاثة آلاف موظف.", "ثلاثة آلاف موظف", 3000, unit: "موظف", lemma: "موظف"),
        .init("وصلت إلى المعبر 200 شاحنة وخمسون سيارة.", "خمسون سيارة", 50, unit: "سيارة", lemma: "سيارة"),
        .init("أما الجرحى فأكثر من 60 شخصا.", "أكثر من 60 شخصا", 60, unit: "شخصا", lemma: "شخص", qualifier: "more_than"),
        .init("قدرت الخسائر بـ 5 ملايين دولار.", "5 ملايين دولار", 5_000_000, unit: "دولار", lemma: "دولار"),
        .init("ارتفع العجز ب5 مليارات دولار.", "5 مليارات دولار", 5_000_000_000, unit: "دولار", lemma: "دولار"),
        .init("وأشار البيان إلى مقتل جنديين وثلاثة مدنيين.", "ثلاثة مدنيين", 3, unit: "مدنيين", lemma: "مدني"),
    ]

    @Test("An attached proclitic stays outside the span", arguments: proclitics)
    func proclitic(example: QuantityTableExample) { QuantityTable.check(example) }

    static let repeated: [QuantityTableExample] = [
        .init("قتل 5 جنود في الشمال و5 جنود في الجنوب.", "5 جنود", 5, unit: "جنود", lemma: "جندي"),
        .init("قتل 5 جنود في الشمال و5 جنود في الجنوب.", "5 جنود", 5, unit: "جنود", lemma: "جندي", occurrence: 2),
        .init("ارتفع السعر 10% في يناير ثم 10% في فبراير.", "10%", 10, unit: "%", lemma: "%", occurrence: 2),
        .init("أصيب ثلاثة أشخاص في حلب وثلاثة أشخاص في حمص.", "ثلاثة أشخاص", 3, unit: "أشخاص", lemma: "شخص", occurrence: 2),
    ]

    @Test("The same words twice are two quantities", arguments: repeated)
    func twice(example: QuantityTableExample) { QuantityTable.check(example) }
}
