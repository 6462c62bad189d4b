import Foundation
import RasdAnalysis
import Testing
@testable import RasdCorpus

/// Near-copies: MinHash resemblance of team-written texts, and groups in the store, each with its
/// earliest member, which the claims ledger counts as one origin.
struct NearDuplicateTests {
    static let story = """
        وصلت إلى ميناء راجين صباح اليوم سفينة شحن محملة بالحاويات قادمة من فلاديفوستوك. \
        وأرسلت كوريا الشمالية نحو عشرة آلاف جندي إلى روسيا خلال الأشهر الماضية. \
        وتنقل القطارات الحاويات عبر جسر الصداقة إلى محطة خاسان الحدودية. \
        ويراقب المحللون حركة السفن بواسطة صور الأقمار الاصطناعية منذ بداية العام. \
        وتقول الحكومة في سيول إن الشحنات تضاعفت خلال الصيف الماضي. \
        وتنفي موسكو وبيونغ يانغ أي تعاون عسكري يخالف قرارات مجلس الأمن.
        """
    static let edited = story.replacingOccurrences(of: "صباح اليوم", with: "مساء أمس") + " وكانت السفينة قد غادرت قبل أسبوع."
    static let other = """
        افتتح المعرض الدولي للكتاب أبوابه في القاهرة بمشاركة مئات دور النشر العربية والأجنبية. \
        ويضم المعرض هذا العام جناحا خاصا لأدب الأطفال وندوات يومية عن الترجمة والنشر الرقمي.
        """

    @Test("Resemblance: the same text 1, an edited copy above the threshold, another story far below")
    func resemblance() {
        let original = MinHash(text: Self.story)
        #expect(original.resemblance(to: MinHash(text: Self.story)) == 1)
        #expect(original.resemblance(to: MinHash(text: Self.edited)) >= MinHash.threshold)
        #expect(original.resemblance(to: MinHash(text: Self.other)) < 0.2)
        #expect(MinHash(bytes: original.bytes) == original)
    }

    @Test("The store groups an edited copy with its original, earliest first, and leaves another story alone")
    func groups() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-dup-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteCorpusStore(path: path)
        let pipeline = SQLiteCorpusStoreTests.pipeline
        try store.add([
            pipeline.analyze(DocumentInput(id: "copy", text: Self.edited, outlet: "Second", published: "2024-06-02")),
            pipeline.analyze(DocumentInput(id: "original", text: Self.story, outlet: "First", published: "2024-06-01")),
            pipeline.analyze(DocumentInput(id: "other", text: Self.other, outlet: "Third", published: "2024-06-01")),
        ])
        let groups = try store.duplicateGroups()
        #expect(groups.count == 1)
        #expect(groups.first?.members.map(\.document) == ["original", "copy"])
        #expect(groups.first?.earliest.outlet == "First")
        let troops = try store.claimLedger().first { $0.key == "north-korea|deployment|جندي" }
        #expect(troops?.claims.count == 2)
        #expect(troops?.corroborations == 1)
    }
}
