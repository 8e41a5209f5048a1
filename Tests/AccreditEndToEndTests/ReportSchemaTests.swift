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
        let original = try String(contentsOfFile: Fixtures.path("examples/overlap-sundhed/expected/report.json"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: #""verdict" : "ready-with-remarks","#, with: "")
        #expect(broken != original)
        let folder = try TemporaryFolder("schema")
        let path = try folder.write("report.json", broken)
        let result = try validate([path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("'verdict' is a required property"))
    }
}
