/// One requirement of a standard: a CAF subcriterion, a DDKM standard, a legal content item.
public struct Requirement: Sendable, Hashable {
    /// A DDKM-style step (guidelines, implementation, monitoring, improvement).
    public struct Step: Sendable, Hashable {
        public var number: Int
        public var kind: String
        public var text: LocalisedText
    }

    /// How closely the title follows an official source.
    public enum Wording: String, Sendable, Codable {
        case confirmed, paraphrase, unconfirmed
    }

    public var id: String
    public var standardID: String
    public var level: Level
    public var theme: Theme?
    /// The ids of the groups above it, outermost first (criterion, sub-group...).
    public var groupPath: [String]
    public var title: LocalisedText
    public var text: LocalisedText
    public var steps: [Step]
    public var relations: [Relation]
    public var scaleID: String?
    public var wording: Wording
    public var location: SourceLocation
}
