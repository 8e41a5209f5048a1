import AccreditCore
import AccreditReports
import ArgumentParser
import Foundation

/// `accredit check` with several packages (or a folder of packages): evaluates them in
/// parallel with one catalogue, writes each package's reports into the folders named by
/// `--report FORMAT:FOLDER`, prints one summary table (or the combined JSON with
/// `--format json`), and shows progress on a terminal.
struct BatchCheck {
    let check: PackageCheck
    let language: Language
    let requests: [ReportRequest]
    let quiet: Bool

    /// Runs the batch; returns the exit status (0 all ready, 1 some not ready, 2 some could
    /// not be evaluated).
    func run(_ sources: [PackageSource]) throws -> ExitCode {
        let l = language
        let progress = Progress(total: sources.count, enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let results = Results(count: sources.count)
        let fileRequests = requests.filter { $0.path != nil }
        check.checkAll(sources) { index, outcome in
            let path = sources[index].displayName
            if case .success(let report) = outcome {
                for request in fileRequests {
                    let file = request.path! + "/" + Self.name(of: path) + "." + request.format.fileExtension
                    do {
                        let reporter = request.format.reporter
                        try OutputFile.write(to: file) { write in try reporter.render(report, language: l, into: write) }
                    } catch {
                        results.writeFailures.append(file)
                    }
                }
            }
            results.summaries[index] = BatchSummary(path: path, result: outcome)
            progress.advance()
        }
        progress.finish()
        let summaries = results.summaries.compactMap { $0 }
        for summary in summaries {
            if let problem = summary.problem { StandardError.error(problem, l) }
        }
        for file in results.writeFailures {
            StandardError.write((l == .da ? "fejl: kan ikke skrive " : "error: cannot write ") + file)
        }
        if requests.contains(where: { $0.path == nil && $0.format == .json }) {
            print(BatchSummaryRenderer().json(summaries), terminator: "")
        } else {
            print(BatchSummaryRenderer().table(summaries, language: l), terminator: "")
        }
        if summaries.contains(where: \.couldNotEvaluate) || !results.writeFailures.isEmpty { return ExitStatus.cannotEvaluate }
        return summaries.contains(where: \.isNotReady) ? ExitStatus.notReady : ExitStatus.ready
    }

    /// A file name for a package's reports: its folder or archive name.
    static func name(of path: String) -> String {
        var name = (path as NSString).lastPathComponent
        if name.lowercased().hasSuffix(".zip") { name.removeLast(4) }
        return name.isEmpty ? "package" : name
    }

    private final class Results: @unchecked Sendable {
        var summaries: [BatchSummary?]
        var writeFailures: [String] = []
        init(count: Int) { summaries = Array(repeating: nil, count: count) }
    }

    /// A one-line progress bar on standard error, redrawn in place; silent when not a terminal.
    private final class Progress: @unchecked Sendable {
        let total: Int
        let enabled: Bool
        var done = 0

        init(total: Int, enabled: Bool) {
            self.total = total
            self.enabled = enabled
        }

        func advance() {
            done += 1
            guard enabled else { return }
            let width = 30
            let filled = total == 0 ? width : done * width / total
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)".utf8))
        }

        func finish() {
            if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }
}

extension ReportFormat {
    /// The file extension of a report written per package in a batch.
    var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .json: return "json"
        case .junit: return "junit.xml"
        case .sarif: return "sarif"
        case .github: return "github.txt"
        case .markdown: return "md"
        case .csv: return "csv"
        case .html: return "html"
        }
    }
}
