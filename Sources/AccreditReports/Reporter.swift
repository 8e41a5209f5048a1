import AccreditCore

/// Renders a report in one format: the `Renderer` of a `Report`. The report formats are the
/// cases of `ReportFormat`.
///
/// Every reporter also renders a `FailedCheck`, a package that could not be evaluated, in
/// the same format: a pipeline that asked for a SARIF, JUnit or JSON file gets one that says
/// why, located at the file and line of the problem, so front ends write every report they
/// were asked for whatever the outcome.
public protocol Reporter: Renderer where Subject == Report {
    /// The same format, for a package that could not be evaluated.
    func renderFailure(_ failed: FailedCheck, language: Language) -> String

    /// The same as bytes, for a file; the default is the text's UTF-8.
    func renderFailureUTF8(_ failed: FailedCheck, language: Language) -> [UInt8]
}

extension Reporter {
    /// The plain-text account (`TextReporter`'s), for a format that has no form of its own yet.
    public func renderFailure(_ failed: FailedCheck, language: Language) -> String {
        TextReporter().renderFailure(failed, language: language)
    }

    /// The same bytes as UTF-8, for writing to a file; binary formats give their own.
    public func renderFailureUTF8(_ failed: FailedCheck, language: Language) -> [UInt8] {
        Array(renderFailure(failed, language: language).utf8)
    }
}
