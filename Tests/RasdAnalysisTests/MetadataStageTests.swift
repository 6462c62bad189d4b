import Testing
@testable import RasdAnalysis

/// The metadata stage as a specification: invented pages and the title, outlet, author and
/// publication date they state.
@Suite("Metadata stage")
struct MetadataStageTests {
    static let body1 = BoilerplateStageTests.body1
    static let body2 = BoilerplateStageTests.body2
    static let title = BoilerplateStageTests.title

    static func metadata(_ lines: String...) -> DocumentMetadata {
        let text = lines.joined(separator: "\n")
        return AnalysisPipeline(stages: [BoilerplateStage(), MetadataStage()])
            .run(DocumentInput(id: "test", text: text)).metadata
    }

    // MARK: - Published

    @Test("The publication line gives the date, with its time when it has one")
    func publicationLine() {
        #expect(Self.metadata(Self.title, "تاريخ النشر: 3rd, March 2021 GMT", Self.body1, Self.body2).published == "2021-03-03")
        #expect(Self.metadata(Self.title, "نشر في: 2024-03-14 09:30", Self.body1, Self.body2).published == "2024-03-14T09:30")
        #expect(Self.metadata(Self.title, "نشر بتاريخ 14/03/2024", Self.body1, Self.body2).published == "2024-03-14")
    }

    @Test("Of several lone date lines heading the page, the earliest is the publication date")
    func earliestLoneDate() {
        let metadata = Self.metadata("30 مايو 2024", "2 مايو 2024", Self.title, Self.body1, Self.body2)
        #expect(metadata.published == "2024-05-02")
    }

    @Test("The update line counts only when nothing else gives a date")
    func updateFallback() {
        #expect(Self.metadata(Self.title, Self.body1, Self.body2, "آخر تحديث: 7 فبراير 2024 - 08:15").published
                == "2024-02-07T08:15")
        #expect(Self.metadata(Self.title, "آخر تحديث: 9 فبراير 2024", "تاريخ النشر: 7 فبراير 2024",
                              Self.body1, Self.body2).published == "2024-02-07")
        #expect(Self.metadata("الأربعاء 7 فبراير 2024", Self.title, Self.body1, Self.body2,
                              "آخر تحديث: 9 فبراير 2024").published == "2024-02-07")
    }

    @Test("Dates in the body or in an appended related article are not the publication date")
    func datesOutsideMetadata() {
        let inBody = "وأعلنت الوزارة في 14 مارس 2024 أن العمل في المستشفيات الجديدة سيبدأ قريبا في كل المحافظات."
        #expect(Self.metadata(Self.title, Self.body1, inBody, Self.body2).published == nil)
        let appended = Self.metadata(Self.title, Self.body1, Self.body2, "المصدر: الجزيرة", "اقرأ أيضا:",
                                     "افتتاح جسر جديد على النهر", "آخر تحديث: 2 مايو 2025 - 10:15")
        #expect(appended.published == nil)
        #expect(appended.outlet == "Al Jazeera")
    }

    // MARK: - Outlet

    @Test("The source line names the outlet, through the outlet lexicon", arguments: [
        ("المصدر: الحرة", "Al Hurra"),
        ("المصدر : سكاي نيوز عربية", "Sky News Arabia"),
        ("المصدر: روسيا اليوم", "RT Arabic"),
        ("المصدر: DW عربية", "DW Arabic"),
        ("المصدر: صحيفة النجمة المحلية", "صحيفة النجمة المحلية"),
    ])
    func sourceLine(line: String, outlet: String) {
        #expect(Self.metadata(Self.title, Self.body1, Self.body2, line).outlet == outlet)
    }

    @Test("A generic source names no outlet")
    func genericSource() {
        #expect(Self.metadata(Self.title, Self.body1, Self.body2, "المصدر: وكالات").outlet == nil)
    }

    @Test("A site-name line the lexicon knows names the outlet", arguments: [
        ("Political Keys", "Political Keys"),
        ("اليوم السابع", "Youm7"),
        ("يمن فريدم-DWعربية", "Yemen Freedom"),
    ])
    func siteNameLine(line: String, outlet: String) {
        #expect(Self.metadata(Self.body1, Self.body2, "", line).outlet == outlet)
        #expect(Self.metadata("1 يونيو 2024", line, Self.title, Self.body1, Self.body2).outlet == outlet)
    }

    @Test("The copyright line names the site", arguments: [
        ("جميع الحقوق محفوظة YemenFreedom ---- تصميم وبرمجة شركة ما", "Yemen Freedom"),
        ("© 2024 الجزيرة", "Al Jazeera"),
        ("جميع الحقوق محفوظة لموقع نبض الشارع 2024", "نبض الشارع"),
        ("© 2023 Example Media. All rights reserved.", "Example Media"),
    ])
    func copyrightOwner(line: String, outlet: String) {
        #expect(Self.metadata(Self.body1, Self.body2, line).outlet == outlet)
    }

    @Test("The site's self-description names the site when nothing else does")
    func describedSite() {
        let about = "نبض الشارع موقع إخباري مستقل يقدم لقرائه آخر الأخبار المحلية والعربية والدولية لحظة بلحظة."
        #expect(Self.metadata(Self.title, Self.body1, Self.body2, "المصدر: وكالات", about).outlet == "نبض الشارع")
        #expect(Self.metadata(Self.title, Self.body1, Self.body2, "المصدر: الحرة", about).outlet == "Al Hurra")
    }

    @Test("A source link control, an agency credit and a design credit are not the outlet")
    func notOutlets() {
        #expect(Self.metadata(Self.body1, Self.body2, "سامي يوسف (بحسب رويترز )", "رابط المصدر", "تعليق (0)").outlet == nil)
        #expect(Self.metadata(Self.body1, Self.body2, "جميع الحقوق محفوظة 2024 - تصميم وبرمجة شركة الويب").outlet == nil)
    }

    @Test("A source line between body paragraphs (an image credit) is not the page's outlet")
    func sourceInsideBody() {
        #expect(Self.metadata(Self.title, Self.body1, "المصدر: رويترز", Self.body2).outlet == nil)
        #expect(Self.metadata(Self.title, Self.body1, Self.body2, "المصدر: رويترز").outlet == "Reuters")
    }

    // MARK: - Author

    @Test("Bylines give the author, up to the end of the line", arguments: [
        ("كتب: سامي يوسف", "سامي يوسف"),
        ("كتبت: ليلى حسن    ", "ليلى حسن"),
        ("بقلم: د. منى عبد الله", "د. منى عبد الله"),
        ("بقلم سامي يوسف", "سامي يوسف"),
        ("إعداد: قسم الأخبار الدولية", "قسم الأخبار الدولية"),
        ("تحرير: عمر خالد - القاهرة", "عمر خالد"),
    ])
    func byline(line: String, author: String) {
        #expect(Self.metadata(Self.title, line, Self.body1, Self.body2).author == author)
    }

    @Test("A long headline (paragraph-sized) still heads the page: the byline under it is read")
    func longHeadline() {
        let headline = "وزير الصحة يعلن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية خلال الشهر المقبل بتكلفة كبيرة"
        let metadata = Self.metadata(headline, "بقلم سامي يوسف", Self.body1, Self.body2)
        #expect(metadata.title == headline)
        #expect(metadata.author == "سامي يوسف")
    }

    @Test("A byline too long to be a name gives no author")
    func longByline() {
        #expect(Self.metadata(Self.title, "كتب: فريق التحرير بالتعاون مع مراسلينا في العواصم العربية والأجنبية",
                              Self.body1, Self.body2).author == nil)
    }

    // MARK: - Title

    @Test("The first text line, when it reads as a headline, is the title")
    func title() {
        #expect(Self.metadata(Self.title, "", Self.body1, Self.body2).title == Self.title)
        #expect(Self.metadata("سياسةاقتصاد", "", "  " + Self.title + " ", Self.body1, Self.body2).title == Self.title)
    }

    @Test("A title printed twice is taken once")
    func repeatedTitle() {
        let metadata = Self.metadata(Self.title, "", Self.title, "كتب: سامي يوسف", Self.body1, Self.body2)
        #expect(metadata.title == Self.title)
        #expect(metadata.author == "سامي يوسف")
    }

    @Test("A page that starts with body text has no title")
    func noTitle() {
        #expect(Self.metadata(Self.body1, Self.body2).title == nil)
        #expect(Self.metadata("وقال الوزير إن الخطة ستنفذ على مراحل", Self.body1, Self.body2).title == nil)
        #expect(Self.metadata("").title == nil)
    }

    @Test("Metadata the input gives wins over what the text states")
    func givenMetadataWins() {
        let text = [Self.title, "المصدر: الحرة", Self.body1, Self.body2].joined(separator: "\n")
        let input = DocumentInput(id: "x", text: text, outlet: "Given Outlet", published: "2020-01-01")
        let result = AnalysisPipeline(stages: [BoilerplateStage(), MetadataStage()]).analyze(input)
        #expect(result.outlet == "Given Outlet")
        #expect(result.published == "2020-01-01")
        #expect(result.title == Self.title)
    }
}
