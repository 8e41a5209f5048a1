/// The formats of an overlap matrix. Only text so far; a closed enum all the same, so a second
/// format is one case and one renderer.
public enum OverlapMatrixFormat: String, Sendable, CaseIterable {
    /// One aligned row per sector requirement, then the counts and what is left over.
    case text

    /// The renderer for this format.
    public var renderer: any OverlapMatrixRenderer {
        switch self {
        case .text: return OverlapMatrixTextRenderer()
        }
    }
}
