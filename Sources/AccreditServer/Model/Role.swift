/// What a user may do. Checked on every route and every object, never only in the page.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// Everything, including users, units and the audit log.
    case admin
    /// The concern-level quality coordinator: reads and checks every unit.
    case concern
    /// A unit's quality coordinator: reads and checks the units given to them, nothing else.
    case unit
    /// Managers and politicians: read dashboards and reports of every unit, change nothing.
    case reader

    /// Whether the role reaches every unit (rather than only its own).
    public var seesAllUnits: Bool { self != .unit }

    /// Whether the role may upload packages and edit self-evaluations (of the units it sees).
    public var mayCheck: Bool { self != .reader }
}
