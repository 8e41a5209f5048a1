/// The formats of a catalogue diff: text for people, JSON for scripts.
public enum CatalogueDiffFormat: String, Sendable, CaseIterable {
    /// The differences grouped by what they concern, for people.
    case text
    /// One JSON document with every difference and the counts, for scripts.
    case json

    /// The renderer for this format. `old` and `new` name the two versions as the user gave
    /// them (their folders or files); the diff itself does not know where it came from.
    public func renderer(old: String, new: String) -> any CatalogueDiffRenderer {
        switch self {
        case .text: return CatalogueDiffTextRenderer(old: old, new: new)
        case .json: return CatalogueDiffJSONRenderer(old: old, new: new)
        }
    }
}
