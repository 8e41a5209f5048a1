import AccreditCore

/// Renders a report in one format. Reporters are pure: the same report and language give
/// byte-identical output (no clock, stable order).
public protocol Reporter: Sendable {
    func render(_ report: Report, language: Language) -> String
}

/// The formats accredit writes. A closed enum with an exhaustive switch, so a format that is
/// not wired up does not compile, and `--help` can list them.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json

    public var reporter: any Reporter {
        switch self {
        case .text: return TextReporter()
        case .json: return JSONReporter()
        }
    }
}
