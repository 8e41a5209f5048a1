import AccreditTestSupport
import Foundation
import Testing

struct DiffCommandTests {
    static let fixture = "Tests/Fixtures/diff/concern-and-sector"

    @Test(arguments: [
        ("diff.en.txt", ["--lang", "en"]), ("diff.da.txt", ["--lang", "da"]), ("diff.json", ["--format", "json"]),
    ])
    func differencesInEveryFormatAndLanguageExitOne(_ golden: String, _ arguments: [String]) throws {
        let result = try CommandRunner.accredit(["diff", Self.fixture + "/old", Self.fixture + "/new"] + arguments)
        #expect(result.status == 1, "\(result.stderr)")
        if let difference = Golden.compare(result.stdout, to: Fixtures.path(Self.fixture + "/expected/" + golden)) {
            Issue.record("\(difference)")
        }
    }

    @Test func theJSONIsParseableAndNamesTheAffectedSectorRequirements() throws {
        let result = try CommandRunner.accredit(["diff", Self.fixture + "/old", Self.fixture + "/new", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let affected = try #require(object["affected"] as? [[String: Any]])
        #expect(affected.compactMap { $0["requirement"] as? String } == ["s.equal", "s.subset", "s.intersects"])
        #expect((object["summary"] as? [String: Int])?["affected"] == 3)
    }

    @Test func noDifferencesExitZero() throws {
        let result = try CommandRunner.accredit(["diff", "Rules", "Rules", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("No differences."))
        let danish = try CommandRunner.accredit(["diff", Self.fixture + "/old", Self.fixture + "/old", "--lang", "da"])
        #expect(danish.status == 0)
        #expect(danish.stdout.contains("Ingen forskelle."))
    }

    @Test func aSingleChangedFileCanBeCompared() throws {
        let result = try CommandRunner.accredit([
            "diff", Self.fixture + "/old/mini-concern.xml", Self.fixture + "/new/mini-concern.xml",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.contains("c.2 (mini-concern)"))
        #expect(result.stdout.contains(#"title [en]: "Competencies" → "Competences and training""#))
    }

    @Test func unreadableSidesExitTwoAndUsageErrorsSixtyFour() throws {
        let missing = try CommandRunner.accredit(["diff", Self.fixture + "/old", Self.fixture + "/no-such-folder"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-folder"))
        let malformed = try CommandRunner.accredit(["diff", Self.fixture + "/old", "Tests/Fixtures/lint/malformed-file"])
        #expect(malformed.status == 2)
        #expect(try CommandRunner.accredit(["diff", Self.fixture + "/old"]).status == 64)
        #expect(try CommandRunner.accredit(["diff", "Rules", "Rules", "--format", "yaml"]).status == 64)
    }

    @Test func helpDocumentsTheExitStatuses() throws {
        let help = try CommandRunner.accredit(["diff", "--help"])
        #expect(help.stdout.contains("0   no differences"))
        #expect(help.stdout.contains("1   differences found"))
        #expect(help.stdout.contains("64  usage error"))
    }
}
