import AccreditCore
import ArgumentParser
import Foundation

/// `--report FORMAT[:PATH]` and `--format` for `lint` and `test`: the CI formats `check` writes
/// (json, sarif, junit, github) besides text, so a rule author's pull request gets the same
/// annotations, code scanning and test reports as a package's pipeline.
struct AuthoringReportOptions: ParsableArguments {
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json, sarif, junit, github
    }

    @Option(
        name: .customLong("report"),
        help: ArgumentHelp(
            "Write a report; repeatable. FORMAT is one of \(Format.allCases.map(\.rawValue).joined(separator: ", ")); "
                + "without :PATH (or with :-) it goes to standard output. Default: text to standard output.",
            valueName: "format[:path]"), completion: .list(Format.allCases.map(\.rawValue)))
    var reports: [String] = []

    @Option(help: ArgumentHelp("Shorthand for --report FORMAT.", valueName: "format"))
    var format: Format?

    /// Each report: its format and file, nil for standard output.
    var requests: [(format: Format, path: String?)] {
        var all = reports.compactMap { try? Self.parse($0) }
        if let format { all.append((format, nil)) }
        return all.isEmpty ? [(.text, nil)] : all
    }

    func validate() throws {
        for argument in reports { _ = try Self.parse(argument) }
        if requests.filter({ $0.path == nil }).count > 1 {
            throw ValidationError("only one report can go to standard output; give the others a file with FORMAT:PATH.")
        }
    }

    static func parse(_ argument: String) throws -> (Format, String?) {
        let parts = argument.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let format = Format(rawValue: String(parts[0])) else {
            throw ValidationError(
                "unknown report format \"\(parts[0])\" in \"\(argument)\"; use one of "
                    + "\(Format.allCases.map(\.rawValue).joined(separator: ", ")), optionally followed by :PATH.")
        }
        guard parts.count == 2 else { return (format, nil) }
        if parts[1].isEmpty { throw ValidationError("\"\(argument)\" names no file after the colon.") }
        return (format, parts[1] == "-" ? nil : String(parts[1]))
    }

    /// Writes each report `render` gives for its format: files whole, then standard output.
    /// False (said on standard error) if a file could not be written.
    func write(language: Language, _ render: (Format) -> String) -> Bool {
        for request in requests {
            guard let path = request.path else { continue }
            do {
                try OutputFile.write(render(request.format), to: path)
            } catch {
                StandardError.error(WriteFailure(path: path, error: error).message, language)
                return false
            }
        }
        if let request = requests.first(where: { $0.path == nil }) { print(render(request.format), terminator: "") }
        return true
    }
}
