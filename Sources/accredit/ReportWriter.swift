import AccreditCore
import AccreditReports
import ArgumentParser
import Foundation

/// Writes the reports of one checked package: files whole or not at all, then the one for
/// standard output; problems go to standard error. Colour is decided here, at the edge, from
/// the environment and the terminal. A package that could not be evaluated still gets every
/// report asked for, each saying why (`Reporter.renderFailure`), so a pipeline's upload steps
/// find their files.
struct ReportWriter {
    let requests: [ReportRequest]
    let language: Language

    /// Writes what `result` calls for and returns the exit status it means.
    func finish(_ result: Result<Report, CheckFailure>, package: String) throws -> ExitCode {
        switch result {
        case .failure(let failure):
            for problem in failure.errors { StandardError.error(problem, language) }
            let failed = FailedCheck(package: package, failure: failure)
            _ = write(.failure(failed))
            printToStandardOutput { $0.renderFailure(failed, language: language) }
            return ExitStatus.cannotEvaluate
        case .success(let report):
            guard write(.report(report)) else {
                return ExitStatus.cannotEvaluate
            }
            printToStandardOutput { $0.render(report, language: language) }
            if report.hasErrors {
                let failed = report.requirements.filter { $0.status == .error }.map(\.id)
                StandardError.error(CommandMessage.requirementsInError(failed), language)
            }
            return ExitStatus.of(report)
        }
    }

    /// Writes every file asked for, each whole or not at all; false if one could not be
    /// written (said on standard error, naming the file and why).
    private func write(_ content: Content) -> Bool {
        for request in requests {
            guard let path = request.path else { continue }
            let reporter = request.format.reporter
            let language = self.language
            func render(_ write: ([UInt8]) throws -> Void) throws {
                var wrote = false
                func counted(_ bytes: [UInt8]) throws {
                    if !bytes.isEmpty { wrote = true }
                    try write(bytes)
                }
                switch content {
                case .report(let report): try reporter.render(report, language: language, into: counted)
                case .failure(let failed): try counted(reporter.renderFailureUTF8(failed, language: language))
                }
                // A binary format gives no bytes only when its library could not make the file:
                // that is a failed write, not an empty report.
                if request.format.isBinary && !wrote { throw UnmadeBinaryReport() }
            }
            do {
                if request.append {
                    try OutputFile.append(to: path, render)
                } else {
                    try OutputFile.write(to: path, render)
                }
            } catch {
                StandardError.error(WriteFailure(path: path, error: error).message, language)
                return false
            }
        }
        return true
    }

    /// What the files are to hold.
    private enum Content {
        case report(Report)
        case failure(FailedCheck)
    }

    private func printToStandardOutput(_ render: (any Reporter) -> String) {
        guard let request = requests.first(where: { $0.path == nil }) else { return }
        let colour = TerminalColour.enabled(
            toStandardOutput: true, isTerminal: isatty(STDOUT_FILENO) == 1,
            environment: ProcessInfo.processInfo.environment)
        print(render(request.format.reporter(colour: colour)), terminator: "")
    }
}

/// A binary report (an xlsx workbook) its library could not make: there is no temporary
/// folder, or the disk is full.
struct UnmadeBinaryReport: Error {}
