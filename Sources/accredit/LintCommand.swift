import AccreditAuthoring
import AccreditCore
import ArgumentParser

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check standard and rule files for errors and authoring problems, each with file:line.",
        discussion: """
            Findings (errors unless marked warning):
            \(CatalogueCheck.allCases.map { "  \($0.rawValue)\($0.defaultSeverity == .warning ? " (warning)" : ""): \($0.summary.text(.en))" }.joined(separator: "\n"))

            Candidate overlaps are scored 0.7·text + 0.3·evidence kinds (+0.2 for a shared
            indicator) and reported from \(Linter.decimal(SimilarityIndex.threshold)); see the README.

            """
                + AuthoringExitStatus.documentation(
                    "errors found (or warnings, with --strict)", clean: "no errors (warnings allowed unless --strict)")
    )

    @Argument(help: "Folders or files of standard and rule files. Default: as for --rules.")
    var paths: [String] = []

    @OptionGroup var rules: RuleOptions

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let lang = language.lang
        let folders = try rules.folders(adding: paths, language: lang)
        let result = Linter().lint(folders)
        print(LintText.render(result, language: lang), terminator: "")
        let unreadable = result.findings.contains {
            $0.check == .unreadableFile && $0.location?.line ?? 0 == 0 && $0.severity == .error
        }
        if unreadable && result.files.isEmpty { throw ExitStatus.cannotEvaluate }
        if result.errorCount > 0 || (strict && result.warningCount > 0) { throw AuthoringExitStatus.findings }
    }
}
