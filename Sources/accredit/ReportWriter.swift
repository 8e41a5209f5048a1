import AccreditCore
import AccreditReports
import ArgumentParser
import Foundation

/// Writes the reports of one checked package: files whole or not at all, then the one for
/// standard output; problems go to standard error. Colour is decided here, at the edge, from
/// the environment and the terminal.
struct ReportWriter {
    let requests: [ReportRequest]
    let language: Language

    /// Writes what `result` calls for and returns the exit status it means.
    func finish(_ result: Result<Report, CheckFailure>) throws -> ExitCode {
        let report: Report
        switch result {
        case .failure(let failure):
            for problem in failure.errors { StandardError.error(problem, language) }
            return ExitStatus.cannotEvaluate
        case .success(let evaluated):
            report = evaluated
        }
        for request in requests {
            guard let path = request.path else { continue }
            let reporter = request.format.reporter
            do {
                try OutputFile.write(to: path) { write in try reporter.render(report, language: language, into: write) }
            } catch {
                StandardError.write((language == .da ? "fejl: kan ikke skrive " : "error: cannot write ") + "\(path): \(error)")
                return ExitStatus.cannotEvaluate
            }
        }
        if let request = requests.first(where: { $0.path == nil }) {
            let colour = TerminalColour.enabled(
                toStandardOutput: true, isTerminal: isatty(STDOUT_FILENO) == 1,
                environment: ProcessInfo.processInfo.environment)
            print(request.format.reporter(colour: colour).render(report, language: language), terminator: "")
        }
        if report.hasErrors {
            let failed = report.requirements.filter { $0.status == .error }.map(\.id).joined(separator: ", ")
            StandardError.write(
                language == .da
                    ? "fejl: disse krav kunne ikke vurderes (se rapporten): \(failed)"
                    : "error: these requirements could not be evaluated (see the report): \(failed)")
        }
        return ExitStatus.of(report)
    }
}
