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

    @Argument(
        help: ArgumentHelp(
            "Package folders (holding manifest.xml) or zip files; several, or a folder of packages, check them all in one run.",
            valueName: "package"), completion: .file(extensions: ["zip"]))
    var packages: [String]

    @Flag(help: "No progress bar on standard error in batch runs.")
    var quiet = false

    @Option(
        help: ArgumentHelp(
            "The concern level's own package (folder or zip), checked once; sector packages inherit from it and overlap with it "
                + "without copying its evidence.",
            valueName: "package"))
    var concern: String?

    @OptionGroup var rules: RuleOptions
    @OptionGroup var reports: ReportOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var check: CheckOptionGroup
    @OptionGroup var comparison: BaselineOptions

    func run() throws {
        let lang = language.lang
        let folders = try rules.folders(language: lang)
        let recorded = try comparison.load(lang)
        let batch = batchSources
        if batch != nil, let format = reports.requests.first(where: { $0.path == nil })?.format,
            !BatchCheck.writesOnStandardOutput(format)
        {
            StandardError.error(CommandMessage.noBatchDocument(format.rawValue), lang)
            throw ExitStatus.usage
        }
        if batch != nil || concern != nil {
            var check = PackageCheck(catalogue: try catalogue(folders, lang), options: check.options)
            if let concern {
                switch check.concernLevel(PackageSource(path: concern)) {
                case .success(let level): check.concern = level
                case .failure(let failure):
                    for problem in failure.errors { StandardError.error(problem, lang) }
                    throw ExitStatus.cannotEvaluate
                }
            }
            guard let batch else {
                let result = comparison.attach(recorded, to: check.check(PackageSource(path: packages[0])), lang)
                let status = comparison.status(
                    try ReportWriter(requests: reports.requests, language: lang).finish(result, package: packages[0]), for: result
                )
                ExitStatus.end(status, keeping: result)
            }
            guard comparison.baseline == nil else {
                StandardError.error(BaselineOptions.needsOnePackage, lang)
                throw ExitStatus.usage
            }
            guard !batch.isEmpty else {
                StandardError.error(CommandMessage.noPackages(in: packages[0]), lang)
                throw ExitStatus.cannotEvaluate
            }
            ExitStatus.end(try BatchCheck(check: check, language: lang, requests: reports.requests, quiet: quiet).run(batch))
        }
        let loading = EarlyRules.take(for: folders) ?? RuleFilesLoading(folders)
        let result = comparison.attach(
            recorded, to: PackageCheck.check(PackageSource(path: packages[0]), loading: loading, options: check.options), lang)
        let status = comparison.status(
            try ReportWriter(requests: reports.requests, language: lang).finish(result, package: packages[0]), for: result)
        ExitStatus.end(status, keeping: result)
    }

    /// The catalogue of `folders`: the load started before the arguments were parsed if it was
    /// for these folders, else loaded now. Problems in the rule files end the run with exit 2.
    private func catalogue(_ folders: [String], _ lang: Language) throws -> Catalogue {
        guard let early = EarlyRules.take(for: folders) else { return try RuleOptions.load(folders, language: lang) }
        switch early.catalogue() {
        case .success(let catalogue): return catalogue
        case .failure(let failure):
            for problem in failure.errors { StandardError.error(problem, lang) }
            throw ExitStatus.cannotEvaluate
        }
    }

    /// The packages of a batch run, or nil for a single package: several arguments, or one
    /// folder that holds packages rather than a manifest.
    private var batchSources: [PackageSource]? {
        if packages.count > 1 { return packages.map(PackageSource.init(path:)) }
        let only = packages[0]
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: only, isDirectory: &isFolder), isFolder.boolValue,
            !FileManager.default.fileExists(atPath: only + "/" + PackageLoader.manifestName)
        else { return nil }
        return PackageSource.packages(in: only)
    }
}
