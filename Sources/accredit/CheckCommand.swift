import AccreditCore
import AccreditReports
import ArgumentParser
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an evaluation package against the standards and their rules.",
        discussion: ExitStatus.documentation
    )

    @Argument(help: ArgumentHelp(
        "Package folders (holding manifest.xml) or zip files; several, or a folder of packages, check them all in one run.",
        valueName: "package"))
    var packages: [String]

    @Flag(help: "No progress bar on standard error in batch runs.")
    var quiet = false

    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A folder (or file) of standard and rule files; repeatable. Default: Standards/ and Rules/.",
        valueName: "dir"))
    var ruleFolders: [String] = []

    @Option(name: .customLong("report"), help: ArgumentHelp(
        "Write a report; repeatable. FORMAT is one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")); "
            + "without :PATH it goes to standard output. Default: text to standard output.",
        discussion: ReportFormat.allCases.map { "\($0.rawValue): \($0.purpose)" }.joined(separator: "\n"),
        valueName: "format[:path]"))
    var reports: [String] = []

    @Option(help: ArgumentHelp("Shorthand for --report FORMAT (with -o: FORMAT:PATH).", valueName: "format"))
    var format: ReportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Shorthand: write the --format report (default text) to this file.", valueName: "path"))
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

    @Option(help: ArgumentHelp("Most files and folders accepted in a zip package.", valueName: "count"))
    var maxArchiveEntries: Int = PackageLimits().maxArchiveEntries

    @Option(help: ArgumentHelp("Largest total uncompressed size of a zip package, in bytes.", valueName: "bytes"))
    var maxArchiveBytes: Int = PackageLimits().maxArchiveBytes

    @Option(help: ArgumentHelp("Highest compression ratio accepted for a zip entry over 1 MiB.", valueName: "ratio"))
    var maxCompressionRatio: Int = PackageLimits().maxCompressionRatio

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, not \"\(asOf)\".")
        }
        if maxManifestBytes <= 0 || maxEvidenceBytes <= 0 || maxEntries <= 0 || maxArchiveEntries <= 0 || maxArchiveBytes <= 0
            || maxCompressionRatio <= 0 {
            throw ValidationError("limits must be positive.")
        }
        do {
            for argument in reports { _ = try ReportRequest(argument: argument) }
            try ReportRequest.validate(requests)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// Every report to write: the `--report` requests, plus the one `--format`/`-o` describe;
    /// text to standard output when none is asked for.
    var requests: [ReportRequest] {
        // Arguments that do not parse are refused by validate() before run() needs this.
        var all = reports.compactMap { try? ReportRequest(argument: $0) }
        if format != nil || output != nil { all.append(ReportRequest(format: format ?? .text, path: output)) }
        return all.isEmpty ? [ReportRequest(format: .text)] : all
    }

    func run() throws {
        let lang = language ?? .fromEnvironment
        var limits = PackageLimits()
        limits.maxManifestBytes = maxManifestBytes
        limits.maxEvidenceBytes = maxEvidenceBytes
        limits.maxEntries = maxEntries
        limits.maxArchiveEntries = maxArchiveEntries
        limits.maxArchiveBytes = maxArchiveBytes
        limits.maxCompressionRatio = maxCompressionRatio

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

        let pending = CataloguePrefetch.take(for: folders) ?? CatalogueInBackground(folders)
        func catalogue() throws -> Catalogue {
            do {
                return try pending.value()
            } catch {
                for problem in error.errors { StandardError.error(problem, lang) }
                throw ExitStatus.cannotEvaluate
            }
        }
        let date = asOf.flatMap(Day.init(iso:))

        if let batch = batchPaths {
            let catalogue = try catalogue()
            guard !batch.isEmpty else {
                StandardError.write(lang == .da ? "fejl: \(packages[0]): ingen pakker i mappen" : "error: \(packages[0]): no packages in the folder")
                throw ExitStatus.cannotEvaluate
            }
            let status = try BatchCheck(catalogue: catalogue, limits: limits, asOf: date, language: lang, requests: requests, quiet: quiet)
                .run(batch)
            throw ExitCode(status)
        }

        // The package is opened while the catalogue loads; rule-file problems are still
        // reported first, as they make any package problem moot. The package is kept to the
        // end like the report: freeing its many small values costs tens of milliseconds on a
        // large package, and reports are written piece by piece, so keeping it does not raise
        // the peak set by evaluation.
        let report: Report
        let loadedCatalogue: Catalogue
        let loadedPackage: LoadedPackage
        do {
            (report, loadedCatalogue, loadedPackage) = try PackageOpener(limits: limits).withPackage(packages[0]) { loaded in
                let catalogue = try catalogue()
                loaded.releaseManifest(unlessQueriedBy: catalogue)
                return (try Evaluator(catalogue: catalogue, limits: limits).evaluate(loaded, asOf: date), catalogue, loaded)
            }
        } catch let errors as AccreditErrors {
            _ = try catalogue()
            for problem in errors.errors { StandardError.error(problem, lang) }
            throw ExitStatus.cannotEvaluate
        }

        try write(report, language: lang)
        if report.hasErrors {
            let failed = report.requirements.filter { $0.status == .error }.map(\.id).joined(separator: ", ")
            StandardError.write(lang == .da
                ? "fejl: disse krav kunne ikke vurderes (se rapporten): \(failed)"
                : "error: these requirements could not be evaluated (see the report): \(failed)")
            throw ExitStatus.cannotEvaluate
        }
        ExitStatus.end(report.verdict.decision == .notReady && !report.verdict.advisory ? ExitStatus.notReady : ExitStatus.ready,
                       keeping: report, loadedCatalogue, loadedPackage)
    }

    /// The packages of a batch run, or nil for a single package: several arguments, or one
    /// folder that holds packages rather than a manifest.
    private var batchPaths: [String]? {
        if packages.count > 1 { return packages }
        let only = packages[0]
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: only, isDirectory: &isFolder), isFolder.boolValue,
              !FileManager.default.fileExists(atPath: only + "/" + PackageLoader.manifestName) else { return nil }
        return BatchEvaluator.packages(in: only)
    }

    /// Writes every requested report: files whole or not at all, then the one for standard
    /// output. Colour is decided here, at the edge, from the environment and the terminal.
    private func write(_ report: Report, language: Language) throws {
        for request in requests {
            guard let path = request.path else { continue }
            let reporter = request.format.reporter
            do {
                try OutputFile.write(to: path) { write in try reporter.render(report, language: language, into: write) }
            } catch {
                StandardError.write((language == .da ? "fejl: kan ikke skrive " : "error: cannot write ") + "\(path): \(error)")
                throw ExitStatus.cannotEvaluate
            }
        }
        guard let request = requests.first(where: { $0.path == nil }) else { return }
        let colour = TerminalColour.enabled(toStandardOutput: true, isTerminal: isatty(STDOUT_FILENO) == 1,
                                            environment: ProcessInfo.processInfo.environment)
        print(request.format.reporter(colour: colour).render(report, language: language), terminator: "")
    }
}

extension ReportFormat: ExpressibleByArgument {}
