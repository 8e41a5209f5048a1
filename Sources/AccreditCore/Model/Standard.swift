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
    /// When a newer law or standard takes over, and why: packages assessed from then on that
    /// still claim this standard are warned in their verdict.
    public var superseded: Supersession? = nil

    /// A date from which a standard no longer tells the whole story, with the reason.
    public struct Supersession: Sendable, Hashable {
        public var from: Day
        public var reason: LocalisedText
    }

    public func requirement(_ id: String) -> Requirement? { requirements.first { $0.id == id } }
}
