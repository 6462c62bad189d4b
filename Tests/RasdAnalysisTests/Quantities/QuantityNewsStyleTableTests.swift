import Testing

/// Number styles of real newsrooms: the Gulf wire decimal `5ر2`, a dot before three digits that is a
/// decimal point only before a multiplier or a percentage, the loose range `بين … إلى …`, counted
/// nouns that begin with `ب`, and numbers that name rather than count (`الـ 209`, `يوم 27`, `3-2`).
@Suite("Quantities: newsroom number styles")
struct QuantityNewsStyleTableTests {
    static let examples: [QuantityTableExample] = [
        .init("ارتفع إنتاج المصفاة إلى 5ر2 مليون برميل في الربع الثاني.", "5ر2 مليون برميل", 2_500_000,
              unit: "برميل", lemma: "برميل"),
        .init("سجل المؤشر العام ارتفاعا قدره 75ر0 في المائة في ختام التداولات.", "75ر0 في المائة", 0.75,
              unit: "في المائة", lemma: "%"),
        .init("تراجعت أسهم القطاع المصرفي بنسبة 9.650 في المائة خلال الجلسة.", "9.650 في المائة", 9.65,
              unit: "في المائة", lemma: "%"),
        .init("بلغت قيمة الصفقة 1.500 مليار دولار بحسب البيان الرسمي.", "1.500 مليار دولار", 1_500_000_000,
              unit: "دولار", lemma: "دولار"),
        .init("استقبل المعرض 12.000 زائر في يومه الأول.", "12.000 زائر", 12_000, unit: "زائر", lemma: "زائر"),
        .init("تتراوح الإيجارات الشهرية بين 1400 إلى 2300 ريال في الأحياء الجديدة.", "بين 1400 إلى 2300 ريال", 1400,
              unit: "ريال", lemma: "ريال", qualifier: "range", max: 2300),
        .init("يأتي الهاتف الجديد بشاشة قياسها 6.1 بوصة وكاميرا محسنة.", "6.1 بوصة", 6.1, unit: "بوصة"),
        .init("تحتاج الوصفة إلى 3 بيضات وكوب من الحليب.", "3 بيضات", 3, unit: "بيضات"),
    ]

    @Test("Gulf decimals, dots before multipliers and percentages, loose ranges, nouns in ب", arguments: examples)
    func example(example: QuantityTableExample) { QuantityTable.check(example) }

    static let nonExamples: [QuantityTableNonExample] = [
        .init("عقدت الجمعية العمومية الـ 45 للنادي اجتماعها السنوي.", "45"),
        .init("وصل المنتخب إلى الدوحة يوم 27 استعدادا للبطولة.", "27"),
        .init("فاز الفريق الضيف 3-2 في مباراة مثيرة.", "3-2"),
        .init("قالت حركة طالبان إنها لن تشارك في المؤتمر.", "طالبان"),
        .init("ارتفع عدد المصابين إلى 25 بنسبة زيادة كبيرة عن الأسبوع الماضي.", "بنسبة"),
    ]

    @Test("Numbers that name, order or score, and names that look like duals", arguments: nonExamples)
    func nonExample(example: QuantityTableNonExample) { QuantityTable.check(example) }
}
