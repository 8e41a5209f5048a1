import AccreditTestSupport
import Foundation
import Testing

/// `accredit diff-reports OLD.json NEW.json`: the earlier report of the not-ready example
/// against its current one (its committed JSON golden), in every format.
struct DiffReportsCommandTests {
    static let old = "examples/baselines/not-ready-sundhed-2026-02-01.json"
    static let new = "examples/not-ready-sundhed/expected/report.json"
    static let expected = Fixtures.path("Tests/Fixtures/diff-reports/expected")

    @Test(arguments: [
        ("diff.en.txt", ["--lang", "en"]),
        ("diff.da.txt", ["--lang", "da"]),
        ("diff.json", ["--format", "json"]),
        ("diff.md", ["--format", "markdown", "--lang", "en"]),
        ("diff.da.md", ["--format", "markdown", "--lang", "da"]),
    ])
    func theChangesAreShownInEachFormat(_ name: String, _ arguments: [String]) throws {
        let result = try CommandRunner.accredit(["diff-reports", Self.old, Self.new] + arguments)
        #expect(result.status == 1, "\(result.stderr)")
        if let difference = Golden.compare(result.stdout, to: Self.expected + "/" + name) { Issue.record("\(difference)") }
    }

    @Test func theJSONCountsWhatChanged() throws {
        let result = try CommandRunner.accredit(["diff-reports", Self.old, Self.new, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts == ["statusChanges": 2, "new": 1, "unchanged": 8, "fixed": 1])
        #expect(object["verdictChanged"] as? Bool == false)
    }

    @Test func aReportComparedWithItselfHasNoChanges() throws {
        let result = try CommandRunner.accredit(["diff-reports", Self.new, Self.new])
        #expect(result.status == 0)
        #expect(result.stdout.contains("no changes"))
    }

    @Test func aFileThatIsNotAReportIsRefusedNamingIt() throws {
        let result = try CommandRunner.accredit(["diff-reports", "examples/not-ready-sundhed/expected/report.sarif", Self.new])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains("examples/not-ready-sundhed/expected/report.sarif: the file is not a JSON report of accredit"))
    }
}
