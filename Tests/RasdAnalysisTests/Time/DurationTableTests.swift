import RasdAnalysis
import Testing

/// Durations (`durations`, an extra field of the contract; docs/time-and-quantities.md): a length of
/// time, not a point. Each is `{start, end, text, value, unit}` with `unit` one of `minute` `hour`
/// `day` `week` `month` `year`, and `value` the count (`1.5` for `شهر ونصف`).
@Suite("Duration grammar")
struct DurationTableTests {
    /// One row: in `sentence`, exactly one duration spans `span` (its `occurrence`-th appearance),
    /// with this count and unit.
    struct Row: Sendable, CustomTestStringConvertible {
        var sentence: String
        var span: String
        var occurrence: Int
        var value: Double
        var unit: String
        var sourceLocation: SourceLocation

        init(_ sentence: String, span: String, occurrence: Int = 1, value: Double, unit: String,
             sourceLocation: SourceLocation = #_sourceLocation) {
            self.sentence = sentence
            self.span = span
            self.occurrence = occurrence
            self.value = value
            self.unit = unit
            self.sourceLocation = sourceLocation
        }

        var testDescription: String { "«\(sentence)» → «\(span)»" }
    }

    /// The reference date of every row (durations do not depend on it).
    static let published = "2023-10-19"

    static let durations: [Row] = [
        Row("استمرت المفاوضات يومين في العاصمة العمانية مسقط.", span: "يومين", value: 2, unit: "day"),
        Row("أضرب المعلمون ثلاثة أيام احتجاجا على تأخر الرواتب.", span: "ثلاثة أيام", value: 3, unit: "day"),
        Row("حكمت الأسرة البلاد ثمانين عامًا دون انقطاع.", span: "ثمانين عامًا", value: 80, unit: "year"),
        Row("أغلق المطار الدولي لمدة أسبوعين بسبب الأحوال الجوية.", span: "أسبوعين", value: 2, unit: "week"),
        Row("قضى المعارض البارز عشر سنوات في السجن دون محاكمة.", span: "عشر سنوات", value: 10, unit: "year"),
        Row("توقفت الملاحة في القناة مدة شهر ونصف بسبب جنوح السفينة.", span: "شهر ونصف", value: 1.5,
            unit: "month"),
        Row("دامت الجلسة المغلقة ساعة ونصف وسط خلافات حادة.", span: "ساعة ونصف", value: 1.5, unit: "hour"),
        Row("يستغرق نقل البضائع إلى الحدود 48 ساعة بالشاحنات.", span: "48 ساعة", value: 48, unit: "hour"),
        Row("استمر انقطاع الكهرباء سبعة أشهر في بعض الأحياء الشرقية.", span: "سبعة أشهر", value: 7, unit: "month"),
        Row("تمتد ولاية الرئيس خمس سنوات قابلة للتجديد مرة واحدة.", span: "خمس سنوات", value: 5, unit: "year"),
        Row("عمل فريق الخبراء على مدى عامين لإعداد التقرير النهائي.", span: "عامين", value: 2, unit: "year"),
        Row("أمهلت الحكومة الشركات ثلاثين يوما لتسوية أوضاعها القانونية.", span: "ثلاثين يوما", value: 30,
            unit: "day"),
        Row("توقف القتال نصف ساعة للسماح بإجلاء الجرحى.", span: "نصف ساعة", value: 0.5, unit: "hour"),
        Row("فرضت السلطات حظر التجول لمدة أسبوع في المناطق الحدودية.", span: "أسبوع", value: 1, unit: "week"),
        Row("يعود تاريخ الاتفاقية الحدودية إلى أكثر من مائة عام.", span: "مائة عام", value: 100, unit: "year"),
        Row("ظل منصب رئيس الوزراء شاغرا لمدة ستة أسابيع بعد الاستقالة.", span: "ستة أسابيع", value: 6,
            unit: "week"),
        Row("أوقف الحكم المباراة خمس دقائق بسبب الشغب في المدرجات.", span: "خمس دقائق", value: 5, unit: "minute"),
        Row("تحدث الرئيسان هاتفيا عشرين دقيقة حول الأوضاع الإقليمية.", span: "عشرين دقيقة", value: 20,
            unit: "minute"),
        Row("انتظر المسافرون ساعتين على المعبر قبل السماح لهم بالعبور.", span: "ساعتين", value: 2, unit: "hour"),
        Row("استغرق ترميم المسجد التاريخي سنة ونصف بتمويل حكومي.", span: "سنة ونصف", value: 1.5, unit: "year"),
        Row("منحت الفصائل الوسطاء مهلة ٧٢ ساعة للرد على المقترح.", span: "٧٢ ساعة", value: 72, unit: "hour"),
        Row("عمل السفير في السلك الدبلوماسي 25 عاما قبل تقاعده.", span: "25 عاما", value: 25, unit: "year"),
        Row("استمر الحصار المفروض على البلدة شهرين كاملين.", span: "شهرين", value: 2, unit: "month"),
        Row("أعلنت الحكومة الحداد العام لثلاثة أيام على أرواح الضحايا.", span: "ثلاثة أيام", value: 3, unit: "day"),
        Row("احتجزت السلطات السفينة عشرة أيام قبل الإفراج عنها.", span: "عشرة أيام", value: 10, unit: "day"),
        Row("امتدت عمليات البحث عن المفقودين ثلاث ساعات دون نتيجة.", span: "ثلاث ساعات", value: 3, unit: "hour"),
        Row("مددت المحكمة حبس المتهمين يوما واحدا على ذمة التحقيق.", span: "يوما واحدا", value: 1, unit: "day"),
        Row("توقفت الحركة في الميناء دقيقتين حدادا على الضحايا.", span: "دقيقتين", value: 2, unit: "minute"),
        Row("يقضي المتهم عقوبة بالسجن أربع سنوات بتهمة الفساد.", span: "أربع سنوات", value: 4, unit: "year"),
        Row("أغلقت المدارس 15 يوما بسبب موجة البرد القارس.", span: "15 يوما", value: 15, unit: "day"),
    ]

    /// What looks like a duration but is a date (`قبل يومين`) or a vague date: no duration overlaps it.
    struct DateRow: Sendable, CustomTestStringConvertible {
        var sentence: String
        var span: String
        var sourceLocation: SourceLocation

        init(_ sentence: String, notADuration span: String, sourceLocation: SourceLocation = #_sourceLocation) {
            self.sentence = sentence
            self.span = span
            self.sourceLocation = sourceLocation
        }

        var testDescription: String { "«\(sentence)»: «\(span)» is a date, not a duration" }
    }

    static let notDurations: [DateRow] = [
        DateRow("أعلن المتحدث العسكري قبل يومين مقتل قائد ميداني بارز.", notADuration: "قبل يومين"),
        DateRow("اختفى الصحفي قبل ثلاثة أيام أثناء تغطيته للاحتجاجات.", notADuration: "قبل ثلاثة أيام"),
        DateRow("وقعت الدولتان اتفاقية لترسيم الحدود البحرية قبل عام.", notADuration: "قبل عام"),
        DateRow("تصاعدت حدة القصف على أحياء المدينة في الأيام الأخيرة.", notADuration: "الأيام الأخيرة"),
        DateRow("ارتفعت أسعار النفط بنسبة ملحوظة خلال الأسبوع الماضي.", notADuration: "الأسبوع الماضي"),
    ]

    @Test("Durations: count and unit", arguments: DurationTableTests.durations)
    func duration(_ row: Row) {
        guard let range = DateTableCheck.scalarRange(of: row.span, occurrence: row.occurrence, in: row.sentence) else {
            Issue.record("table error: «\(row.span)» does not occur \(row.occurrence) time(s) in «\(row.sentence)»",
                         sourceLocation: row.sourceLocation)
            return
        }
        let document = DateTableCheck.analyze(row.sentence, published: Self.published)
        let found = document.durations.filter { $0.start == range.lowerBound && $0.end == range.upperBound }
        guard found.count == 1, let duration = found.first else {
            let all = document.durations.map { "«\($0.text)» \($0.start)..<\($0.end) = \($0.value) \($0.unit)" }
            Issue.record("""
                expected one duration «\(row.span)» at \(range.lowerBound)..<\(range.upperBound), found \(found.count) \
                there; durations found: \(all.isEmpty ? "none" : all.joined(separator: "; "))
                """, sourceLocation: row.sourceLocation)
            return
        }
        #expect(duration.text == row.span, "«\(row.span)»: text «\(duration.text)» differs from its span",
                sourceLocation: row.sourceLocation)
        #expect(duration.value == row.value, "«\(row.span)»: value \(duration.value), expected \(row.value)",
                sourceLocation: row.sourceLocation)
        #expect(duration.unit == row.unit, "«\(row.span)»: unit \(duration.unit), expected \(row.unit)",
                sourceLocation: row.sourceLocation)
    }

    @Test("A date is not a duration", arguments: DurationTableTests.notDurations)
    func dateIsNotADuration(_ row: DateRow) {
        guard let range = DateTableCheck.scalarRange(of: row.span, occurrence: 1, in: row.sentence) else {
            Issue.record("table error: «\(row.span)» does not occur in «\(row.sentence)»",
                         sourceLocation: row.sourceLocation)
            return
        }
        let document = DateTableCheck.analyze(row.sentence, published: Self.published)
        let overlapping = document.durations.filter { $0.start < range.upperBound && range.lowerBound < $0.end }
        #expect(overlapping.isEmpty, """
            «\(row.span)» is a date, not a duration, but these durations overlap it: \
            \(overlapping.map { "«\($0.text)» \($0.start)..<\($0.end)" }.joined(separator: "; "))
            """, sourceLocation: row.sourceLocation)
    }
}
