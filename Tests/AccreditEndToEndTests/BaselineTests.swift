import AccreditTestSupport
import Foundation
import Testing

/// `check --baseline`: the not-ready example checked against the JSON report of its earlier
/// version (examples/baselines/), in which one gap was not there yet and another has since been
/// fixed. Each format marks the same findings; `--fail-on new` fails only on what is new.
struct BaselineTests {
    static let package = "examples/not-ready-sundhed"
    static let baseline = "examples/baselines/not-ready-sundhed-2026-02-01.json"
    static let expected = Fixtures.path("Tests/Fixtures/baseline/expected")

    static let runs: [(name: String, arguments: [String])] = [
        ("report.en.txt", ["--lang", "en"]),
        ("report.da.txt", ["--lang", "da"]),
        ("report.json", ["--lang", "en", "--format", "json"]),
        ("report.sarif", ["--lang", "en", "--report", "sarif"]),
        ("report.md", ["--lang", "en", "--report", "markdown"]),
        ("report.da.md", ["--lang", "da", "--report", "markdown"]),
        ("report.html", ["--lang", "en", "--report", "html"]),
        ("report.da.html", ["--lang", "da", "--report", "html"]),
    ]

    private func check(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.accredit(["check", Self.package, "--baseline", Self.baseline] + arguments)
    }

    /// The goldens hold the parts the baseline adds, so that other changes to a format do not
    /// touch them: the sections of text, Markdown and HTML, the JSON report whole (its
    /// `baseline` and per-finding marks), and each SARIF result's rule, state and fingerprint.
    @Test(arguments: runs.map(\.name))
    func everyFormatMarksWhatIsNewAndFixed(_ name: String) throws {
        let run = try #require(Self.runs.first { $0.name == name })
        let result = try check(run.arguments)
        #expect(result.status == 1, "\(result.stderr)")
        let part = try Self.baselinePart(of: result.stdout, name)
        #expect(!part.isEmpty)
        // SARIF's golden is a list of results, not a SARIF log: named so no validator takes it for one.
        let golden = name == "report.sarif" ? "report.sarif-results.txt" : name
        if let difference = Golden.compare(part, to: Self.expected + "/" + golden) { Issue.record("\(difference)") }
    }

    static func baselinePart(of output: String, _ name: String) throws -> String {
        func between(_ start: String, _ end: String) -> String {
            guard let from = output.range(of: start), let to = output.range(of: end, range: from.upperBound..<output.endIndex)
            else { return "" }
            return String(output[from.lowerBound..<to.lowerBound])
        }
        switch name {
        case "report.en.txt": return between("\n1 new", "\nOverlap between")
        case "report.da.txt": return between("\n1 ny ", "\nOverlap mellem")
        case "report.md": return between("_1 new", "### Gaps")
        case "report.da.md": return between("_1 ny ", "### Huller")
        case "report.html", "report.da.html": return between(#"<section id="baseline">"#, "</section>") + "</section>\n"
        case "report.sarif":
            let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
            return results.map { result in
                let print = (result["partialFingerprints"] as? [String: String])?["accreditFinding/v2"] ?? "-"
                return "\(result["ruleId"] ?? "-") \(result["baselineState"] ?? "-") \(print)"
            }.joined(separator: "\n") + "\n"
        default: return output
        }
    }

    @Test func jsonAndSARIFCountTheSameNewUnchangedAndAbsentFindings() throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(check(["--format", "json"]).stdout.utf8)) as? [String: Any])
        let summary = try #require(json["baseline"] as? [String: Any])
        #expect(summary["new"] as? Int == 1)
        #expect(summary["unchanged"] as? Int == 8)
        #expect(summary["absent"] as? Int == 1)
        let fixed = try #require(summary["fixed"] as? [[String: Any]])
        #expect(fixed.map { $0["requirement"] as? String } == ["ddkm.1.2.6"])
        let marks = (json["requirements"] as? [[String: Any]] ?? []).flatMap { requirement in
            (requirement["findings"] as? [[String: Any]] ?? []).compactMap { finding in
                (finding["baseline"] as? String).map { "\(requirement["id"]!) \($0)" }
            }
        }
        #expect(marks.filter { $0.hasSuffix(" new") } == ["ddkm.2.7.4 new"])
        #expect(marks.filter { $0.hasSuffix(" unchanged") }.count == 8)

        let sarif = try #require(
            try JSONSerialization.jsonObject(with: Data(check(["--report", "sarif"]).stdout.utf8)) as? [String: Any])
        let results = try #require((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let states = results.compactMap { $0["baselineState"] as? String }
        #expect(states.count == results.count)
        #expect(states.filter { $0 == "new" }.count == 1)
        #expect(states.filter { $0 == "unchanged" }.count == 8)
        #expect(states.filter { $0 == "absent" }.count == 1)
    }

    /// SARIF's own schema accepts the `baselineState` values (and the absent result).
    @Test func theBaselineSARIFIsValidAgainstTheSARIFSchema() throws {
        let folder = try TemporaryFolder("baseline")
        // The script validates SARIF and JUnit together; a minimal JUnit file stands in.
        let junit = try folder.write(
            "minimal.xml",
            #"<testsuites><testsuite name="s" tests="1" failures="0" errors="0"><testcase name="t" classname="c"/></testsuite></testsuites>"#
        )
        let sarif = try folder.write("baseline.sarif", check(["--report", "sarif"]).stdout)
        let result = try CommandRunner.run("/usr/bin/env", ["bash", "scripts/ci/validate-reports.sh", sarif, junit])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("SARIF: 1 valid, 0 invalid"))
    }

    @Test func failOnNewFailsOnlyWhenSomethingIsNew() throws {
        #expect(try check(["--fail-on", "new"]).status == 1)
        let folder = try TemporaryFolder("baseline")
        let own = folder.path + "/own.json"
        let written = try CommandRunner.accredit(["check", Self.package, "--format", "json", "-o", own])
        #expect(written.status == 1)
        let same = try CommandRunner.accredit(["check", Self.package, "--baseline", own, "--fail-on", "new"])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("0 new · 9 unchanged · 0 fixed"))
        // Without --fail-on new the verdict decides, as without a baseline.
        #expect(try CommandRunner.accredit(["check", Self.package, "--baseline", own]).status == 1)
    }

    @Test(arguments: [
        ("{\"runs\": []}", "is not a JSON report of accredit"),
        ("not json", "is not a JSON object"),
    ])
    func aFileThatIsNotAJSONReportIsRefusedNamingIt(_ text: String, _ message: String) throws {
        let folder = try TemporaryFolder("baseline")
        let path = try folder.write("previous.json", text)
        let result = try CommandRunner.accredit(["check", Self.package, "--baseline", path, "--fail-on", "new"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(path): the file \(message)"), "\(result.stderr)")
    }

    @Test func failOnNewNeedsABaseline() throws {
        let result = try CommandRunner.accredit(["check", Self.package, "--fail-on", "new"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--fail-on new needs --baseline"))
    }
}
