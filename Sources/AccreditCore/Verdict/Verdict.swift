/// The readiness decision, mirroring DDKM's three outcomes (akkrediteret, akkrediteret med
/// bemærkninger, ikke akkrediteret), plus `undetermined` when something could not be evaluated.
public struct Verdict: Sendable, Hashable {
    public enum Decision: String, Sendable, Codable, Comparable, CaseIterable {
        case ready
        case readyWithRemarks = "ready-with-remarks"
        case notReady = "not-ready"
        case undetermined

        private var order: Int { Self.allCases.firstIndex(of: self)! }
        public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
    }

    public var decision: Decision
    /// True when the policy gives a recommendation only (no automatic decision rule).
    public var advisory: Bool
    /// Why, in words, most important first.
    public var reasons: [LocalisedText]
    /// The smallest set of requirements whose fixing would lift the decision one step.
    public var toChange: [String]
    /// Critical requirements set aside by a valid waiver; a reason names them, and the
    /// package's verdict names them whatever its standard's decision.
    var waivedCritical: [String] = []
}
