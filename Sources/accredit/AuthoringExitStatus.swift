import ArgumentParser

/// Exit statuses of the authoring commands, consistent with `check`: 0 clean, 1 findings,
/// 2 could not read or evaluate, 64 usage.
enum AuthoringExitStatus {
    static let clean = ExitCode(0)
    static let findings = ExitCode(1)

    static func documentation(_ findings: String, clean: String = "nothing to report") -> String {
        HelpText.exitStatus([
            (0, clean),
            (1, findings),
            (
                2,
                "the standard, rule or package files could not be read or evaluated; "
                    + "the message names file, line and what to fix"
            ),
            (64, "usage error (unknown option, unknown requirement or standard id)"),
        ])
    }
}
