import Testing
@testable import RasdAnalysis

/// Which publication date relative dates are resolved against: the input's, else the one the
/// metadata stage reads, else the one the article states by naming today, else `--published`.
struct TemporalStageTests {
    static func analyze(_ text: String, published: String? = nil, fallback: String? = nil) -> AnalyzedDocument {
        AnalysisPipeline.standard.analyze(DocumentInput(id: "t", text: text, published: published, fallbackPublished: fallback))
    }

    @Test("With no date in the text, --published is the reference")
    func fallbackPublished() {
        let document = Self.analyze("قال المتحدث باسم الوزارة أمس إن المفاوضات ستستأنف قريبا.", fallback: "2024-05-10")
        #expect(document.dates.first { $0.text == "أمس" }?.value == "2024-05-09")
        #expect(document.published == "2024-05-10")
    }

    @Test("A text that names today with its weekday and day gives the reference, before --published")
    func statedToday() {
        let text = "التقى وزيرا خارجية البلدين اليوم الأربعاء 6 آذار/ مارس في العاصمة، بعد اتفاق وقع عام 2023. وكانت الجولة السابقة أمس."
        let document = Self.analyze(text, fallback: "2030-01-01")
        #expect(document.published == "2024-03-06")
        #expect(document.dates.first { $0.text == "أمس" }?.value == "2024-03-05")
    }

    @Test("The input's publication date wins over one the text states")
    func inputWins() {
        let text = "التقى وزيرا خارجية البلدين اليوم الأربعاء 6 آذار/ مارس في العاصمة، بعد اتفاق وقع عام 2023."
        let document = Self.analyze(text, published: "2019-03-06")
        #expect(document.published == "2019-03-06")
        #expect(document.dates.first?.value == "2019-03-06")
    }

    @Test("With no reference at all, a relative date is found with no value")
    func noReference() {
        let document = Self.analyze("قال المتحدث باسم الوزارة أمس إن المفاوضات ستستأنف قريبا.")
        let yesterday = document.dates.first { $0.text == "أمس" }
        #expect(yesterday != nil)
        #expect(yesterday?.value == nil)
        #expect(yesterday?.relative == true)
    }
}
