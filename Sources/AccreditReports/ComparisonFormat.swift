import AccreditAuthoring
import AccreditCore

/// The formats of a comparison across units: text for the terminal, CSV for spreadsheets, JSON
/// for scripts and HTML for people.
public enum ComparisonFormat: String, Sendable, CaseIterable {
    case text, csv, json, html

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
