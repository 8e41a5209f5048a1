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
            valueName: "package"))
    var packages: [String]

    @Flag(help: "No progress bar on standard error in batch runs.")
    var quiet = false

    @OptionGroup var rules: RuleOptions
    @OptionGroup var reports: ReportOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var check: CheckOptionGroup

    func run() throws {
        let lang = language.lang
        let folders = try rules.folders(language: lang)
        if let batch = batchSources {
            let catalogue = try RuleOptions.load(folders, language: lang)
            guard !batch.isEmpty else {
                StandardError.error(
                    lang == .da ? "\(packages[0]): ingen pakker i mappen" : "\(packages[0]): no packages in the folder", lang)
                throw ExitStatus.cannotEvaluate
            }
            let check = PackageCheck(catalogue: catalogue, options: check.options)
            ExitStatus.end(try BatchCheck(check: check, language: lang, requests: reports.requests, quiet: quiet).run(batch))
        }
        let result = PackageCheck.check(PackageSource(path: packages[0]), ruleFolders: folders, options: check.options)
        ExitStatus.end(try ReportWriter(requests: reports.requests, language: lang).finish(result), keeping: result)
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
