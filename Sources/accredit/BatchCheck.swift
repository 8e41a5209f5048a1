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
        let progress = Progress(total: sources.count, enabled: !quiet && isatty(STDERR_FILENO) == 1, language: l)
        let results = Results(count: sources.count)
        let fileRequests = requests.filter { $0.path != nil }
        let names = Self.names(of: sources.map(\.displayName))
        if !fileRequests.isEmpty {
            for (source, name) in zip(sources, names) where name != Self.name(of: source.displayName) {
                StandardError.write(CommandMessage.reportsNamed(source.displayName, name).text(l))
            }
        }
        check.checkAll(sources) { index, outcome in
            let path = sources[index].displayName
            if case .success(let report) = outcome {
                for request in fileRequests {
                    let file = request.path! + "/" + names[index] + "." + request.format.fileExtension
                    do {
                        let reporter = request.format.reporter
                        try OutputFile.write(to: file) { write in try reporter.render(report, language: l, into: write) }
                    } catch {
                        results.writeFailures.append((file, "\(error)"))
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
        for (file, reason) in results.writeFailures { StandardError.error(CommandMessage.cannotWrite(file, reason), l) }
        let format: BatchSummaryFormat = requests.contains(where: { $0.path == nil && $0.format == .json }) ? .json : .text
        print(format.renderer.render(summaries, language: l), terminator: "")
        if summaries.contains(where: \.couldNotEvaluate) || !results.writeFailures.isEmpty { return ExitStatus.cannotEvaluate }
        return summaries.contains(where: \.isNotReady) ? ExitStatus.notReady : ExitStatus.ready
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

    private final class Results: @unchecked Sendable {
        var summaries: [BatchSummary?]
        var writeFailures: [(file: String, reason: String)] = []
        init(count: Int) { summaries = Array(repeating: nil, count: count) }
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
