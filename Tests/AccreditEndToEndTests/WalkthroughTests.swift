import AccreditTestSupport
import Foundation
import Testing

/// Runs exactly the commands docs/walkthrough/README.md shows: every `accredit …` line of its
/// ```sh blocks, from the repository root, with the exit status written after it
/// (`# exit N`); then checks the output the walkthrough describes.
struct WalkthroughTests {
    struct Step: Sendable, CustomStringConvertible {
        var arguments: [String]
        var exitStatus: Int32
        var description: String { "accredit " + arguments.joined(separator: " ") }
    }

    static let readme = Fixtures.path("docs/walkthrough/README.md")

    /// The `accredit` lines of the README's sh blocks, in order.
    static let steps: [Step] = {
        guard let text = try? String(contentsOfFile: readme, encoding: .utf8) else { return [] }
        var steps: [Step] = []
        var inShell = false
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                inShell = trimmed == "```sh"
                continue
            }
            guard inShell, trimmed.hasPrefix("accredit ") else { continue }
            let parts = trimmed.components(separatedBy: "# exit ")
            let words = parts[0].split(separator: " ").map(String.init).dropFirst()
            steps.append(
                Step(
                    arguments: Array(words),
                    exitStatus: Int32(parts.count == 2 ? parts[1].trimmingCharacters(in: .whitespaces) : "") ?? -1))
        }
        return steps
    }()

    /// What the output of each subcommand must say, as the walkthrough describes it.
    static let keyOutput: [String: [String]] = [
        "lint": ["0 errors, 0 warnings"],
        "test": [
            "PASS docs/walkthrough/Rules/tests/dagtilbud-alt-opfyldt",
            "PASS docs/walkthrough/Rules/tests/dagtilbud-intet-opfyldt",
            "requirements (100 %)",
        ],
        "explain": ["annual-document", "maxAgeDays = 731", "dagtilbud.2 is fully covered by kik.5.1 [subset]"],
        "overlap": ["The sector still owes (3)"],
        "resolve": [
            "content-sha256: ", #"<rule id="annual-document" check="evidence">"#, #"<with name="maxAgeDays">731</with>"#,
        ],
        "check": ["Verdict: READY WITH REMARKS", "evidence evaluering-2022 from 2022-11-30 is older than 731 days"],
    ]

    @Test func theWalkthroughShowsEveryAuthoringCommandWithItsExitStatus() {
        let commands = Self.steps.compactMap(\.arguments.first)
        #expect(commands == ["lint", "test", "explain", "overlap", "resolve", "check"], "\(Self.steps)")
        #expect(Self.steps.allSatisfy { $0.exitStatus >= 0 }, "every command states its exit status")
        #expect(Self.steps.contains { $0.arguments.starts(with: ["lint", "--strict"]) })
        #expect(Self.steps.contains { $0.arguments.starts(with: ["test", "--min-coverage", "100"]) })
        #expect(Set(commands) == Set(Self.keyOutput.keys))
    }

    @Test(arguments: steps)
    func walkthroughCommandGivesItsExitStatusAndOutput(_ step: Step) throws {
        let result = try CommandRunner.accredit(step.arguments + ["--lang", "en"])
        #expect(result.status == step.exitStatus, "\(step): \(result.stdout)\(result.stderr)")
        for expected in Self.keyOutput[step.arguments[0]] ?? [] {
            #expect(result.stdout.contains(expected), "\(step) does not print \"\(expected)\"")
        }
    }

    /// The lines the walkthrough quotes from its files are in those files.
    @Test func theQuotedSnippetsAreInTheFiles() throws {
        let standard = try String(
            contentsOfFile: Fixtures.path("docs/walkthrough/Standards/dagtilbud-kvalitet.xml"), encoding: .utf8)
        let rules = try String(
            contentsOfFile: Fixtures.path("docs/walkthrough/Rules/dagtilbud-kvalitet.rules.xml"), encoding: .utf8)
        #expect(standard.contains(#"<relation concern="kik.5.1" type="subset"/>"#))
        #expect(standard.contains(#"concern="kik-caf2020""#))
        #expect(rules.contains(#"extends="common""#))
        #expect(rules.contains(#"<with name="maxAgeDays">731</with>"#))
        for folder in ["dagtilbud-alt-opfyldt", "dagtilbud-intet-opfyldt"] {
            #expect(FileManager.default.fileExists(atPath: Fixtures.path("docs/walkthrough/Rules/tests/\(folder)/expected.xml")))
        }
    }

    /// The Danish summary is there, and the commands work in Danish too.
    @Test func danishSummaryAndDanishOutput() throws {
        let text = try String(contentsOfFile: Self.readme, encoding: .utf8)
        #expect(text.contains("**Kort på dansk.**"))
        let lint = try #require(Self.steps.first { $0.arguments.first == "lint" })
        let result = try CommandRunner.accredit(lint.arguments + ["--lang", "da"])
        #expect(result.status == lint.exitStatus)
        #expect(result.stdout.contains("0 fejl"), "\(result.stdout)")
    }
}
