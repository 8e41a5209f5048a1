import AccreditCore
import Testing

/// Numbers and dates read as each language writes them.
struct NumberStyleTests {
    @Test func decimalsUseEachLanguagesSeparators() {
        #expect(Language.da.decimal(80.28) == "80,28")
        #expect(Language.en.decimal(80.28) == "80.28")
        #expect(Language.da.decimal(12_345.5, fractionDigits: 1) == "12.345,5")
        #expect(Language.en.decimal(12_345.5, fractionDigits: 1) == "12,345.5")
        #expect(Language.da.decimal(3) == "3")
        #expect(Language.en.decimal(-0.004) == "0")
        #expect(Language.en.decimal(-1.25, fractionDigits: 1) == "-1.3")
    }

    @Test func percentagesHaveOneDecimalAtMost() {
        #expect(Language.da.percent(803, of: 1_000) == "80,3 %")
        #expect(Language.en.percent(803, of: 1_000) == "80.3 %")
        #expect(Language.da.percent(1, of: 2) == "50 %")
        #expect(Language.da.percent(1, of: 0) == "–")
    }

    @Test func integersAreGroupedByThousands() {
        #expect(Language.da.integer(10_000) == "10.000")
        #expect(Language.en.integer(1_234_567) == "1,234,567")
        #expect(Language.en.integer(999) == "999")
        #expect(Language.da.integer(-1_000) == "-1.000")
    }

    @Test func datesReadAsRunningText() throws {
        let day = try #require(Day(iso: "2026-03-01"))
        #expect(Language.da.date(day) == "1. marts 2026")
        #expect(Language.en.date(day) == "1 March 2026")
    }
}
