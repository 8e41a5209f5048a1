import AccreditCore
import Foundation

/// Renders a report in one format. Reporters are pure: the same report and language give
/// byte-identical output (no clock, stable order).
public protocol Reporter: Sendable {
    func render(_ report: Report, language: Language) -> String
    /// The same report as UTF-8 bytes, for writing to a file. Reporters whose output can be
    /// large write bytes directly instead of building a String first.
    func renderUTF8(_ report: Report, language: Language) -> [UInt8]
    /// The same bytes handed to `output` in consecutive pieces, which written one after
    /// another give the file. Reporters whose reports can be large hand pieces over while
    /// they render the rest, so the whole report need never be in memory at once. An error
    /// thrown by `output` ends the rendering and is rethrown.
    func render(_ report: Report, language: Language, into output: ([UInt8]) throws -> Void) rethrows
}

extension Reporter {
    public func renderUTF8(_ report: Report, language: Language) -> [UInt8] {
        Array(render(report, language: language).utf8)
    }

    public func render(_ report: Report, language: Language, into output: ([UInt8]) throws -> Void) rethrows {
        try output(renderUTF8(report, language: language))
    }
}

/// The formats accredit writes. A closed enum with an exhaustive switch, so a format that is
/// not wired up does not compile, and `--help` can list them.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, junit, sarif, github, markdown, csv, html

    /// The reporter for this format, plain (no terminal colour).
    public var reporter: any Reporter { reporter(colour: false) }

    /// The reporter for this format; `colour` only affects `text`.
    public func reporter(colour: Bool) -> any Reporter {
        switch self {
        case .text: return TextReporter(colour: colour)
        case .json: return JSONReporter()
        case .junit: return JUnitReporter()
        case .sarif: return SARIFReporter()
        case .github: return GitHubReporter()
        case .markdown: return MarkdownReporter()
        case .csv: return CSVReporter()
        case .html: return HTMLReporter()
        }
    }

    /// What the format is for, for `--help`.
    public var purpose: String {
        switch self {
        case .text: return "the terminal report"
        case .json: return "the versioned JSON schema"
        case .junit: return "JUnit XML for CI test dashboards"
        case .sarif: return "SARIF 2.1.0 for code-scanning tools"
        case .github: return "GitHub Actions annotations"
        case .markdown: return "a summary for a pull request or job summary"
        case .csv: return "one row per requirement for spreadsheets"
        case .html: return "a self-contained page for people, printable to PDF"
        }
    }
}
