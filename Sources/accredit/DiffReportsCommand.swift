import AccreditCore
import AccreditReports
import ArgumentParser
import Foundation

struct DiffReportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff-reports",
        abstract: "Show what changed between two runs, from their JSON reports.",
        discussion: """
            OLD and NEW are JSON reports of accredit check (--format json), usually of the same \
            unit a year apart. Prints the verdict before and after, each requirement whose \
            status changed, and the gaps and errors that are new, unchanged and fixed, matched \
            by fingerprint (what a finding is about, not its line, wording or language).

            """
                + HelpText.exitStatus([
                    (0, "no changes"),
                    (1, "changes found"),
                    (2, "OLD or NEW is not a JSON report of accredit, or cannot be read"),
                    (64, "usage error (missing argument, unknown option or format)"),
                ])
    )

    @Argument(help: "The JSON report of the earlier run.", completion: .file(extensions: ["json"]))
    var old: String

    @Argument(help: "The JSON report of the later run.", completion: .file(extensions: ["json"]))
    var new: String

    @Option(help: "Output format: text, json or markdown.")
    var format: ReportDiffFormat = .text

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let lang = language.lang
        let diff = ReportDiff(old: try load(old, lang), new: try load(new, lang))
        print(format.renderer.render(diff, language: lang), terminator: "")
        if !diff.isEmpty { throw AuthoringExitStatus.findings }
    }

    private func load(_ path: String, _ lang: Language) throws -> RecordedReport {
        do {
            return try RecordedReport(json: Array(Data(contentsOf: URL(fileURLWithPath: path))), name: path)
        } catch let problems as AccreditErrors {
            for problem in problems.errors { StandardError.error(problem, lang) }
        } catch {
            StandardError.error(
                LocalisedText(da: "\(path): kan ikke læse filen", en: "\(path): cannot read the file"), lang)
        }
        throw ExitStatus.cannotEvaluate
    }
}

extension ReportDiffFormat: ExpressibleByArgument {}
