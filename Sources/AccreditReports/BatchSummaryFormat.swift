import AccreditCore

/// The formats of a batch run's summary: a table for people, or one JSON document for scripts.
public enum BatchSummaryFormat: String, Sendable, CaseIterable {
    case text, json

    /// The renderer for this format.
    public var renderer: any BatchSummaryRenderer {
        switch self {
        case .text: return BatchSummaryTextRenderer()
        case .json: return BatchSummaryJSONRenderer()
        }
    }
}
