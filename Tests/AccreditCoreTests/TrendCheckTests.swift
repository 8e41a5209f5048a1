import AccreditTestSupport
import Foundation
import Testing

@testable import AccreditCore

/// The `trend` kind beyond its examples (which `CheckExamplesTests` runs): its parameters and
/// the status of a requirement it cannot judge yet.
struct TrendCheckTests {
    private func issues(_ parameters: [String: String]) -> [ParameterIssue] {
        var issues: [ParameterIssue] = []
        _ = CheckPreparation.prepare(.trend, parameters, problems: &issues)
        return issues
    }

    @Test func aTargetNeedsItsValueAndItsDate() {
        let base = ["indicator": "ventetid", "direction": "lower", "rule": "target"]
        #expect(issues(base) == [.missing("target")])
        #expect(issues(base.merging(["target": "14"]) { $1 }) == [.missing("by")])
        #expect(issues(base.merging(["target": "14", "by": "2025-12-31"]) { $1 }).isEmpty)
    }

    @Test func parametersHaveTheirTypes() {
        let issues = issues(["indicator": "ventetid", "direction": "lower", "rule": "better", "by": "next year"])
        #expect(
            issues == [
                .rejected(name: "rule", value: "better", .type("must be 'improving', 'not-worse', 'target' or 'shift'")),
                .rejected(name: "by", value: "next year", .type("must be a date (YYYY-MM-DD)")),
            ])
    }

    /// A requirement whose only rule cannot judge yet is not assessed, never not met.
    @Test func tooFewPeriodsLeaveTheRequirementNotAssessed() throws {
        let example = try #require(TrendCheck.examples.first { $0.title == "improving: too few periods" })
        let catalogue = try CheckExamplesTests.catalogue(.trend, example)
        var package = PackageBuilder(entries: example.entries)
        package.claims = [#"<claim standard="example" version="1"/>"#]
        let result = try evaluate(package, with: catalogue).requirement("x.1")
        #expect(result.status == .notAssessed)
        #expect(result.findings.first?.kind == .note)
        #expect(
            result.findings.first?.message.text(.en)
                == "ventetid has 2 periods with a value; the trend needs at least 3")
    }
}
