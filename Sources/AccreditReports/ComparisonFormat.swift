import AccreditAuthoring
import AccreditCore

/// The formats of a comparison across units: text for the terminal, CSV for spreadsheets, JSON
/// for scripts and HTML for people.
public enum ComparisonFormat: String, Sendable, CaseIterable {
    /// Aligned lines per indicator for the terminal.
    case text
    /// One row per unit and indicator for spreadsheets.
    case csv
    /// One JSON document (`formatVersion` 1) for scripts.
    case json
    /// A self-contained page with one coloured table per indicator.
    case html

    /// The renderer for this format.
    public var renderer: any ComparisonRenderer {
        switch self {
        case .text: return ComparisonTextRenderer()
        case .csv: return ComparisonCSVRenderer()
        case .json: return ComparisonJSONRenderer()
        case .html: return ComparisonHTMLRenderer()
        }
    }
}
