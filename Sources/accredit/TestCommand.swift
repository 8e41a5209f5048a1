import AccreditAuthoring
import AccreditCore
import AccreditReports
import ArgumentParser

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the example packages next to the rules and check the statuses they produce.",
        // Wrapped for an 80-column terminal; ArgumentParser prints its own on one line.
        usage:
            "accredit test [<paths> ...] [--rules <dir> ...]\n[--min-coverage <percent>] [--verbose] [--lang <lang>]\n[--report <format[:path]> ...] [--format <format>]",
        discussion: """
            Every folder tests/<case>/ under the given paths holding manifest.xml, evidence and \
            expected.xml (Schemas/expectations.xsd) is checked at its own assessment date; each \
            expectation that does not hold is reported at its line in expected.xml. Then the \
            coverage: a requirement is covered when one case expects it met and another not-met \
            or partially-met, both passing (manual requirements are left out).


            """
                + AuthoringExitStatus.documentation(
                    "an example failed, or coverage is below --min-coverage",
                    clean: "every example passes and coverage reaches --min-coverage")
    )

    @Argument(help: "Folders of standard and rule files with their tests/. Default: as for --rules.", completion: .directory)
    var paths: [String] = []

    @OptionGroup var rules: RuleOptions

    @Option(help: ArgumentHelp("Fail when fewer than this percentage of requirements are covered.", valueName: "percent"))
    var minCoverage: Int = 0

    @Flag(help: "List every requirement's coverage, not only the uncovered ones.")
    var verbose = false

    @OptionGroup var language: LanguageOptions
    @OptionGroup var reports: AuthoringReportOptions

    func validate() throws {
        if !(0...100).contains(minCoverage) { throw ValidationError("--min-coverage must be from 0 to 100.") }
    }

    func run() throws {
        let lang = language.lang
        let folders = try rules.folders(adding: paths, language: lang)
        let catalogue = try RuleOptions.load(folders, language: lang)
        let runner = RuleTestRunner(catalogue: catalogue)
        let results = RuleTestRunner.discover(folders).map(runner.run)
        let coverage = RuleTestCoverage(catalogue: catalogue, results: results)
        let tests = RuleTestResults(cases: results, coverage: coverage)
        let written = reports.write(language: lang) { format in
            RuleTestFormat(rawValue: format.rawValue)!.renderer(verbose: verbose).render(tests, language: lang)
        }
        if !written { throw ExitStatus.cannotEvaluate }
        let failed = results.contains { !$0.failures.isEmpty }
        if failed || coverage.percent < minCoverage {
            if coverage.percent < minCoverage {
                StandardError.write(CommandMessage.coverageBelow(coverage.percent, minimum: minCoverage).text(lang))
            }
            throw AuthoringExitStatus.findings
        }
    }
}
