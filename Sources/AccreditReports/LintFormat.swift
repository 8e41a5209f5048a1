/// The formats of lint results. Only text so far; a closed enum all the same, so a second
/// format (say SARIF for editors) is one case and one renderer.
public enum LintFormat: String, Sendable, CaseIterable {
    /// One finding per line with file:line, then the counts.
    case text

    /// The renderer for this format.
    public var renderer: any LintRenderer {
        switch self {
        case .text: return LintTextRenderer()
        }
    }
}
