/// The outcome for one requirement.
public enum RequirementStatus: String, Sendable, Codable, CaseIterable, Comparable {
    case met
    case partiallyMet = "partially-met"
    case notMet = "not-met"
    case notApplicable = "not-applicable"
    case waived
    /// A sector requirement the unit does not document itself, covered by a met concern requirement.
    case inherited
    /// Assessed by people (a manual requirement); no automatic status.
    case notAssessed = "not-assessed"
    /// Could not be evaluated (integrity failure, failing rule).
    case error

    /// Counts as fulfilled in the share that decides the verdict.
    public var isFulfilled: Bool { self == .met || self == .inherited }
    /// Counts in the denominator of the share.
    public var isAssessable: Bool { self == .met || self == .inherited || self == .partiallyMet || self == .notMet }
    /// Something the unit still owes.
    public var isGap: Bool { self == .partiallyMet || self == .notMet }

    private var order: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
}
