import AccreditTestSupport
import Foundation
import Testing

/// Every package in examples/ is run through the built tool, in every language and format,
/// and compared with the expected output committed in its `expected/` folder.
struct ExamplesTests {
    static let packages: [String] = {
        let root = Fixtures.path("examples")
        let all = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix("/manifest.xml") }
            .map { "examples/" + ($0 as NSString).deletingLastPathComponent }
            .sorted()
    }()

    static let runs: [(name: String, arguments: [String])] = [
        ("report.en.txt", ["--lang", "en"]),
        ("report.da.txt", ["--lang", "da"]),
        ("report.json", ["--lang", "en", "--format", "json"]),
        ("report.junit.xml", ["--lang", "en", "--report", "junit"]),
        ("report.sarif", ["--lang", "en", "--report", "sarif"]),
        ("report.github.txt", ["--lang", "en", "--report", "github"]),
        ("report.codeclimate.json", ["--lang", "en", "--report", "codeclimate"]),
        ("report.md", ["--lang", "en", "--report", "markdown"]),
        ("report.da.md", ["--lang", "da", "--report", "markdown"]),
        ("report.csv", ["--lang", "en", "--report", "csv"]),
        ("report.da.csv", ["--lang", "da", "--report", "csv"]),
        ("report.html", ["--lang", "en", "--report", "html"]),
        ("report.da.html", ["--lang", "da", "--report", "html"]),
    ]

    @Test func examplesExist() {
        #expect(Self.packages.count >= 6, "\(Self.packages)")
    }

    @Test(arguments: packages)
    func examplePackageGivesItsExpectedReports(_ package: String) throws {
        let expected = Fixtures.path(package + "/expected")
        var statuses: Set<Int32> = []
        for run in Self.runs {
            let result = try CommandRunner.accredit(["check", package] + run.arguments)
            statuses.insert(result.status)
            if let difference = Golden.compare(result.stdout, to: expected + "/" + run.name) { Issue.record("\(difference)") }
            if run.name == "report.en.txt", let difference = Golden.compare(result.stderr, to: expected + "/stderr.en.txt") {
                Issue.record("\(difference)")
            }
        }
        #expect(statuses.count == 1, "exit status depends on the format or language: \(statuses)")
        if let difference = Golden.compare("\(statuses.first ?? -1)\n", to: expected + "/exit-status") {
            Issue.record("\(difference)")
        }
    }

    /// The shipped XSD and the tool's own grammar agree: every well-formed example manifest is
    /// valid against Schemas/package.xsd (checked by xmllint, an independent validator).
    @Test(arguments: packages.filter { !$0.contains("malformed") })
    func exampleManifestIsValidAgainstTheSchema(_ package: String) throws {
        let result = try CommandRunner.run(
            "/usr/bin/env", ["xmllint", "--noout", "--schema", "Schemas/package.xsd", package + "/manifest.xml"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func sameInputGivesByteIdenticalOutput() throws {
        let package = "examples/overlap-sundhed"
        let first = try CommandRunner.accredit(["check", package, "--format", "json", "--lang", "da"])
        let second = try CommandRunner.accredit(["check", package, "--format", "json", "--lang", "da"])
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.isEmpty)
    }
}
