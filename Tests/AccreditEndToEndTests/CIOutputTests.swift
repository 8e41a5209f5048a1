import AccreditTestSupport
import Foundation
import Testing

/// What CI servers read: every requested report also for a package that cannot be evaluated,
/// batch documents in the format asked for, JUnit names that keep a history, Markdown within
/// GitHub's limit, annotations within GitHub's, appending to the job summary, Code Quality,
/// and report files that cannot be written named with the reason.
struct CIOutputTests {
    static let broken = ["examples/broken/malformed-xml", "examples/broken/unknown-standard"]

    private func json(_ path: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    private func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test(arguments: broken)
    func aPackageThatCannotBeEvaluatedStillGetsEveryReport(_ package: String) throws {
        let folder = try TemporaryFolder("broken-reports")
        let formats = ["text", "json", "junit", "sarif", "github", "markdown", "csv", "html", "codeclimate"]
        let result = try CommandRunner.accredit(
            ["check", package, "--lang", "en"] + formats.flatMap { ["--report", "\($0):\(folder.path)/report.\($0)"] })
        #expect(result.status == 2)
        #expect(result.stderr.contains("manifest.xml:"))
        let line = try #require(result.stderr.split(separator: ":").dropFirst(2).first.flatMap { Int($0) })
        let manifest = package + "/manifest.xml"

        let sarif = try #require(try json(folder.path + "/report.sarif") as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        let physical = try #require(
            ((notification["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == manifest)
        #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == line)

        let junit = try text(folder.path + "/report.junit")
        #expect(junit.contains(#"errors="1""#))
        #expect(junit.contains(#"<testcase name="package" classname="accredit" file="\#(manifest)""#))
        #expect(junit.contains("<error type="))

        let document = try #require(try json(folder.path + "/report.json") as? [String: Any])
        #expect(document["verdict"] as? String == "undetermined")
        let failure = try #require(document["failure"] as? [String: Any])
        let error = try #require((failure["errors"] as? [[String: Any]])?.first)
        #expect((error["location"] as? [String: Any])?["line"] as? Int == line)
        let schema = try CommandRunner.run(
            "/usr/bin/env",
            ["python3", "scripts/ci/validate-json.py", "Schemas/report.schema.json", folder.path + "/report.json"])
        #expect(schema.status == 0, "\(schema.stdout)\(schema.stderr)")

        #expect(try text(folder.path + "/report.github").hasPrefix("::error file=\(manifest),line=\(line),"))
        for format in ["text", "markdown", "html"] {
            let report = try text(folder.path + "/report.\(format)")
            #expect(report.contains("could not be evaluated"), "\(format)")
            #expect(report.contains("\(manifest):\(line)"), "\(format)")
        }
        #expect(try text(folder.path + "/report.csv").contains(",error,error,\(manifest):\(line),"))  // English: RFC 4180
        let codeclimate = try #require(try json(folder.path + "/report.codeclimate") as? [[String: Any]])
        #expect(codeclimate.first?["severity"] as? String == "blocker")
    }

    @Test func theFailureIsInDanishWithLangDa() throws {
        let result = try CommandRunner.accredit(["check", Self.broken[0], "--lang", "da", "--format", "markdown"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("Pakken kunne ikke vurderes"))
        #expect(result.stdout.contains("KAN IKKE AFGØRES"))
    }

    @Test func aBatchWritesEveryReportOfAFailedMemberToo() throws {
        let folder = try TemporaryFolder("batch-broken")
        let result = try CommandRunner.accredit([
            "check", "examples/ready-hjemmepleje", Self.broken[0], "--quiet", "--report", "sarif:\(folder.path)/sarif",
            "--report", "junit:\(folder.path)/junit",
        ])
        #expect(result.status == 2)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path + "/sarif").sorted() == [
                "malformed-xml.sarif", "ready-hjemmepleje.sarif",
            ])
        #expect(try text(folder.path + "/sarif/malformed-xml.sarif").contains(#""executionSuccessful" : false"#))
        #expect(try text(folder.path + "/junit/malformed-xml.junit.xml").contains(#"errors="1""#))
    }

    @Test func aBatchWritesOneJUnitDocumentWithTheSuitesOfEveryPackage() throws {
        let result = try CommandRunner.accredit([
            "check", "examples/ready-hjemmepleje", "examples/not-ready-sundhed", Self.broken[0], "--quiet", "--format", "junit",
        ])
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        #expect(result.stdout.components(separatedBy: "<testsuites ").count == 2)
        #expect(result.stdout.contains(#"<testsuite name="ready-hjemmepleje: aeldre-kvalitetsstandard""#))
        #expect(result.stdout.contains(#"<testsuite name="not-ready-sundhed: ddkm-kommune-2013""#))
        #expect(result.stdout.contains(#"classname="malformed-xml.accredit""#))
        #expect(!result.stdout.contains("Package  "))
    }

    @Test func aBatchWritesOneSARIFLogWithARunPerPackage() throws {
        let result = try CommandRunner.accredit([
            "check", "examples/ready-hjemmepleje", "examples/not-ready-sundhed", Self.broken[1], "--quiet", "--format", "sarif",
        ])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 3)
        let successes = runs.map { ($0["invocations"] as? [[String: Any]])?.first?["executionSuccessful"] as? Bool }
        #expect(successes == [true, true, false])
    }

    @Test(arguments: ["markdown", "html", "csv", "github"])
    func aBatchRefusesAFormatThatCannotHoldSeveralPackages(_ format: String) throws {
        let result = try CommandRunner.accredit([
            "check", "examples/ready-hjemmepleje", "examples/not-ready-sundhed", "--quiet", "--format", format,
        ])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--report \(format):FOLDER"))
    }

    @Test func requirementsInErrorStayInTheDenominator() throws {
        let package = "examples/broken/checksum-mismatch"
        let text = try CommandRunner.accredit(["check", package, "--lang", "en"])
        #expect(text.stdout.contains("(6/9, 3 could not be determined)"))
        #expect(!text.stdout.contains("6/6"))
        let html = try CommandRunner.accredit(["check", package, "--lang", "da", "--format", "html"])
        #expect(html.stdout.contains("6/9, 3 kunne ikke afgøres"))
        let batch = try CommandRunner.accredit(["check", package, "examples/ready-hjemmepleje", "--quiet", "--lang", "en"])
        #expect(batch.stdout.contains("6/9, 3 could not be determined"))
        #expect(!batch.stdout.contains("6/6 (100 %)"))
        #expect(batch.stdout.contains("9/9 (100 %)"))
    }

    @Test func junitNamesAreIdsTheSameInEveryLanguage() throws {
        let english = try CommandRunner.accredit(["check", "examples/not-ready-sundhed", "--lang", "en", "--format", "junit"])
        let danish = try CommandRunner.accredit(["check", "examples/not-ready-sundhed", "--lang", "da", "--format", "junit"])
        func names(_ xml: String) -> [String] {
            xml.split(separator: "\n").filter { $0.contains("<testcase ") }.map {
                String($0.split(separator: " ").prefix(4).joined(separator: " "))
            }
        }
        #expect(names(english.stdout) == names(danish.stdout))
        #expect(
            english.stdout.contains(
                #"<testcase name="ddkm.1.2.4" classname="ddkm-kommune-2013" file="examples/not-ready-sundhed/manifest.xml""#))
    }

    @Test func markdownOfEightThousandRequirementsFitsGitHub() throws {
        let folder = try TemporaryFolder("markdown-size")
        let generated = try CommandRunner.run("/usr/bin/env", ["python3", "scripts/bench/generate.py", "8000", folder.path])
        #expect(generated.status == 0, "\(generated.stderr)")
        for lang in ["en", "da"] {
            let result = try CommandRunner.accredit([
                "check", folder.path + "/package", "--rules", folder.path + "/rules", "--lang", lang, "--format", "markdown",
            ])
            #expect(result.stdout.count < 65_536)
            #expect(result.stdout.split(separator: "\n").map(\.count).max() ?? 0 <= 1_000)
            #expect(result.stdout.contains(lang == "da" ? "mere" : "more"))
        }
    }

    @Test func markdownIsAppendedToTheJobSummaryWithAppend() throws {
        let folder = try TemporaryFolder("append")
        let summary = try folder.write("summary.md", "# Earlier step\n")
        for package in ["examples/ready-hjemmepleje", Self.broken[0]] {
            _ = try CommandRunner.accredit(["check", package, "--report", "markdown+append:\(summary)"])
        }
        let text = try text(summary)
        #expect(text.hasPrefix("# Earlier step\n## accredit"))
        #expect(text.contains("READY"))
        #expect(text.contains("UNDETERMINED"))
    }

    @Test func codeClimateIssuesHaveEveryFieldGitLabRequires() throws {
        let result = try CommandRunner.accredit(["check", "examples/not-ready-sundhed", "--format", "codeclimate"])
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(issues.count >= 5)
        for issue in issues {
            #expect(issue["description"] is String)
            #expect(issue["check_name"] is String)
            #expect((issue["fingerprint"] as? String)?.count == 32)
            #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
            let location = try #require(issue["location"] as? [String: Any])
            #expect(location["path"] as? String == "examples/not-ready-sundhed/manifest.xml")
            #expect(((location["lines"] as? [String: Any])?["begin"] as? Int ?? 0) > 0)
        }
        #expect(Set(issues.compactMap { $0["fingerprint"] as? String }).count == issues.count)
        let danish = try CommandRunner.accredit([
            "check", "examples/not-ready-sundhed", "--format", "codeclimate", "--lang", "da",
        ])
        let again = try #require(try JSONSerialization.jsonObject(with: Data(danish.stdout.utf8)) as? [[String: Any]])
        #expect(again.compactMap { $0["fingerprint"] as? String } == issues.compactMap { $0["fingerprint"] as? String })
    }

    @Test func aReportThatCannotBeWrittenIsNamedWithTheReason() throws {
        let folder = try TemporaryFolder("unwritable")
        let file = try folder.write("not-a-folder", "x")
        for (lang, reason) in [("en", "is a file, not a folder"), ("da", "er en fil, ikke en mappe")] {
            let result = try CommandRunner.accredit([
                "check", "examples/ready-hjemmepleje", "--lang", lang, "--report", "json:\(file)/report.json",
            ])
            #expect(result.status == 2)
            #expect(result.stderr.contains("\(file)/report.json"))
            #expect(result.stderr.contains(reason), "\(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
            #expect(!result.stderr.contains("Error Domain"))
        }
        let folderAsFile = try CommandRunner.accredit(["check", "examples/ready-hjemmepleje", "--report", "json:\(folder.path)"])
        #expect(folderAsFile.stderr.contains("it is a folder; name a file"), "\(folderAsFile.stderr)")
    }

    @Test func lintAndTestWriteTheCIFormats() throws {
        let folder = try TemporaryFolder("authoring-reports")
        let lint = try CommandRunner.accredit([
            "lint", "Tests/Fixtures/lint/unused-rule", "--report", "sarif:\(folder.path)/lint.sarif",
            "--report", "junit:\(folder.path)/lint.xml", "--report", "json:\(folder.path)/lint.json", "--format", "github",
        ])
        #expect(lint.stdout.hasPrefix("::notice title=accredit lint::"))
        #expect(lint.stdout.contains("::warning file=Tests/Fixtures/lint/unused-rule/"))
        let sarif = try #require(try json(folder.path + "/lint.sarif") as? [String: Any])
        let results = try #require((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.contains { $0["ruleId"] as? String == "unused-rule" })
        #expect(try text(folder.path + "/lint.xml").contains(#"classname="accredit_lint""#))
        #expect((try json(folder.path + "/lint.json") as? [String: Any])?["command"] as? String == "lint")

        let test = try CommandRunner.accredit(["test", "Standards", "Rules", "--format", "junit"])
        #expect(test.status == 0, "\(test.stderr)")
        #expect(test.stdout.contains(#"<testcase name="Rules/tests/"#))
        #expect(test.stdout.contains(#"failures="0""#))
        let refused = try CommandRunner.accredit(["lint", "--format", "markdown"])
        #expect(refused.status == 64)
    }
}
