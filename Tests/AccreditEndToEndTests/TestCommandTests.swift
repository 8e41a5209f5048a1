import AccreditTestSupport
import Foundation
import Testing

struct TestCommandTests {
    @Test func theShippedRuleTestsPassWithFullCoverage() throws {
        let result = try CommandRunner.accredit(["test", "--min-coverage", "100"])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("8 examples: 8 passed, 0 failed"))
        #expect(result.stdout.contains("Coverage: 72/72 requirements (100 %)"))
    }

    @Test func failingExpectationsAreReportedAtTheirLine() throws {
        let result = try CommandRunner.accredit(["test", "Tests/Fixtures/rule-tests"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL Tests/Fixtures/rule-tests/tests/forkert"))
        #expect(
            result.stdout.contains(
                "  Tests/Fixtures/rule-tests/tests/forkert/expected.xml:5: ls.1: expected met, got not-met: no evidence of kind delivery-log"
            ))
        #expect(result.stdout.contains("expected.xml:6: lc.1 is not in the report"))
        #expect(result.stdout.contains("PASS Tests/Fixtures/rule-tests/tests/leveret"))
    }

    @Test func coverageBelowTheMinimumFails() throws {
        let folder = try TemporaryFolder("rule-tests")
        let source = Fixtures.path("Tests/Fixtures/rule-tests")
        for name in try FileManager.default.contentsOfDirectory(atPath: source) where name.hasSuffix(".xml") {
            try folder.write(name, try String(contentsOfFile: source + "/" + name, encoding: .utf8))
        }
        for name in ["manifest.xml", "expected.xml", "evidence/leveringslog-2025.md"] {
            try folder.write(
                "tests/leveret/" + name, try String(contentsOfFile: source + "/tests/leveret/" + name, encoding: .utf8))
        }
        let relaxed = try CommandRunner.accredit(["test", folder.path])
        #expect(relaxed.status == 0, "\(relaxed.stdout)")
        #expect(relaxed.stdout.contains("[+-] ls.1 (lint-sector)  lacks a not-met example"))
        let strict = try CommandRunner.accredit(["test", folder.path, "--min-coverage", "50", "--lang", "da"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("dækning 0 % er under --min-coverage 50 %"))
    }

    @Test func brokenRuleFilesCannotBeTested() throws {
        let result = try CommandRunner.accredit(["test", "Tests/Fixtures/lint/xpath-does-not-compile"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("lint-sector.rules.xml:5: the XPath expression does not compile"))
    }

    @Test func coverageOutOfRangeIsAUsageError() throws {
        #expect(try CommandRunner.accredit(["test", "--min-coverage", "101"]).status == 64)
    }
}
