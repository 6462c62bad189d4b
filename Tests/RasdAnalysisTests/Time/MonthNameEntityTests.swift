import Testing
@testable import RasdAnalysis

/// A Levantine month name is also a name (`نيسان` is Nissan's); inside a date it is the date's word.
@Suite("Month names inside dates are not entities")
struct MonthNameEntityTests {
    static func analyze(_ text: String) -> AnalyzedDocument {
        AnalysisPipeline.standard.analyze(DocumentInput(id: "t", text: text, published: "2015-06-01"))
    }

    @Test("A month name in a date is no entity; the same word outside a date still is")
    func monthInDate() {
        let text = "وقع الانفجار في 22 أبريل (نيسان) الماضي، بينما أعلنت شركة نيسان عن سيارة جديدة."
        let document = Self.analyze(text)
        #expect(document.dates.map(\.text) == ["22 أبريل (نيسان)"])
        #expect(document.dates.map(\.value) == ["2015-04-22"])
        #expect(document.entities.map(\.text) == ["شركة نيسان"])
        #expect(document.entities.map(\.entity) == ["nissan"])
    }

    @Test("Month names, Gregorian and Hijri, one and two words")
    func monthNames() {
        #expect(TemporalStage.isMonthName("نيسان"))
        #expect(TemporalStage.isMonthName("تمّوز"))
        #expect(TemporalStage.isMonthName("ذو الحجة"))
        #expect(!TemporalStage.isMonthName("نيسان موتور"))
        #expect(!TemporalStage.isMonthName("لافروف"))
    }
}
