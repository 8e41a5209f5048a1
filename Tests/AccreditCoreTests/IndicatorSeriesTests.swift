import AccreditCore
import AccreditTestSupport
import Foundation
import Testing

/// An indicator may have values for several periods: the reader keeps them in period order,
/// the latest as the indicator's value, and refuses a second value for a period at its line.
struct IndicatorSeriesTests {
    @Test func theSeriesIsOrderedAndTheLatestIsTheIndicatorsValue() throws {
        let folder = try PackageBuilder(entries: [
            #"<indicator id="v" value="3" unit="" periodStart="2025-01-01" periodEnd="2025-12-31"/>"#,
            #"<indicator id="v" value="1" unit="" periodStart="2023-01-01" periodEnd="2023-12-31"/>"#,
            #"<indicator id="v" missing="true" unit="" periodStart="2024-01-01" periodEnd="2024-12-31"/>"#,
        ]).write()
        let package = try PackageLoader().load(folder.path).package
        #expect(package.series("v").map(\.periodEnd.description) == ["2023-12-31", "2024-12-31", "2025-12-31"])
        #expect(package.series("v").map(\.missing) == [false, true, false])
        #expect(package.indicators["v"]?.text == "3")
    }

    @Test(arguments: [
        (
            #"<indicator id="v" value="2" unit="" periodStart="2025-01-01" periodEnd="2025-12-31"/>"#,
            #"indicator "v" for the period 2025-01-01 to 2025-12-31 appears twice in the manifest"#
        ),
        (
            #"<indicator id="v" value="2" missing="true" unit="" periodStart="2024-01-01" periodEnd="2024-12-31"/>"#,
            #"indicator "v" needs either value or missing="true""#
        ),
        (
            #"<indicator id="v" unit="" periodStart="2024-01-01" periodEnd="2024-12-31"/>"#,
            #"indicator "v" needs either value or missing="true""#
        ),
    ])
    func aSecondValueForAPeriodOrAValueBothGivenAndMissingIsRefusedAtItsLine(_ entry: String, _ message: String) throws {
        let folder = try PackageBuilder(entries: [
            #"<indicator id="v" value="1" unit="" periodStart="2025-01-01" periodEnd="2025-12-31"/>"#, entry,
        ]).write()
        do {
            _ = try PackageLoader().load(folder.path)
            Issue.record("the package was accepted")
        } catch {
            let first = try #require((error as? AccreditErrors)?.errors.first)
            #expect(first.message.text(.en) == message)
            #expect(first.location?.line == 9)
        }
    }
}
