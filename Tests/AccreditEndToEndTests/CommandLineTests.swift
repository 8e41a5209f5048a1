import AccreditTestSupport
import Foundation
import Testing

struct CommandLineTests {
    @Test func usageErrorsExitWith64() throws {
        let result = try CommandRunner.accredit(["check", "examples/ready-hjemmepleje", "--as-of", "1 March"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }

    @Test func unknownFlagExitsWith64() throws {
        #expect(try CommandRunner.accredit(["check", "--no-such-flag"]).status == 64)
    }

    @Test func helpDocumentsTheExitStatuses() throws {
        let help = try CommandRunner.accredit(["check", "--help"]).stdout
        for line in ["0   ready", "1   not ready", "2   the package or the rule files", "64  usage error"] {
            #expect(help.contains(line), "help lacks \(line)")
        }
    }

    @Test func asOfChangesTheAssessmentDate() throws {
        let result = try CommandRunner.accredit([
            "check", "examples/ready-hjemmepleje", "--format", "json", "--as-of", "2030-01-01",
        ])
        #expect(result.stdout.contains(#""assessmentDate" : "2030-01-01""#))
        #expect(result.status == 1, "evidence from 2025 is stale in 2030")
    }

    @Test func outputFileIsWrittenWhole() throws {
        let folder = try TemporaryFolder("output")
        let path = folder.path + "/deep/report.json"
        let result = try CommandRunner.accredit(["check", "examples/ready-hjemmepleje", "--format", "json", "-o", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("{") && written.hasSuffix("}\n"))
    }

    /// A report that cannot be written whole is not written at all, even though a large one is
    /// written piece by piece as it is rendered: the file it would have replaced is left as it
    /// was, and nothing is left beside it. The file size limit makes writes fail part way.
    @Test func aReportCutShortLeavesTheOldFile() throws {
        let folder = try TemporaryFolder("cut-short")
        let generated = try CommandRunner.run(
            "/usr/bin/env", ["python3", "scripts/bench/generate.py", "1000", folder.path + "/bench"])
        #expect(generated.status == 0, "\(generated.stderr)")
        let reports = folder.path + "/reports"
        try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
        let path = reports + "/report.json"
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        // Ignoring SIGXFSZ makes a write past the limit fail with EFBIG; dash counts 512-byte blocks.
        let result = try CommandRunner.run(
            "/bin/sh",
            [
                "-c", "trap '' XFSZ; ulimit -f 256; exec \"$0\" \"$@\"", CommandRunner.accredit,
                "check", folder.path + "/bench/package", "--rules", folder.path + "/bench/rules", "--format", "json", "-o", path,
            ])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("cannot write \(path)"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports) == ["report.json"])
    }

    /// A device is written to, never replaced by a file renamed over it (as root, /dev is
    /// writable, and /dev/null became a regular file).
    @Test func writingToADeviceLeavesTheDevice() throws {
        let result = try CommandRunner.accredit(["check", "examples/ready-hjemmepleje", "--format", "json", "-o", "/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0)
        #expect(info.st_mode & mode_t(S_IFMT) == mode_t(S_IFCHR), "/dev/null is still a character device")
    }

    @Test func missingRulesFolderCannotBeEvaluated() throws {
        let result = try CommandRunner.accredit(["check", "examples/ready-hjemmepleje", "--rules", "no/such/folder"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such/folder"))
    }

    @Test func brokenRuleFileIsReportedWithFileAndLine() throws {
        let folder = try TemporaryFolder("rules")
        try folder.write(
            "bad.rules.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rules xmlns="urn:accredit:rules" formatVersion="1" id="bad" version="1">
              <title xml:lang="en">Bad</title>
              <rule id="r" check="xpath">
                <title xml:lang="en">Broken</title>
                <param name="test">count(//p:x[</param>
                <param name="message-da">x</param>
                <param name="message-en">x</param>
              </rule>
            </rules>
            """)
        let result = try CommandRunner.accredit([
            "check", "examples/ready-hjemmepleje", "--rules", "Standards", "--rules", "Rules",
            "--rules", folder.path,
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.rules.xml:4: the XPath expression does not compile"))
    }

    @Test func danishErrorsWhenAskedFor() throws {
        let result = try CommandRunner.accredit(["check", "examples/broken/unknown-standard", "--lang", "da"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("fejl: examples/broken/unknown-standard/manifest.xml:6: ukendt standard"))
    }
}
