import AccreditCore
import AccreditReports
import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an evaluation package against the standards and their rules.",
        discussion: ExitStatus.documentation
    )

    @Argument(help: "The package folder (holding manifest.xml).")
    var package: String

    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A folder (or file) of standard and rule files; repeatable. Default: Standards/ and Rules/.",
        valueName: "dir"))
    var ruleFolders: [String] = []

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Option(name: .customLong("lang"), help: "Language of the report: da or en. Default: from LANG, else en.")
    var language: Language?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Judge the package at this date (YYYY-MM-DD) instead of its declared assessment date.", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Largest manifest accepted, in bytes.", valueName: "bytes"))
    var maxManifestBytes: Int = PackageLimits().maxManifestBytes

    @Option(help: ArgumentHelp("Largest evidence file hashed, in bytes.", valueName: "bytes"))
    var maxEvidenceBytes: Int = PackageLimits().maxEvidenceBytes

    @Option(help: ArgumentHelp("Most entries accepted in one manifest.", valueName: "count"))
    var maxEntries: Int = PackageLimits().maxEntries

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, not \"\(asOf)\".")
        }
        if maxManifestBytes <= 0 || maxEvidenceBytes <= 0 || maxEntries <= 0 {
            throw ValidationError("limits must be positive.")
        }
    }

    func run() throws {
        let lang = language ?? .fromEnvironment
        var limits = PackageLimits()
        limits.maxManifestBytes = maxManifestBytes
        limits.maxEvidenceBytes = maxEvidenceBytes
        limits.maxEntries = maxEntries

        let folders: [String]
        if !ruleFolders.isEmpty {
            folders = ruleFolders
        } else if let found = RuleFolders.defaults() {
            folders = found
        } else {
            StandardError.write(lang == .da
                ? "fejl: fandt ingen Standards/ og Rules/; angiv mapper med --rules"
                : "error: found no Standards/ and Rules/ folders; name them with --rules")
            throw ExitStatus.cannotEvaluate
        }

        let report: Report
        do {
            let catalogue = try CatalogueLoader().load(folders)
            let loaded = try PackageLoader(limits: limits).load(package)
            report = try Evaluator(catalogue: catalogue, limits: limits).evaluate(loaded, asOf: asOf.flatMap(Day.init(iso:)))
        } catch {
            for problem in error.errors { StandardError.write((lang == .da ? "fejl: " : "error: ") + problem.text(lang)) }
            throw ExitStatus.cannotEvaluate
        }

        let text = format.reporter.render(report, language: lang)
        if let output {
            do {
                try OutputFile.write(text, to: output)
            } catch {
                StandardError.write((lang == .da ? "fejl: kan ikke skrive " : "error: cannot write ") + "\(output): \(error)")
                throw ExitStatus.cannotEvaluate
            }
        } else {
            print(text, terminator: "")
        }
        if report.hasErrors {
            let failed = report.requirements.filter { $0.status == .error }.map(\.id).joined(separator: ", ")
            StandardError.write(lang == .da
                ? "fejl: disse krav kunne ikke vurderes (se rapporten): \(failed)"
                : "error: these requirements could not be evaluated (see the report): \(failed)")
            throw ExitStatus.cannotEvaluate
        }
        throw report.verdict.decision == .notReady && !report.verdict.advisory ? ExitStatus.notReady : ExitStatus.ready
    }
}

extension ReportFormat: ExpressibleByArgument {}
