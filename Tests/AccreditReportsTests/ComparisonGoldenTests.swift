import AccreditAuthoring
import AccreditCore
import AccreditReports
import AccreditTestSupport
import Foundation
import Testing

/// The comparison renderers give the golden files of `accredit compare` in-process, so a change
/// to a renderer shows here without running the tool.
struct ComparisonGoldenTests {
    static func comparison() throws -> [IndicatorComparison.Result] {
        let path = Fixtures.path("Tests/Fixtures/compare/quartiles-with-ties-and-gaps.csv")
        let parsed = try IndicatorTable.parse(String(contentsOfFile: path, encoding: .utf8), file: path)
        return IndicatorComparison(observations: parsed.observations, directions: parsed.directions).compare()
    }

    @Test(arguments: [
        (ComparisonFormat.text, Language.en, "comparison.en.txt"), (.text, .da, "comparison.da.txt"),
        (.csv, .en, "comparison.csv"), (.json, .en, "comparison.json"), (.html, .da, "comparison.da.html"),
    ])
    func matchesTheGolden(_ format: ComparisonFormat, _ language: Language, _ golden: String) throws {
        let text = format.renderer.render(try Self.comparison(), language: language)
        if let difference = Golden.compare(text, to: Fixtures.path("Tests/Fixtures/compare/expected/" + golden)) {
            Issue.record("\(difference)")
        }
    }

    @Test func csvDefusesFormulasInUnitNamesButKeepsNegativeChangesNumbers() {
        let results = IndicatorComparison(
            observations: [
                .init(unit: "=Nord", indicator: "ventetid", period: "2024", value: 15),
                .init(unit: "=Nord", indicator: "ventetid", period: "2025", value: 12),
                .init(unit: "Syd, Øst", indicator: "ventetid", period: "2025", value: 7.5),
            ], directions: ["ventetid": .lower]
        ).compare()
        let csv = ComparisonFormat.csv.renderer.render(results, language: .en)
        #expect(csv.contains("'=Nord,"))
        #expect(csv.contains(",-3,"))
        #expect(csv.contains("\"Syd, Øst\""))
    }
}
