import AccreditCore

/// The formats of a run diff (`accredit diff-reports`): text for people, JSON for scripts,
/// Markdown for a pull request or job summary.
public enum ReportDiffFormat: String, Sendable, CaseIterable {
    /// Verdict, status changes and findings, for people.
    case text
    /// One JSON document with every change and the counts, for scripts.
    case json
    /// The same as text, as Markdown.
    case markdown

    /// The renderer for this format.
    public var renderer: any ReportDiffRenderer {
        switch self {
        case .text: return ReportDiffTextRenderer()
        case .json: return ReportDiffJSONRenderer()
        case .markdown: return ReportDiffMarkdownRenderer()
        }
    }
}

/// Renders what changed between two runs: the `Renderer` of `ReportDiff`. The formats are the
/// cases of `ReportDiffFormat`.
public protocol ReportDiffRenderer: Renderer where Subject == ReportDiff {}
