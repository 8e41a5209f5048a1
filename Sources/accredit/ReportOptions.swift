import AccreditReports
import ArgumentParser

/// Which reports to write and where: `--report FORMAT[:PATH]` (repeatable), with `--format`
/// and `-o` as shorthands; text to standard output when none is asked for.
struct ReportOptions: ParsableArguments {
    @Option(
        name: .customLong("report"),
        help: ArgumentHelp(
            "Write a report; repeatable. FORMAT is one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")); "
                + "without :PATH it goes to standard output. Default: text to standard output.",
            discussion: ReportFormat.allCases.map { "\($0.rawValue): \($0.purpose)" }.joined(separator: "\n"),
            valueName: "format[:path]"), completion: .list(ReportFormat.allCases.map(\.rawValue)))
    var reports: [String] = []

    @Option(help: ArgumentHelp("Shorthand for --report FORMAT (with -o: FORMAT:PATH).", valueName: "format"))
    var format: ReportFormat?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Shorthand: write the --format report (default text) to this file.", valueName: "path"),
        completion: .file())
    var output: String?

    func validate() throws {
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
}

extension ReportFormat: ExpressibleByArgument {}
