import AccreditAuthoring
import AccreditCore
import AccreditTestSupport
import Foundation
import Testing

/// Checked against quartiles computed by hand for Tests/Fixtures/compare/quartiles-with-ties-and-gaps.csv.
struct IndicatorComparisonTests {
    let results: [IndicatorComparison.Result]

    init() throws {
        let file = Fixtures.path("Tests/Fixtures/compare/quartiles-with-ties-and-gaps.csv")
        let parsed = try IndicatorTable.parse(try String(contentsOfFile: file, encoding: .utf8), file: file)
        results = IndicatorComparison(observations: parsed.observations, directions: parsed.directions).compare()
    }

    private func colours(_ indicator: String) -> [String: IndicatorComparison.Colour] {
        Dictionary(uniqueKeysWithValues: results.first { $0.indicator == indicator }!.placements.map { ($0.unit, $0.colour) })
    }

    /// n = 8, n/4 = 2: ranks 1, 2, 2 are green (the tie at the boundary shares the better
    /// colour), the two tied at 60 and the last are red.
    @Test func higherIsBetterWithTiesAtTheBoundaries() {
        #expect(
            colours("tilfredshed") == [
                "Aby": .green, "Bæk": .green, "Cø": .green, "Dal": .yellow, "Eng": .yellow,
                "Fur": .red, "Gl": .red, "Hav": .red,
            ])
    }

    /// n = 7 (one missing, grey), n/4 = 1.75: only rank 1 is green, only the last is red.
    @Test func lowerIsBetterWithAMissingValue() {
        #expect(
            colours("ventetid") == [
                "Aby": .green, "Bæk": .yellow, "Cø": .yellow, "Dal": .yellow, "Eng": .yellow,
                "Fur": .yellow, "Gl": .grey, "Hav": .red,
            ])
    }

    @Test func unweightedMeanOfTheLatestPeriod() throws {
        let satisfaction = try #require(results.first { $0.indicator == "tilfredshed" })
        #expect(satisfaction.period == "2025")
        #expect(satisfaction.previousPeriod == "2024")
        #expect(satisfaction.mean == 72.5)
        let waiting = try #require(results.first { $0.indicator == "ventetid" })
        #expect(waiting.mean == 124.0 / 7.0)
    }

    @Test func changeSincePreviousPeriodUsesDecimalCommas() throws {
        let satisfaction = try #require(results.first { $0.indicator == "tilfredshed" })
        let byUnit = Dictionary(uniqueKeysWithValues: satisfaction.placements.map { ($0.unit, $0) })
        #expect(byUnit["Aby"]?.change == 2)
        #expect(byUnit["Hav"]?.change == -2.5)
        #expect(byUnit["Bæk"]?.change == nil)
    }

    @Test func placementsAreBestFirstWithMissingLast() throws {
        let waiting = try #require(results.first { $0.indicator == "ventetid" })
        #expect(waiting.placements.map(\.unit) == ["Aby", "Bæk", "Cø", "Dal", "Eng", "Fur", "Hav", "Gl"])
        #expect(waiting.placements.map(\.rank) == [1, 2, 2, 4, 5, 6, 7, nil])
    }

    @Test func fewerThanFourUnitsAreAllYellow() {
        let rows = ["A": 1.0, "B": 2.0, "C": 3.0].map {
            IndicatorComparison.Observation(unit: $0.key, indicator: "x", period: "2025", value: $0.value)
        }
        let result = IndicatorComparison(observations: rows, directions: [:]).compare()[0]
        #expect(Set(result.placements.map(\.colour)) == [.yellow])
    }

    @Test func malformedValueIsLocated() {
        #expect {
            _ = try IndicatorTable.parse("unit,indicator,period,value\nA,x,2025,12\nB,x,2025,lots\n", file: "k.csv")
        } throws: { error in
            (error as? AccreditError)?.location == SourceLocation(file: "k.csv", line: 3)
        }
    }
}
