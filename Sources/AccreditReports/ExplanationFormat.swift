/// The formats of a requirement's explanation. Only text so far; a closed enum all the same, so
/// a second format is one case and one renderer.
public enum ExplanationFormat: String, Sendable, CaseIterable {
    /// The requirement, its rules, what a package must supply and its relations, for the terminal.
    case text

    /// The renderer for this format.
    public var renderer: any ExplanationRenderer {
        switch self {
        case .text: return ExplanationTextRenderer()
        }
    }
}
