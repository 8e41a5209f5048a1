/// The formats of a batch run's progress. Only the terminal bar so far; a closed enum all the
/// same, like every other subject's formats.
public enum BatchProgressFormat: String, Sendable, CaseIterable {
    /// `[####------] 4/10`, drawn over itself with a carriage return.
    case bar

    /// The renderer for this format.
    public var renderer: any BatchProgressRenderer {
        switch self {
        case .bar: return BatchProgressBarRenderer()
        }
    }
}
