import RasdText
import Testing
@testable import RasdAnalysis

/// The boilerplate stage as a specification: invented pages with their chrome, and exactly which
/// lines come back as which kind. Body paragraphs are never marked.
@Suite("Boilerplate stage")
struct BoilerplateStageTests {
    // Invented article paragraphs: long, closed by a full stop.
    static let body1 = "أعلنت وزارة الصحة في بيان صدر مساء اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية خلال الشهر المقبل."
    static let body2 = "وقال المتحدث باسم الوزارة إن المستشفيات الجديدة ستخدم أكثر من مليون مواطن، وإن العمل جار لتجهيزها بأحدث المعدات الطبية."
    static let body3 = "وأضاف أن الحكومة خصصت ميزانية إضافية لتدريب الكوادر الطبية، مشيرا إلى أن التوظيف سيبدأ مطلع العام المقبل في كل المحافظات."
    static let title = "افتتاح ثلاثة مستشفيات جديدة في الجنوب الشهر المقبل"

    static func analyze(_ text: String) -> DocumentAnalysis {
        AnalysisPipeline(stages: [BoilerplateStage()]).run(DocumentInput(id: "test", text: text))
    }

    /// The blocks as (kind, text), in order.
    static func blocks(_ text: String) -> [Block] {
        analyze(text).boilerplate.sorted { $0.span < $1.span }.map { Block($0.kind, $0.text) }
    }

    struct Block: Equatable, CustomStringConvertible {
        let kind: BoilerplateKind
        let text: String
        init(_ kind: BoilerplateKind, _ text: String) {
            self.kind = kind
            self.text = text
        }
        var description: String { "\(kind.rawValue): \(text)" }
    }

    static func page(_ lines: String...) -> String { lines.joined(separator: "\n") }

    // MARK: - Navigation

    @Test("Glued category tags at the top are navigation, with the line's exact span")
    func gluedTags() {
        let text = Self.page("سياسةاقتصادعربي", "", Self.title, "", Self.body1, Self.body2)
        let blocks = Self.analyze(text).boilerplate
        #expect(blocks.count == 1)
        #expect(blocks.first?.kind == .navigation)
        #expect(blocks.first?.start == 0)
        #expect(blocks.first?.end == 15)
        #expect(blocks.first?.text == "سياسةاقتصادعربي")
    }

    @Test("Glued tags with a `و` between names, or one unknown tag among known ones, are navigation",
          arguments: ["الرئيسيةعربيطقسوبيئةمجتمع", "أخبارعالمتقاريرحصري", "عربيدوليرياضةمنوعاتفلك"])
    func gluedTagsTolerant(line: String) {
        #expect(Self.blocks(Self.page(line, Self.title, Self.body1, Self.body2)) == [Block(.navigation, line)])
    }

    @Test("A long glued word that is not tags stays text")
    func gluedNonTags() {
        #expect(Self.blocks(Self.page(Self.body1, "والمستشفيات", Self.body2)).isEmpty)
    }

    @Test("A menu of section words and a breadcrumb are navigation")
    func menuLines() {
        let text = Self.page("أخبار رياضة اقتصاد منوعات", "الرئيسية / أخبار / صحة", Self.title, Self.body1, Self.body2)
        #expect(Self.blocks(text) == [Block(.navigation, "أخبار رياضة اقتصاد منوعات\nالرئيسية / أخبار / صحة")])
    }

    @Test("A title printed twice: the second copy is navigation, the first stays text")
    func repeatedTitle() {
        let text = Self.page(Self.title, "", Self.title, "", Self.body1, Self.body2)
        let blocks = Self.analyze(text).boilerplate
        #expect(blocks.map(\.kind) == [.navigation])
        let secondStart = Self.title.unicodeScalars.count + 2
        #expect(blocks.first?.start == secondStart)
        #expect(blocks.first?.end == secondStart + Self.title.unicodeScalars.count)
    }

    // MARK: - Related articles

    @Test("A read-also marker inside the body covers only its own line")
    func inlineReadAlso() {
        let text = Self.page(Self.body1, "", "إقرأ أيضاً:", "", Self.body2, Self.body3)
        let blocks = Self.analyze(text).boilerplate
        #expect(blocks.map(\.kind) == [.related])
        let start = Self.body1.unicodeScalars.count + 2
        #expect(blocks.first?.start == start)
        #expect(blocks.first?.end == start + 11)
    }

    @Test("A lone read-also marker takes the short headlines right after it")
    func inlineReadAlsoWithHeadlines() {
        let text = Self.page(Self.body1, "اقرأ ايضا", "أمطار غزيرة متوقعة على العاصمة نهاية الأسبوع",
                             "منتخب الشباب يتأهل إلى نهائي البطولة العربية", "", Self.body2, Self.body3)
        #expect(Self.blocks(text) == [Block(.related, "اقرأ ايضا\nأمطار غزيرة متوقعة على العاصمة نهاية الأسبوع\nمنتخب الشباب يتأهل إلى نهائي البطولة العربية")])
    }

    @Test("A read-also marker after the article's footer opens a related block to the end")
    func trailingRelated() {
        let other = "ذكرت مصادر رسمية أن الجسر الجديد سيفتتح أمام حركة المرور في الأسبوع الأول من الشهر القادم بعد تأخير طويل."
        let text = Self.page(Self.title, Self.body1, Self.body2, "المصدر: وكالات", "الوسوم: الصحة، المستشفيات",
                             "اقرأ أيضا:", "افتتاح جسر جديد على النهر", other, "آخر تحديث: 2 مايو 2024 - 10:15")
        #expect(Self.blocks(text) == [
            Block(.metadata, "المصدر: وكالات"),
            Block(.keywords, "الوسوم: الصحة، المستشفيات"),
            Block(.related, "اقرأ أيضا:\nافتتاح جسر جديد على النهر\n\(other)\nآخر تحديث: 2 مايو 2024 - 10:15"),
        ])
    }

    @Test("A read-also marker after a byline or a date line inside the body covers its own line only")
    func readAlsoAfterHeaderMetadata() {
        let text = Self.page(Self.title, Self.body1, "14 مارس 2024", "اقرأ أيضا:", "", Self.body2, Self.body3)
        #expect(Self.blocks(text) == [Block(.metadata, "14 مارس 2024"), Block(.related, "اقرأ أيضا:")])
    }

    @Test("The related tail stops before the controls that close the page")
    func trailingRelatedLeavesPageEnd() {
        let text = Self.page(Self.body1, Self.body2, "", "مقالات ذات صلة", "", "العودة للأعلى")
        #expect(Self.blocks(text) == [Block(.related, "مقالات ذات صلة"), Block(.control, "العودة للأعلى")])
    }

    // MARK: - Share, comments, copyright, controls, keywords

    @Test("Share buttons on their own lines merge into one share block across blank lines")
    func shareButtons() {
        let text = Self.page(Self.body1, Self.body2, "", "فيسبوك", "تويتر", "", "واتساب")
        #expect(Self.blocks(text) == [Block(.share, "فيسبوك\nتويتر\n\nواتساب")])
    }

    @Test("A follow-us line is share even with a full stop", arguments: [
        "تابعونا على فيسبوك وتويتر وتيليجرام.",
        "للمزيد: تابعنا على انستغرام ويوتيوب",
        "شارك الخبر",
    ])
    func followUs(line: String) {
        #expect(Self.blocks(Self.page(Self.body1, Self.body2, line)) == [Block(.share, line)])
    }

    @Test("Body sentences that mention a network or start like a cue stay body", arguments: [
        "وكتب الوزير في منشور على فيسبوك أن الحكومة لن تتراجع عن قرارها مهما كانت الضغوط السياسية.",
        "وكتب على تويتر: لن نتراجع.",
        "المصدر نفسه أكد أن المفاوضات ستستأنف الأسبوع المقبل في العاصمة القطرية.",
        "كتب الرئيس رسالة إلى نظيره يطلب فيها تسريع المفاوضات.",
        "تعليق الرحلات الجوية إلى المدينة يستمر حتى إشعار آخر.",
        "وكتب: لن نسمح بذلك أبدا.",
        "كتب: إن الحكومة ستواصل دعم المستشفيات في كل المحافظات دون استثناء.",
        "وقالت إن المنظمة منصة إخبارية مستقلة تسعى لتقديم تغطية شاملة للأحداث في المنطقة كلها.",
    ])
    func bodyStaysBody(line: String) {
        #expect(Self.blocks(Self.page(Self.body1, line, Self.body2)).isEmpty)
    }

    @Test("Comment counters and prompts are comments", arguments: [
        "تعليق (0)", "تعليقات (12)", "3 تعليقات", "أضف تعليقك", "التعليقات",
    ])
    func comments(line: String) {
        #expect(Self.blocks(Self.page(Self.body1, Self.body2, line)) == [Block(.comments, line)])
    }

    @Test("Copyright lines are copyright", arguments: [
        "© 2024 جميع الحقوق محفوظة لموقع الأخبار اليومية",
        "كل الحقوق محفوظة",
        "Copyright © 2023 Example Media. All rights reserved.",
    ])
    func copyright(line: String) {
        #expect(Self.blocks(Self.page(Self.body1, Self.body2, line)) == [Block(.copyright, line)])
    }

    @Test("Page controls are control", arguments: [
        "زر الذهاب إلى الأعلى", "العودة إلى الأعلى", "رابط المصدر", "اضغط هنا لمشاهدة الفيديو", "طباعة",
    ])
    func controls(line: String) {
        #expect(Self.blocks(Self.page(Self.body1, Self.body2, line)) == [Block(.control, line)])
    }

    @Test("Tag lists are keywords", arguments: [
        "كلمات دلالية: الصحة المستشفيات الجنوب", "الوسوم: اقتصاد، نفط", "Tags: health, hospitals",
    ])
    func keywords(line: String) {
        #expect(Self.blocks(Self.page(Self.body1, Self.body2, line)) == [Block(.keywords, line)])
    }

    // MARK: - Site description

    @Test("The site's self-description after the article is site_description")
    func siteDescription() {
        let about = "موقع إخباري مستقل يقدم لقرائه الأخبار العاجلة والتحليلات المعمقة، ونسعى إلى أن نكون المصدر الأول للمعلومة الموثوقة."
        let text = Self.page(Self.body1, Self.body2, "", "Example News", "", about)
        #expect(Self.blocks(text) == [Block(.metadata, "Example News"), Block(.siteDescription, about)])
    }

    // MARK: - Metadata lines

    @Test("Header metadata lines: date, byline, publication line")
    func headerMetadata() {
        let text = Self.page("الأحد 5 مايو 2024", Self.title, "بقلم سامي يوسف", "تاريخ النشر: 05/05/2024 - 09:40",
                             "", Self.body1, Self.body2)
        #expect(Self.blocks(text) == [
            Block(.metadata, "الأحد 5 مايو 2024"),
            Block(.metadata, "بقلم سامي يوسف\nتاريخ النشر: 05/05/2024 - 09:40"),
        ])
    }

    @Test("Short lines at the foot, a site name or a credit, are metadata")
    func footerNames() {
        let text = Self.page(Self.body1, Self.body2, "الخليج أونلاين", "", "Middle East Desk")
        #expect(Self.blocks(text) == [Block(.metadata, "الخليج أونلاين\n\nMiddle East Desk")])
    }

    @Test("A short Latin line under the header dates is metadata; the headline is not")
    func headerLatinLine() {
        let text = Self.page("12 يونيو 2024", "Photo Agency", Self.title, Self.body1, Self.body2)
        #expect(Self.blocks(text) == [Block(.metadata, "12 يونيو 2024\nPhoto Agency")])
    }

    // MARK: - Junk

    @Test("Scraper junk: codes of digits and capitals, lines of symbols", arguments: ["8841KX", "-----", "***", "--- 2 ---"])
    func junk(line: String) {
        #expect(Self.blocks(Self.page(line, Self.title, Self.body1, Self.body2)) == [Block(.junk, line)])
    }

    // MARK: - Invariants

    @Test("An article without chrome has no boilerplate")
    func cleanArticle() {
        #expect(Self.blocks(Self.page(Self.title, "", Self.body1, "", Self.body2, "", Self.body3)).isEmpty)
        #expect(Self.blocks("").isEmpty)
        #expect(Self.blocks("\n\n  \n").isEmpty)
    }

    @Test("Subheadings between body paragraphs stay text")
    func subheadings() {
        let text = Self.page(Self.body1, "", "ميزانية إضافية", "", Self.body2, "", "توظيف جديد", "", Self.body3)
        #expect(Self.blocks(text).isEmpty)
    }

    @Test("Blocks of different kinds stay apart; CRLF lines end before their terminators")
    func crlf() {
        let text = "فيسبوك\r\nتعليق (0)\r\n" + Self.body1 + "\r\n" + Self.body2 + "\r\nرابط المصدر\r\n"
        let analysis = Self.analyze(text)
        #expect(Self.blocks(text) == [Block(.share, "فيسبوك"), Block(.comments, "تعليق (0)"), Block(.control, "رابط المصدر")])
        for block in analysis.boilerplate {
            #expect(block.text == analysis.source[block.span])
        }
    }

    /// Pieces of page text, chrome cues among them, that random pages are made of.
    static let pieces: [String] = [
        "اقرأ أيضًا:", "المصدر: ", "كتب: ", "تاريخ النشر: ", "آخر تحديث:", "جميع الحقوق محفوظة", "©", "تعليق (0)",
        "زر الذهاب إلى الأعلى", "فيسبوك", "سياسةاقتصاد", "منصة إخبارية", "الوسوم:", "7579HJ", "----", "25 يوليو 2025",
        "14/03/2024", "9th, November", "الحرة", "Political Keys", "أعلنت الوزارة", "في", "بيان", ".", "،", ":", "(", ")",
        "٢٠٢٤", "\u{0640}", "\u{200F}", "\u{00A0}", " ", " ", " ", "\n", "\n", "\r\n", "\n\n", "😀", "é", "0", "12:30",
    ]

    @Test("Random pages of chrome and text: no crash, every block is its slice, blocks in order and apart")
    func randomPages() {
        var state: UInt64 = 0x5EED
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<(next() % 80) { text += Self.pieces[next() % Self.pieces.count] }
            let analysis = AnalysisPipeline(stages: [BoilerplateStage(), MetadataStage()])
                .run(DocumentInput(id: "random", text: text))
            var previousEnd = 0
            for block in analysis.boilerplate.sorted(by: { $0.span < $1.span }) {
                #expect(block.start >= previousEnd && block.start < block.end && block.end <= analysis.source.count)
                #expect(block.text == analysis.source[block.span])
                previousEnd = block.end
            }
        }
    }
}
