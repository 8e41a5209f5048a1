/// The languages accredit speaks. Every text a user reads exists in both.
public enum Language: String, Sendable, CaseIterable, Codable {
    case da, en

    /// The other language, used when a text is missing in this one.
    public var fallback: Language { self == .da ? .en : .da }
}
