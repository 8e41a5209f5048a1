import AccreditReports
import ArgumentParser
import Foundation

/// Which reports to write and where: `--report FORMAT[:PATH]` (repeatable), with `--format`
/// and `-o` as shorthands; text to standard output when none is asked for. `-` as a path
/// means standard output, as it does for most tools.
struct ReportOptions: ParsableArguments {
    @Option(
        name: .customLong("report"),
        help: ArgumentHelp(
            "Write a report; repeatable. FORMAT is one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")); "
                + "without :PATH (or with :-) it goes to standard output. Default: text to standard output.",
            discussion: ReportFormat.allCases.map { "\($0.rawValue): \($0.purpose)" }.joined(separator: "\n"),
            valueName: "format[:path]"), completion: .list(ReportFormat.allCases.map(\.rawValue)))
    var reports: [String] = []

    @Option(help: ArgumentHelp("Shorthand for --report FORMAT (with -o: FORMAT:PATH).", valueName: "format"))
    var format: ReportFormat?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Shorthand: write the --format report (default text) to this file; - for standard output.",
            valueName: "path"),
        completion: .file())
    var output: String?

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError("-o needs a path (- for standard output), not an empty one.") }
        do {
            for argument in reports { _ = try ReportRequest(argument: argument) }
            try ReportRequest.validate(requests)
        } catch {
            throw ValidationError(error.description)
        }
        var seen: [String: String] = [:]
        for path in requests.compactMap(\.path) {
            let key = Self.identity(of: path)
            if let first = seen[key] { throw ValidationError("two reports would write the same file: \(first) and \(path).") }
            seen[key] = path
        }
    }

    /// Every report to write: the `--report` requests, plus the one `--format`/`-o` describe;
    /// text to standard output when none is asked for.
    var requests: [ReportRequest] {
        // Arguments that do not parse are refused by validate() before run() needs this.
        var all = reports.compactMap { try? ReportRequest(argument: $0) }.map { request in
            request.path == "-" ? ReportRequest(format: request.format) : request
        }
        if format != nil || output != nil {
            all.append(ReportRequest(format: format ?? .text, path: output == "-" ? nil : output))
        }
        return all.isEmpty ? [ReportRequest(format: .text)] : all
    }

    /// One name for each file however it is written (`a.json`, `./a.json`, `out/../a.json`, a
    /// symbolic link to its folder): the canonical path of its folder, if that exists, and its
    /// own name.
    static func identity(of path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        let canonical =
            realpath(folder, nil).map { pointer -> String in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? folder
        return (canonical == "/" ? "" : canonical) + "/" + url.lastPathComponent
    }
}

extension ReportFormat: ExpressibleByArgument {}
