import AccreditTestSupport
import Foundation
import Testing

/// The shell completion scripts `accredit --generate-completion-script` prints offer folders for
/// `--rules`, files for `-o`, and the report formats for `--report`, in every command.
struct CompletionTests {
    static let formats = ["text", "json", "junit", "sarif", "github", "markdown", "csv", "html"]

    /// The bash script's value completions for `option`: the body of each `case "${prev}"`
    /// branch that matches it, one per command that has the option.
    static func bashBranches(_ script: String, option: String) -> [String] {
        let lines = script.components(separatedBy: "\n")
        var branches: [String] = []
        for (index, line) in lines.enumerated() {
            let pattern = line.trimmingCharacters(in: .whitespaces)
            guard pattern.hasSuffix(")"),
                pattern.dropLast().split(separator: "|").contains(where: {
                    $0.trimmingCharacters(in: CharacterSet(charactersIn: "'\"")) == option
                })
            else { continue }
            let body = lines[(index + 1)...].prefix { !$0.contains(";;") }
            branches.append(body.joined(separator: "\n"))
        }
        return branches
    }

    static func script(_ shell: String) throws -> String {
        let result = try CommandRunner.accredit(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func bashCompletesFoldersForRules() throws {
        let branches = Self.bashBranches(try Self.script("bash"), option: "--rules")
        // check, lint, test, explain, init, overlap, compare and resolve all take --rules.
        #expect(branches.count >= 8, "--rules is completed in \(branches.count) commands")
        for branch in branches {
            // ArgumentParser's .directory: `compgen -d` (wrapped in its own helper since 1.6),
            // `_filedir -d` with bash-completion in older releases.
            let directory = ["_add_completions -d", "compgen -d", "_filedir -d"].contains { branch.contains($0) }
            #expect(directory, "--rules does not complete folders:\n\(branch)")
        }
    }

    @Test func bashCompletesFilesForOutputAndFormatsForReport() throws {
        let script = try Self.script("bash")
        let outputs = Self.bashBranches(script, option: "--output") + Self.bashBranches(script, option: "-o")
        #expect(!outputs.isEmpty)
        for branch in outputs {
            let file = ["_add_completions -f", "compgen -f", "_filedir"].contains { branch.contains($0) }
            #expect(file, "-o/--output does not complete files:\n\(branch)")
        }
        let reports = Self.bashBranches(script, option: "--report")
        #expect(reports.count == 3, "check, lint and test have --report")
        for branch in reports {
            // lint and test write the CI formats only.
            let formats = branch.contains("'html'") ? Self.formats : ["text", "json", "junit", "sarif", "github"]
            for format in formats {
                #expect(branch.contains("'\(format)'"), "--report does not offer \(format):\n\(branch)")
            }
        }
    }

    @Test func zshAndFishCompleteFoldersForRules() throws {
        let zsh = try Self.script("zsh")
        let zshRules = zsh.components(separatedBy: "\n").filter { $0.contains("--rules") }
        #expect(!zshRules.isEmpty && zshRules.allSatisfy { $0.contains("_files -/") }, "\(zshRules)")

        let fish = try Self.script("fish")
        let fishRules = fish.components(separatedBy: "\n").filter { $0.contains("-l 'rules'") || $0.contains("-l rules") }
        #expect(!fishRules.isEmpty && fishRules.allSatisfy { $0.contains("complete_directories") }, "\(fishRules)")
    }

    @Test func unknownShellIsAUsageError() throws {
        let result = try CommandRunner.accredit(["--generate-completion-script", "tcsh"])
        #expect(result.status == 64)
    }
}
