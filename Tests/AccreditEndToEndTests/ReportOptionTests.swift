import AccreditTestSupport
import Foundation
import Testing

/// `--report FORMAT[:PATH]` (repeatable), its shorthands `--format` and `-o`, and terminal colour.
struct ReportOptionTests {
    static let package = "examples/not-ready-sundhed"
    static let formats = ["text", "json", "junit", "sarif", "github", "codeclimate", "markdown", "csv", "html"]
    static let goldens = [
        "json": "report.json", "junit": "report.junit.xml", "sarif": "report.sarif",
        "github": "report.github.txt", "codeclimate": "report.codeclimate.json", "markdown": "report.md", "csv": "report.csv",
        "html": "report.html",
    ]

    @Test(arguments: ["xml", "json:", "JSON", ":out.json"])
    func badReportArgumentExitsWith64(_ argument: String) throws {
        let result = try CommandRunner.accredit(["check", Self.package, "--report", argument])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(argument.hasSuffix(":") ? "names no file" : "unknown report format"), "\(result.stderr)")
    }

    @Test func twoReportsToStandardOutputExitWith64() throws {
        let result = try CommandRunner.accredit(["check", Self.package, "--report", "text", "--report", "json"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("only one report can go to standard output"))
    }

    @Test func twoReportsToOneFileExitWith64() throws {
        let result = try CommandRunner.accredit(["check", Self.package, "--report", "json:r", "--report", "sarif:r"])
        #expect(result.status == 64)
    }

    @Test func helpListsEveryFormat() throws {
        let help = try CommandRunner.accredit(["check", "--help"]).stdout
        for format in Self.formats { #expect(help.contains(format), "\(format)") }
        #expect(help.contains("--report <format[:path]>"))
    }

    @Test func everyFormatHasAGoldenForEveryExample() {
        var covered: Set<String> = ["text"]
        for run in ExamplesTests.runs {
            for (flag, value) in zip(run.arguments, run.arguments.dropFirst()) where flag == "--report" || flag == "--format" {
                covered.insert(value)
            }
        }
        #expect(covered == Set(Self.formats))
    }

    @Test func oneRunWritesSeveralReportsEachEqualToItsGolden() throws {
        let folder = try TemporaryFolder("reports")
        let requests = Self.goldens.keys.sorted().map { "\($0):\(folder.path)/out/\(Self.goldens[$0]!)" }
        let result = try CommandRunner.accredit(
            ["check", Self.package, "--lang", "en", "--report", "text"]
                + requests.flatMap { ["--report", $0] })
        #expect(result.status == 1)
        let expected = Fixtures.path(Self.package + "/expected")
        if let difference = Golden.compare(result.stdout, to: expected + "/report.en.txt") { Issue.record("\(difference)") }
        for name in Self.goldens.values.sorted() {
            let written = try String(contentsOfFile: folder.path + "/out/" + name, encoding: .utf8)
            if let difference = Golden.compare(written, to: expected + "/" + name) { Issue.record("\(difference)") }
        }
    }

    @Test func formatAndOutputShorthandsStillWork() throws {
        let folder = try TemporaryFolder("shorthand")
        let result = try CommandRunner.accredit([
            "check", Self.package, "--lang", "en", "--format", "sarif", "-o", folder.path + "/r.sarif",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: folder.path + "/r.sarif", encoding: .utf8)
        if let difference = Golden.compare(written, to: Fixtures.path(Self.package + "/expected/report.sarif")) {
            Issue.record("\(difference)")
        }
        let combined = try CommandRunner.accredit([
            "check", Self.package, "--lang", "en", "-o", folder.path + "/r.txt",
            "--report", "csv",
        ])
        #expect(try String(contentsOfFile: folder.path + "/r.txt", encoding: .utf8).hasPrefix("accredit "))
        #expect(combined.stdout.hasPrefix("Organisation,Unit,"))
    }

    @Test func sameInputGivesByteIdenticalReportsInEveryFormat() throws {
        let folder = try TemporaryFolder("stable")
        for run in ["a", "b"] {
            _ = try CommandRunner.accredit(
                ["check", "examples/overlap-sundhed", "--lang", "da", "--as-of", "2026-02-01"]
                    + Self.formats.flatMap { ["--report", "\($0):\(folder.path)/\(run)/\($0)"] })
        }
        for format in Self.formats {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(folder.path)/a/\(format)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(folder.path)/b/\(format)"))
            #expect(a == b, "\(format)")
            #expect(!a.isEmpty)
        }
    }

    /// Runs accredit under a pseudo-terminal (util-linux `script`), so standard output is a tty.
    private func inTerminal(_ environment: [String: String]) throws -> CommandResult {
        let command = "'\(CommandRunner.accredit)' check \(Self.package) --lang en"
        return try CommandRunner.run("/usr/bin/env", ["script", "-qec", command, "/dev/null"], environment: environment)
    }

    @Test func textIsColouredOnATerminal() throws {
        let result = try inTerminal(["NO_COLOR": "", "TERM": "xterm"])
        #expect(result.stdout.contains("\u{1B}[1;31mNOT READY\u{1B}[0m"))
    }

    @Test func noColorTurnsColourOffOnATerminal() throws {
        let result = try inTerminal(["NO_COLOR": "1", "TERM": "xterm"])
        #expect(result.stdout.contains("NOT READY"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func textIsPlainWhenPipedOrWrittenToAFile() throws {
        let piped = try CommandRunner.accredit(["check", Self.package], environment: ["NO_COLOR": "", "TERM": "xterm"])
        #expect(!piped.stdout.contains("\u{1B}"))
        #expect(piped.stdout.contains("NOT READY"))
    }
}
