import AccreditTestSupport
import Foundation
import Testing

/// The JSON report follows its published schema (Schemas/report.schema.json), checked by an
/// independent validator (Python's jsonschema).
struct ReportSchemaTests {
    private func validate(_ files: [String]) throws -> CommandResult {
        try CommandRunner.run("/usr/bin/env", ["python3", "scripts/ci/validate-json.py", "Schemas/report.schema.json"] + files)
    }

    @Test func everyExampleJSONReportFollowsTheSchema() throws {
        let reports = ExamplesTests.packages.map { $0 + "/expected/report.json" }
        let result = try validate(reports)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    /// Negative control: the validator does reject a report that breaks the schema.
    @Test func reportWithoutAVerdictIsRejected() throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("examples/overlap-sundhed/expected/report.json")))
        var object = try #require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
        #expect(object.removeValue(forKey: "verdict") != nil)
        let folder = try TemporaryFolder("schema")
        let path = try folder.write("report.json", bytes: Array(try JSONSerialization.data(withJSONObject: object)))
        let result = try validate([path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("'verdict' is a required property"))
    }
}
