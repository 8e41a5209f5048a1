import AccreditCore
import Testing

struct DayTests {
    @Test(arguments: ["2024-02-29", "1970-01-01", "2026-12-31", "2000-02-29"])
    func roundTripsValidDates(_ text: String) throws {
        let day = try #require(Day(iso: text))
        #expect(day.description == text)
    }

    @Test(arguments: ["2025-02-29", "2026-13-01", "2026-00-10", "2026-1-1", "26-01-01", "", "2026-04-31", "1900-02-29"])
    func rejectsImpossibleDates(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func countsDaysAcrossLeapYears() throws {
        let start = try #require(Day(iso: "2024-02-28"))
        let end = try #require(Day(iso: "2025-02-28"))
        #expect(start.days(until: end) == 366)
        #expect(start.adding(days: 2).description == "2024-03-01")
    }
}
