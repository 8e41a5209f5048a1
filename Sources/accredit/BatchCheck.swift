import AccreditCore
import AccreditReports
import ArgumentParser
import Foundation

/// `accredit check` with several packages (or a folder of packages): evaluates them in
/// parallel with one catalogue, writes each package's reports into the folders named by
/// `--report FORMAT:FOLDER` (a package that could not be evaluated gets them too, saying why),
/// prints one summary table on standard output, or one document in the format asked for
/// (`--format json`: the batch summary; `junit`, `sarif`, `codeclimate`: every package in one
/// document, see `CombiningReporter`), and shows progress on a terminal.
struct BatchCheck {
    let check: PackageCheck
    let language: Language
    let requests: [ReportRequest]
    let quiet: Bool

    /// Runs the batch; returns the exit status (0 all ready, 1 some not ready, 2 some could
    /// not be evaluated).
    func run(_ sources: [PackageSource]) throws -> ExitCode {
        let l = language
        let progress = Progress(total: sources.count, enabled: !quiet && isatty(STDERR_FILENO) == 1, language: l)
        let results = Results(count: sources.count)
        let fileRequests = requests.filter { $0.path != nil }
        let names = Self.names(of: sources.map(\.displayName))
        if !fileRequests.isEmpty {
            for (source, name) in zip(sources, names) where name != Self.name(of: source.displayName) {
                StandardError.write(CommandMessage.reportsNamed(source.displayName, name).text(l))
            }
        }
        let combining = standardOutput.combiningReporter
        check.checkAll(sources) { index, outcome in
            let path = sources[index].displayName
            for request in fileRequests {
                let file = request.path! + "/" + names[index] + "." + request.format.fileExtension
                do {
                    let reporter = request.format.reporter
                    switch outcome {
                    case .success(let report):
                        try OutputFile.write(to: file) { write in try reporter.render(report, language: l, into: write) }
                    case .failure(let failure):
                        let failed = FailedCheck(package: path, failure: failure)
                        try OutputFile.write(utf8: reporter.renderFailureUTF8(failed, language: l), to: file)
                    }
                } catch {
                    results.add(writeFailure: WriteFailure(path: file, error: error).message)
                }
            }
            if let combining {
                let part: ReportPart
                switch outcome {
                case .success(let report): part = combining.part(report, language: l, package: names[index])
                case .failure(let failure):
                    part = combining.failurePart(FailedCheck(package: path, failure: failure), language: l, package: names[index])
                }
                results.set(part: part, at: index)
            }
            results.set(summary: BatchSummary(path: path, result: outcome), at: index)
            progress.advance()
        }
        progress.finish()
        let summaries = results.summaries.compactMap { $0 }
        for summary in summaries {
            if let problem = summary.problem { StandardError.error(problem, l) }
        }
        for message in results.writeFailures { StandardError.error(message, l) }
        if let combining {
            print(combining.combine(results.parts.compactMap { $0 }, language: l), terminator: "")
        } else {
            let format: BatchSummaryFormat = standardOutput == .json ? .json : .text
            print(format.renderer.render(summaries, language: l), terminator: "")
        }
        if summaries.contains(where: \.couldNotEvaluate) || !results.writeFailures.isEmpty { return ExitStatus.cannotEvaluate }
        return summaries.contains(where: \.isNotReady) ? ExitStatus.notReady : ExitStatus.ready
    }

    /// The format of standard output: the one report asked for without a file, else text.
    var standardOutput: ReportFormat {
        requests.first { $0.path == nil }?.format ?? .text
    }

    /// Whether a batch run can write `format` on standard output: the summary table (text), the
    /// batch summary (json) or one combined document; any other format would have to be the
    /// text table in disguise, so it is refused before anything is checked.
    static func writesOnStandardOutput(_ format: ReportFormat) -> Bool {
        format == .text || format == .json || format.combiningReporter != nil
    }

    /// A file name for a package's reports: its folder or archive name.
    static func name(of path: String) -> String {
        var name = (path as NSString).lastPathComponent
        if name.lowercased().hasSuffix(".zip") { name.removeLast(4) }
        return name.isEmpty ? "package" : name
    }

    /// A report file name for every package, no two alike: the folder or archive name, and
    /// where two packages share it (`north/pkg` and `south/pkg`, `x/` and `x.zip`) the name of
    /// the folder above it too, then a number, so no report silently replaces another.
    static func names(of paths: [String]) -> [String] {
        let plain = paths.map(name(of:))
        let counts = Dictionary(plain.map { ($0, 1) }, uniquingKeysWith: +)
        var taken: Set<String> = []
        return zip(paths, plain).map { path, name in
            var candidate = name
            if counts[name]! > 1 {
                let parent = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
                let isArchive = path.lowercased().hasSuffix(".zip")
                candidate = (parent.isEmpty || parent == "." ? "" : parent + "-") + name + (isArchive ? "-zip" : "")
            }
            var unique = candidate
            var number = 2
            while !taken.insert(unique).inserted {
                unique = candidate + "-\(number)"
                number += 1
            }
            return unique
        }
    }

    /// What the packages' callbacks, run on several threads, hand back: each under the lock.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var summaries: [BatchSummary?]
        private(set) var parts: [ReportPart?]
        private(set) var writeFailures: [LocalisedText] = []

        init(count: Int) {
            summaries = Array(repeating: nil, count: count)
            parts = Array(repeating: nil, count: count)
        }

        func set(summary: BatchSummary, at index: Int) { lock.withLock { summaries[index] = summary } }
        func set(part: ReportPart, at index: Int) { lock.withLock { parts[index] = part } }
        func add(writeFailure: LocalisedText) { lock.withLock { writeFailures.append(writeFailure) } }
    }

    /// Counts the packages done and draws the progress bar on standard error, redrawn in place;
    /// silent when not a terminal.
    private final class Progress: @unchecked Sendable {
        let total: Int
        let enabled: Bool
        let language: Language
        var done = 0

        init(total: Int, enabled: Bool, language: Language) {
            self.total = total
            self.enabled = enabled
            self.language = language
        }

        func advance() {
            done += 1
            guard enabled else { return }
            let bar = BatchProgressFormat.bar.renderer.render(BatchProgress(done: done, total: total), language: language)
            FileHandle.standardError.write(Data(bar.utf8))
        }

        func finish() {
            if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }
}
