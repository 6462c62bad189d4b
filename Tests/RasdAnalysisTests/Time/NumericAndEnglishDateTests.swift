import Testing

/// Dates written in digits (day first) or in English on an Arabic page, and dates in Arabic-Indic
/// or Persian digits, which count the same as ASCII ones.
@Suite("Date grammar: numeric, English and Arabic-Indic dates")
struct NumericAndEnglishDateTests {
    static let englishDates: [DateTableCase] = [
        DateTableCase("أعلنت الشركة في بيانها الصادر 9th, November 2023 عن صفقة استحواذ جديدة.", at: "2023-11-20",
                      span: "9th, November 2023", value: "2023-11-09", grain: .day, relative: false),
        DateTableCase("نشر التقرير باللغة الإنجليزية بتاريخ November 9, 2023 على موقع الوزارة.", at: "2023-11-20",
                      span: "November 9, 2023", value: "2023-11-09", grain: .day, relative: false),
        DateTableCase("حملت الوثيقة المسربة تاريخ March 14, 2024 وتوقيع وزير الدفاع.", at: "2024-02-29",
                      span: "March 14, 2024", value: "2024-03-14", grain: .day, relative: false),
        DateTableCase("وفق البيان المؤرخ Sept 5, 2023 فإن أعمال المشروع ستستأنف قريبا.", at: "2023-10-19",
                      span: "Sept 5, 2023", value: "2023-09-05", grain: .day, relative: false),
        DateTableCase("أظهرت صورة الخطاب تاريخ 5 Jan 2024 في أعلى الصفحة الأولى.", at: "2024-01-02",
                      span: "5 Jan 2024", value: "2024-01-05", grain: .day, relative: false),
        DateTableCase("نشرت الصحيفة البريطانية التحقيق في 21st June 2022 وأثار جدلا واسعا.", at: "2023-10-19",
                      span: "21st June 2022", value: "2022-06-21", grain: .day, relative: false),
        DateTableCase("نشرت السفارة بيانا بتاريخ Thursday, March 14, 2024 حول شروط التأشيرات.", at: "2024-02-29",
                      span: "Thursday, March 14, 2024", value: "2024-03-14", grain: .day, relative: false),
        DateTableCase("صدر تقرير صندوق النقد باللغة الإنجليزية في October 2023 ويقع في مئة صفحة.", at: "2023-10-19",
                      span: "October 2023", value: "2023-10", grain: .month, relative: false),
        DateTableCase("حمل البيان الصحفي تاريخ 1st, March 2021 وأرسل إلى وسائل الإعلام.", at: "2023-10-19",
                      span: "1st, March 2021", value: "2021-03-01", grain: .day, relative: false),
        DateTableCase("أرفقت الرسالة بمذكرة مؤرخة 22nd, August 2022 من مكتب المحامي.", at: "2023-10-19",
                      span: "22nd, August 2022", value: "2022-08-22", grain: .day, relative: false),
        DateTableCase("أشار المحضر المؤرخ December 31, 2022 إلى خلافات داخل مجلس الإدارة.", at: "2023-10-19",
                      span: "December 31, 2022", value: "2022-12-31", grain: .day, relative: false),
        DateTableCase("نقلت الوكالة عن وثيقة مؤرخة Feb 24, 2022 تفاصيل الخطة العسكرية.", at: "2023-10-19",
                      span: "Feb 24, 2022", value: "2022-02-24", grain: .day, relative: false),
        DateTableCase("بدأت الشركة تطبيق سياسة الخصوصية الجديدة في June 2021 وفق موقعها.", at: "2023-10-19",
                      span: "June 2021", value: "2021-06", grain: .month, relative: false),
        DateTableCase("ذكر البيان الصادر في 3 April 2023 أن الشحنة وصلت إلى الميناء.", at: "2023-10-19",
                      span: "3 April 2023", value: "2023-04-03", grain: .day, relative: false),
        DateTableCase("تضمن العقد الموقع September 30, 2023 بنودا سرية لم تكشف.", at: "2023-10-19",
                      span: "September 30, 2023", value: "2023-09-30", grain: .day, relative: false),
    ]

    static let numericDates: [DateTableCase] = [
        DateTableCase("أصدرت المحكمة قرارها بتاريخ 19/10/2023 في القضية المرفوعة ضد الشركة.", at: "2023-10-19",
                      span: "19/10/2023", value: "2023-10-19", grain: .day, relative: false),
        DateTableCase("نشرت الوزارة الجدول الزمني المحدث في 2023-10-19 على موقعها الرسمي.", at: "2023-10-19",
                      span: "2023-10-19", value: "2023-10-19", grain: .day, relative: false),
        DateTableCase("جاء في المذكرة المؤرخة 19-10-2023 أن الاجتماع تأجل إلى موعد لاحق.", at: "2023-10-19",
                      span: "19-10-2023", value: "2023-10-19", grain: .day, relative: false),
        DateTableCase("أكد الكتاب الرسمي المؤرخ 19.10.2023 استلام الشحنة كاملة.", at: "2023-10-19",
                      span: "19.10.2023", value: "2023-10-19", grain: .day, relative: false),
        DateTableCase("صدر التعميم عن ديوان الخدمة المدنية بتاريخ 2023/12/31 وعمم على الوزارات.", at: "2024-01-02",
                      span: "2023/12/31", value: "2023-12-31", grain: .day, relative: false),
        DateTableCase("انتهت المهلة الممنوحة للشركات في 5/3/2022 دون أي تمديد.", at: "2023-10-19",
                      span: "5/3/2022", value: "2022-03-05", grain: .day, relative: false),
        DateTableCase("دخل القرار حيز التنفيذ اعتبارا من 01/02/2024 في جميع المنافذ.", at: "2024-02-29",
                      span: "01/02/2024", value: "2024-02-01", grain: .day, relative: false),
        DateTableCase("أعلن البنك المركزي في 12/11/2022 رفع سعر الفائدة نصف نقطة.", at: "2023-10-19",
                      span: "12/11/2022", value: "2022-11-12", grain: .day, relative: false),
        DateTableCase("أغلق باب الترشح للانتخابات البلدية في 31-12-2021 بعد تمديد المهلة.", at: "2023-10-19",
                      span: "31-12-2021", value: "2021-12-31", grain: .day, relative: false),
        DateTableCase("وصلت الدفعة الثانية من اللقاحات في 7.4.2023 إلى مطار العاصمة.", at: "2023-10-19",
                      span: "7.4.2023", value: "2023-04-07", grain: .day, relative: false),
        DateTableCase("سجل مؤشر البورصة أعلى مستوياته في 2024-02-29 قبل أن يتراجع.", at: "2024-03-05",
                      span: "2024-02-29", value: "2024-02-29", grain: .day, relative: false),
        DateTableCase("عقد المؤتمر الصحفي الخميس 19/10/2023 في مقر وزارة الخارجية.", at: "2023-10-19",
                      span: "الخميس 19/10/2023", value: "2023-10-19", grain: .day, relative: false),
        DateTableCase("تسلم المقاول الموقع بتاريخ 3/9/2023 وباشر أعمال الحفر.", at: "2023-10-19",
                      span: "3/9/2023", value: "2023-09-03", grain: .day, relative: false),
        DateTableCase("تنتهي فترة تقديم الطعون في 20/1/2024 حسب الهيئة.", at: "2024-01-02",
                      span: "20/1/2024", value: "2024-01-20", grain: .day, relative: false),
        DateTableCase("أقرت الجمعية العمومية الميزانية في اجتماعها بتاريخ 2022-06-30 بالأغلبية.", at: "2023-10-19",
                      span: "2022-06-30", value: "2022-06-30", grain: .day, relative: false),
    ]

    static let arabicIndicDigits: [DateTableCase] = [
        DateTableCase("أصدرت النيابة العامة بيانا بتاريخ ١٩/١٠/٢٠٢٣ حول ملابسات الحادث.", at: "2023-10-19",
                      span: "١٩/١٠/٢٠٢٣", value: "2023-10-19", grain: .day, relative: false),
        DateTableCase("وقعت الحكومة اتفاقية القرض مع البنك الدولي في ١٤ مارس ٢٠٢٤.", at: "2024-03-20",
                      span: "١٤ مارس ٢٠٢٤", value: "2024-03-14", grain: .day, relative: false),
        DateTableCase("يبدأ تطبيق التعرفة الجمركية الجديدة في ٢٥ يوليو ٢٠٢٥ على السلع المستوردة.", at: "2025-07-13",
                      span: "٢٥ يوليو ٢٠٢٥", value: "2025-07-25", grain: .day, relative: false),
        DateTableCase("تأسس الاتحاد العام للمزارعين عام ٢٠١٩ بمبادرة من النقابات.", at: "2023-10-19",
                      span: "عام ٢٠١٩", value: "2019", grain: .year, relative: false),
        DateTableCase("صدر الحكم النهائي في القضية بتاريخ ۱۹/۱۰/۲۰۲۳ بعد عدة جلسات.", at: "2023-10-19",
                      span: "۱۹/۱۰/۲۰۲۳", value: "2023-10-19", grain: .day, relative: false),
        DateTableCase("عاد آلاف النازحين إلى قراهم في ٣ أيلول ٢٠٢٣ بعد انسحاب المسلحين.", at: "2023-10-19",
                      span: "٣ أيلول ٢٠٢٣", value: "2023-09-03", grain: .day, relative: false),
        DateTableCase("أعلنت الهيئة موعد الانتخابات في بيان مؤرخ ٢٠٢٣-١٠-١٩ نشرته على موقعها.", at: "2023-10-19",
                      span: "٢٠٢٣-١٠-١٩", value: "2023-10-19", grain: .day, relative: false),
        DateTableCase("انطلقت الدورة التكوينية لفائدة الأطر الصحية في ٩ شتنبر ٢٠٢٣.", at: "2023-10-19",
                      span: "٩ شتنبر ٢٠٢٣", value: "2023-09-09", grain: .day, relative: false),
        DateTableCase("سجلت أسعار الذهب ارتفاعا قياسيا خلال يناير ٢٠٢٤.", at: "2024-02-29",
                      span: "يناير ٢٠٢٤", value: "2024-01", grain: .month, relative: false),
        DateTableCase("غادر الوزير إلى بروكسل في ١٢ يوليو/ تموز ٢٠٢٥ لحضور الاجتماع.", at: "2025-07-13",
                      span: "١٢ يوليو/ تموز ٢٠٢٥", value: "2025-07-12", grain: .day, relative: false),
        DateTableCase("أعلنت الوزارة وفاة ثلاثة أشخاص قبل ٣ أيام في حادث سير.", at: "2023-10-19",
                      span: "قبل ٣ أيام", value: "2023-10-16", grain: .day, relative: true),
        DateTableCase("سجلت كاميرات المراقبة دخول المشتبه به في ١٠ أكتوبر ٢٠٢٥ - ١٦:٠٢ بحسب الشرطة.", at: "2025-10-12",
                      span: "١٠ أكتوبر ٢٠٢٥ - ١٦:٠٢", value: "2025-10-10T16:02", grain: .minute, relative: false),
    ]

    @Test("English dates on an Arabic page", arguments: NumericAndEnglishDateTests.englishDates)
    func englishDate(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }

    @Test("Numeric dates, day first: slash, dash, dot, ISO", arguments: NumericAndEnglishDateTests.numericDates)
    func numericDate(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }

    @Test("Arabic-Indic and Persian digits count as ASCII digits",
          arguments: NumericAndEnglishDateTests.arabicIndicDigits)
    func arabicIndicDate(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }
}
