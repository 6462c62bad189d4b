import RasdAnalysis
import Testing

/// Two days sharing one month (`في 17 و25 ديسمبر`, `يومي 17 و18 مارس 2024`) are two dates: the
/// first day takes the second's month and year.
@Suite("Date grammar: two days sharing a month")
struct DayPairTests {
    static let pairs: [DateTableCase] = [
        DateTableCase("وقعت الهجمات على المعبر في 17 و25 ديسمبر وأسفرت عن أضرار كبيرة.", at: "2023-12-30",
                      span: "17", value: "2023-12-17", grain: .day, relative: true),
        DateTableCase("وقعت الهجمات على المعبر في 17 و25 ديسمبر وأسفرت عن أضرار كبيرة.", at: "2023-12-30",
                      span: "25 ديسمبر", value: "2023-12-25", grain: .day, relative: true),
        DateTableCase("تعقد القمة الخليجية يومي 17 و18 مارس 2024 في الرياض.", at: "2024-02-29",
                      span: "17", value: "2024-03-17", grain: .day, relative: false),
        DateTableCase("تعقد القمة الخليجية يومي 17 و18 مارس 2024 في الرياض.", at: "2024-02-29",
                      span: "18 مارس 2024", value: "2024-03-18", grain: .day, relative: false),
    ]

    @Test("Each day of the pair is a date", arguments: DayPairTests.pairs)
    func dayPair(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }

    @Test("Two counts joined by و before a noun stay quantities")
    func countsAreNotDays() {
        let document = DateTableCheck.analyze("قتل 17 وأصيب 25 جريحا في الانفجار.", published: "2024-02-29")
        #expect(document.dates.isEmpty)
    }
}
