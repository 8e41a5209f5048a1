/// The formats of a requirement's explanation. Only text so far; a closed enum all the same, so
/// a second format is one case and one renderer.
public enum ExplanationFormat: String, Sendable, CaseIterable {
    case text

    /// The renderer for this format.
    public var renderer: any ExplanationRenderer {
        switch self {
        case .text: return ExplanationTextRenderer()
        }
    }
}
