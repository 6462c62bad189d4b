import Testing
@testable import RasdAnalysis

/// The calendar arithmetic under every relative date: weekdays, ISO weeks, month steps.
struct CivilDateTests {
    @Test("Days since the epoch round-trip, across centuries and leap days",
          arguments: ["1970-01-01", "2000-02-29", "2023-10-19", "1899-12-31", "2100-03-01", "0001-01-01"])
    func roundTrip(_ iso: String) throws {
        let date = try #require(CivilDate(iso: iso))
        #expect(CivilDate(daysSinceEpoch: date.daysSinceEpoch) == date)
        #expect(date.iso == iso)
    }

    @Test("ISO weekdays: 2023-10-19 is a Thursday, 2025-07-13 a Sunday, 1970-01-01 a Thursday")
    func weekdays() {
        #expect(CivilDate(year: 2023, month: 10, day: 19)?.weekday == 4)
        #expect(CivilDate(year: 2025, month: 7, day: 13)?.weekday == 7)
        #expect(CivilDate(year: 1970, month: 1, day: 1)?.weekday == 4)
        #expect(CivilDate(year: 2024, month: 2, day: 29)?.weekday == 4)
    }

    @Test("ISO weeks, including the weeks that belong to the neighbouring year")
    func isoWeeks() {
        #expect(CivilDate(year: 2023, month: 10, day: 12)!.isoWeek == (2023, 41))
        #expect(CivilDate(year: 2021, month: 1, day: 1)!.isoWeek == (2020, 53))
        #expect(CivilDate(year: 2024, month: 12, day: 30)!.isoWeek == (2025, 1))
    }

    @Test("Month steps clamp to the month's end and cross years both ways")
    func monthSteps() {
        #expect(CivilDate(year: 2024, month: 3, day: 31)!.adding(months: -1).iso == "2024-02-29")
        #expect(CivilDate(year: 2024, month: 1, day: 15)!.adding(months: -1).iso == "2023-12-15")
        #expect(CivilDate(year: 2023, month: 11, day: 30)!.adding(months: 3).iso == "2024-02-29")
        #expect(CivilDate(year: 5, month: 1, day: 1)!.adding(months: -120).year == -5)
    }

    @Test("Invalid days are refused")
    func invalid() {
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(iso: "2023-13-01") == nil)
        #expect(CivilDate(iso: "not a date") == nil)
    }

    @Test("Hijri to Gregorian through Umm al-Qura: 1 Ramadan 1445 is 2024-03-11")
    func hijri() {
        #expect(HijriCalendar.gregorian(year: 1445, month: 9, day: 1)?.iso == "2024-03-11")
        #expect(HijriCalendar.gregorian(year: 1445, month: 9, day: 31) == nil)
    }

    @Test("A shift of a million years has no value rather than a broken one")
    func hugeShift() {
        let text = "ظهرت هذه الصخور قبل مليون سنة في المنطقة."
        let document = AnalysisPipeline.standard.analyze(DocumentInput(id: "t", text: text, published: "2024-03-14"))
        #expect(document.dates.allSatisfy { $0.value == nil || !$0.value!.hasPrefix("-") })
    }
}
