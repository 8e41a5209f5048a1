/// The nine KVIK/CAF themes. Every level uses the same themes, which is what lets accredit
/// see where the concern model and a sector standard cover the same ground.
public enum Theme: String, Sendable, CaseIterable, Codable {
    case leadership, strategy, people, partnerships, processes
    case citizenResults = "citizen-results"
    case peopleResults = "people-results"
    case societyResults = "society-results"
    case keyResults = "key-results"

    /// The themes KL's 2008 position would leave to sector models: KL argued that sector models
    /// should concentrate *mainly* on processes and key results, with the cross-cutting themes
    /// at concern level. A position, not a rule: `lint` only warns.
    public var isSectorTheme: Bool { self == .processes || self == .keyResults }
}
