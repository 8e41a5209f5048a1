import AccreditCore
import ArgumentParser

/// The documented exit statuses. Decided once, at the edge, from the report or the failure.
enum ExitStatus {
    /// Ready, with or without remarks (or an advisory verdict).
    static let ready = ExitCode(0)
    /// Not ready.
    static let notReady = ExitCode(1)
    /// The package or the rule files could not be evaluated.
    static let cannotEvaluate = ExitCode(2)
    /// Wrong usage (unknown flag, bad value). ArgumentParser's validation failure is 64 too.
    static let usage = ExitCode(64)

    /// What a report means for a pipeline.
    static func of(_ report: Report) -> ExitCode {
        if report.hasErrors { return cannotEvaluate }
        return report.verdict.decision == .notReady && !report.verdict.advisory ? notReady : ready
    }

    /// Ends the process with `status` at once, flushing output, while `values` are still alive:
    /// the system reclaims their memory in one step, whereas freeing the millions of small
    /// values of a large check one by one costs about a tenth of its time.
    static func end(_ status: ExitCode, keeping values: Any...) -> Never {
        SignalCleanup.holdIfInterrupted()
        EarlyRules.finish()
        return withExtendedLifetime(values) { Accredit.exit(withError: status) }
    }

    /// The EXIT STATUS section of the help: a table, then a paragraph ArgumentParser wraps.
    static let documentation =
        HelpText.exitStatus([
            (0, "ready or ready with remarks (also for advisory verdicts)"),
            (1, "not ready"),
            (2, "the package or the rule files could not be evaluated; the message names file, line and what to fix"),
            (64, "usage error"),
        ]) + """


            With several packages (or a folder of packages) the status covers them all: 0 all ready, \
            1 some not ready, 2 some could not be evaluated.

            With --baseline and --fail-on new, 1 means a gap or error that the baseline report \
            does not have, and 0 that there is none, whatever the verdict; 2 stays 2.
            """
}

extension ExitStatus {
    /// Prints a usage-level message (an unknown id, say) and gives the usage status.
    static func usage(_ language: Language, da: String, en: String) -> ExitCode {
        StandardError.error(LocalisedText(da: da, en: en), language)
        return usage
    }
}
