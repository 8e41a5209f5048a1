/// A standard as authored in `Standards/`: the concern model or a sector standard.
public struct Standard: Sendable {
    public struct Group: Sendable, Hashable {
        public var id: String
        public var title: LocalisedText
        public var theme: Theme?
        public var kind: String?
        /// Ids of the groups above, outermost first.
        public var parents: [String]
        public var location: SourceLocation? = nil
    }

    public var id: String
    public var version: String
    public var level: Level
    public var title: LocalisedText
    /// For a sector standard, the concern standard its relations point into.
    public var concernStandardID: String?
    public var scales: [String: Scale]
    public var groups: [Group]
    /// In document order.
    public var requirements: [Requirement]
    public var location: SourceLocation
    /// The SHA-256 of the file's bytes, part of the rule-set identity.
    public var contentHash: String

    public func requirement(_ id: String) -> Requirement? { requirements.first { $0.id == id } }
}
