import AccreditAuthoring
import AccreditCore
import AccreditReports
import ArgumentParser

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check standard and rule files for errors and authoring problems, each with file:line.",
        // Wrapped for an 80-column terminal; ArgumentParser prints its own on one line.
        usage:
            "accredit lint [<paths> ...] [--rules <dir> ...] [--strict]\n[--lang <lang>] [--report <format[:path]> ...] [--format <format>]",
        discussion: """
            Findings (errors unless marked warning):
            \(CatalogueCheck.allCases.map { check in
                let label = "  \(check.rawValue)\(check.defaultSeverity == .warning ? " (warning)" : ""):"
                return HelpText.row(label, check.summary.text(.en), column: 0, continuation: 4)
            }.joined(separator: "\n"))

            Candidate overlaps are scored 0.7·text + 0.3·evidence kinds (+0.2 for a shared \
            indicator) and reported from \(Linter.decimal(SimilarityIndex.threshold)); see the README.


            """
                + AuthoringExitStatus.documentation(
                    "errors found (or warnings, with --strict)", clean: "no errors (warnings allowed unless --strict)")
    )

    @Argument(help: "Folders or files of standard and rule files. Default: as for --rules.", completion: .file())
    var paths: [String] = []

    @OptionGroup var rules: RuleOptions

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @OptionGroup var language: LanguageOptions
    @OptionGroup var reports: AuthoringReportOptions

    func run() throws {
        let lang = language.lang
        let folders = try rules.folders(adding: paths, language: lang)
        let result = Linter().lint(folders)
        let written = reports.write(language: lang) { format in
            LintFormat(rawValue: format.rawValue)!.renderer.render(result, language: lang)
        }
        if !written { throw ExitStatus.cannotEvaluate }
        let unreadable = result.findings.contains {
            $0.check == .unreadableFile && $0.location?.line ?? 0 == 0 && $0.severity == .error
        }
        if unreadable && result.files.isEmpty { throw ExitStatus.cannotEvaluate }
        if result.errorCount > 0 || (strict && result.warningCount > 0) { throw AuthoringExitStatus.findings }
    }
}
