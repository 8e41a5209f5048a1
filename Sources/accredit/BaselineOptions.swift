import AccreditCore
import ArgumentParser
import Foundation

/// `--baseline` and `--fail-on`: compare a single package's check with the JSON report of an
/// earlier run, so that every report marks findings new, unchanged or fixed, and, with
/// `--fail-on new`, let a pipeline fail only on what is new.
struct BaselineOptions: ParsableArguments {
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        /// Exit 1 when the verdict is not ready (the default).
        case notReady = "not-ready"
        /// Exit 1 only when a gap or error is not in the baseline.
        case new
    }

    @Option(
        help: ArgumentHelp(
            "The JSON report of an earlier run (accredit check --format json); mark each gap and error new, unchanged or "
                + "fixed since it, in every report.",
            valueName: "report.json"),
        completion: .file(extensions: ["json"]))
    var baseline: String?

    @Option(
        name: .customLong("fail-on"),
        help: ArgumentHelp(
            "When to exit 1: not-ready (the verdict) or new (a gap or error not in --baseline, whatever the verdict).",
            valueName: "condition"))
    var failOn: FailOn = .notReady

    static let needsOnePackage = LocalisedText(
        da: "--baseline sammenligner én pakke med en tidligere rapport; angiv én pakke",
        en: "--baseline compares one package with an earlier report; name one package")

    func validate() throws {
        if failOn == .new, baseline == nil { throw ValidationError("--fail-on new needs --baseline.") }
        if baseline?.isEmpty == true { throw ValidationError("--baseline needs a path, not an empty one.") }
    }

    /// The earlier report, read before anything is checked; a file that is not a JSON report
    /// of accredit ends the run with exit 2 and a message naming it.
    func load(_ language: Language) throws -> RecordedReport? {
        guard let baseline else { return nil }
        do {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: baseline)))
            return try RecordedReport(json: bytes, name: baseline)
        } catch let problems as AccreditErrors {
            for problem in problems.errors { StandardError.error(problem, language) }
        } catch {
            StandardError.error(
                AccreditError(
                    .unreadable, at: SourceLocation(file: baseline, line: 0),
                    message: LocalisedText(da: "kan ikke læse baseline-rapporten", en: "cannot read the baseline report"),
                    hint: LocalisedText(
                        da: "Kontrollér stien til filen, der er givet med --baseline.",
                        en: "Check the path of the file given with --baseline.")), language)
        }
        throw ExitStatus.cannotEvaluate
    }

    /// `result` with its report compared with `recorded`, if there is one.
    func attach(_ recorded: RecordedReport?, to result: Result<Report, CheckFailure>, _ language: Language)
        -> Result<Report, CheckFailure>
    {
        guard let recorded, case .success(var report) = result else { return result }
        report.baseline = ReportDiff(old: recorded, new: RecordedReport(report, language: language))
        return .success(report)
    }

    /// The exit status for `result`, given the one its verdict means: with `--fail-on new`, 1
    /// exactly when something is new (a package or requirement that could not be evaluated
    /// still gives 2).
    func status(_ status: ExitCode, for result: Result<Report, CheckFailure>) -> ExitCode {
        guard failOn == .new, status != ExitStatus.cannotEvaluate, case .success(let report) = result,
            let baseline = report.baseline
        else { return status }
        return baseline.new.isEmpty ? ExitStatus.ready : ExitStatus.notReady
    }
}
