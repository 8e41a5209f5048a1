import AccreditAuthoring
import AccreditCore

/// The formats of lint results: text for people, and the CI formats `check` writes too, so a
/// rule author's pull request gets annotations, code scanning and a test report.
public enum LintFormat: String, Sendable, CaseIterable {
    /// One finding per line with file:line, then the counts.
    case text
    /// One JSON document: the counts, and each file with its findings.
    case json
    /// SARIF 2.1.0: one result per finding, the lint check as the rule.
    case sarif
    /// JUnit XML: one test case per file, failing when it has errors.
    case junit
    /// GitHub Actions annotations at each finding's line.
    case github

    /// The renderer for this format.
    public var renderer: any LintRenderer {
        switch self {
        case .text: return LintTextRenderer()
        case .json, .sarif, .junit, .github: return LintCIRenderer(format: AuthoringOutput.Format(rawValue: rawValue)!)
        }
    }
}

/// Lint results in a CI format (see `AuthoringOutput`).
struct LintCIRenderer: LintRenderer {
    let format: AuthoringOutput.Format

    func render(_ result: Linter.Result, language l: Language) -> String {
        AuthoringOutput(lint: result, language: l).render(format, l)
    }
}
