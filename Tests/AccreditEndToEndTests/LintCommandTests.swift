import AccreditCore
import AccreditTestSupport
import Foundation
import Testing

/// One broken fixture per lint finding, under Tests/Fixtures/lint/<check-id>/, each with
/// `expected.txt` naming the file, line, severity and check that `accredit lint` must report.
struct LintCommandTests {
    static func fixture(_ check: CatalogueCheck) -> String { "Tests/Fixtures/lint/\(check.rawValue)" }

    @Test(arguments: CatalogueCheck.allCases)
    func eachFindingIsReportedAtItsFileAndLine(_ check: CatalogueCheck) throws {
        let folder = Self.fixture(check)
        let expected = try String(contentsOfFile: Fixtures.path(folder + "/expected.txt"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        var arguments = ["lint", folder]
        // A dangling link is only read when named: folders skip links.
        if check == .unreadableFile { arguments.append(folder + "/missing.xml") }
        let result = try CommandRunner.accredit(arguments)
        #expect(result.stdout.contains("\(folder)/\(expected) "), "expected \(expected) in:\n\(result.stdout)")
        #expect(!result.stdout.contains("Fatal error"), "never a crash")
        let strict = try CommandRunner.accredit(arguments + ["--strict"])
        if check.defaultSeverity == .error {
            #expect(result.status == 1)
        } else {
            #expect(result.status == 0, "warnings alone pass without --strict")
        }
        #expect(strict.status == 1, "--strict fails on warnings too")
    }

    @Test func theCleanFixturePassesStrictly() throws {
        let result = try CommandRunner.accredit(["lint", "--strict", "Tests/Fixtures/lint/clean"])
        #expect(result.status == 0)
        #expect(result.stdout == "5 files: 0 errors, 0 warnings\n")
    }

    @Test func theShippedContentPassesStrictly() throws {
        let result = try CommandRunner.accredit(["lint", "--strict", "Standards", "Rules"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("0 errors, 0 warnings\n"))
    }

    @Test func candidateOverlapsCarryTheirScore() throws {
        let result = try CommandRunner.accredit(["lint", "Tests/Fixtures/lint/candidate-overlap"])
        #expect(
            result.stdout.contains(
                "ls.3 and concern requirement lc.1 look alike but have no declared relation: similarity 0.85 (text 0.79, evidence kinds 1.00)"
            ))
    }

    @Test func danishFindings() throws {
        let result = try CommandRunner.accredit(["lint", "--lang", "da", "Tests/Fixtures/lint/unused-rule"])
        #expect(result.stdout.contains("lint-common.rules.xml:10: advarsel [unused-rule] ingen krav bruger reglen \"annual\""))
        #expect(result.stdout.hasSuffix("5 filer: 0 fejl, 1 advarsler\n"))
    }

    @Test func aMissingFolderCannotBeRead() throws {
        let result = try CommandRunner.accredit(["lint", "no/such/folder"])
        #expect(result.status == 2)
    }

    @Test func helpListsEveryCheckAndTheExitStatuses() throws {
        let help = try CommandRunner.accredit(["lint", "--help"]).stdout
        for check in CatalogueCheck.allCases { #expect(help.contains(check.rawValue), "help lacks \(check.rawValue)") }
        for line in ["0   no errors", "1   errors found", "2   the standard", "64  usage error"] { #expect(help.contains(line)) }
    }
}
