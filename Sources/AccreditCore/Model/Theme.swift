/// The nine KVIK/CAF themes. Every level uses the same themes, which is what lets accredit
/// see where the concern model and a sector standard cover the same ground.
public enum Theme: String, Sendable, CaseIterable, Codable {
    case leadership, strategy, people, partnerships, processes
    case citizenResults = "citizen-results"
    case peopleResults = "people-results"
    case societyResults = "society-results"
    case keyResults = "key-results"

    /// KL's intent for KIK: sector standards concentrate on processes and key results; the
    /// cross-cutting themes belong to the concern level.
    public var isSectorTheme: Bool { self == .processes || self == .keyResults }
}
