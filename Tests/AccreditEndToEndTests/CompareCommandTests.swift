import AccreditTestSupport
import Foundation
import Testing

struct CompareCommandTests {
    static let fixture = "Tests/Fixtures/compare/quartiles-with-ties-and-gaps.csv"

    @Test(arguments: [
        ("text", "en", "comparison.en.txt"), ("text", "da", "comparison.da.txt"), ("csv", "en", "comparison.csv"),
        ("json", "en", "comparison.json"), ("html", "da", "comparison.da.html"),
    ])
    func comparisonMatchesItsGolden(_ format: String, _ language: String, _ golden: String) throws {
        let result = try CommandRunner.accredit(["compare", Self.fixture, "--format", format, "--lang", language])
        #expect(result.status == 0, "\(result.stderr)")
        if let difference = Golden.compare(result.stdout, to: Fixtures.path("Tests/Fixtures/compare/expected/" + golden)) {
            Issue.record("\(difference)")
        }
    }

    @Test func packagesAreComparedByUnit() throws {
        let result = try CommandRunner.accredit([
            "compare", "examples/overlap-sundhed", "examples/not-ready-sundhed", "--format", "csv",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("haandhygiejne-audit,2025,higher,Sundhed og Ældre,93,1,yellow,,88.5"))
    }

    @Test func brokenCSVIsLocated() throws {
        let folder = try TemporaryFolder("compare")
        let path = try folder.write("k.csv", "unit,indicator,period,value\nA,x,2025,1\nB,x,2025\n")
        let result = try CommandRunner.accredit(["compare", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("k.csv:3"))
    }
}
