import AccreditCore

/// The formats of a batch run's summary: a table for people, or one JSON document for scripts.
public enum BatchSummaryFormat: String, Sendable, CaseIterable {
    /// A table with one row per package, then the counts.
    case text
    /// One JSON document (`formatVersion` 1) with the counts and one object per package.
    case json

    /// The renderer for this format.
    public var renderer: any BatchSummaryRenderer {
        switch self {
        case .text: return BatchSummaryTextRenderer()
        case .json: return BatchSummaryJSONRenderer()
        }
    }
}
