/// The outcome for one requirement.
public enum RequirementStatus: String, Sendable, Codable, CaseIterable, Comparable {
    case met
    case partiallyMet = "partially-met"
    case notMet = "not-met"
    case notApplicable = "not-applicable"
    case waived
    /// A sector requirement the unit does not document itself, covered by a met concern requirement.
    case inherited
    /// Assessed by people (a manual requirement), or the package does not give enough for any
    /// of its rules to judge (too few periods of a series); no automatic status.
    case notAssessed = "not-assessed"
    /// Could not be evaluated (integrity failure, failing rule).
    case error

    /// Counts as fulfilled in the share that decides the verdict.
    public var isFulfilled: Bool { self == .met || self == .inherited }
    /// Counts in the denominator of the share.
    public var isAssessable: Bool { self == .met || self == .inherited || self == .partiallyMet || self == .notMet }
    /// Something the unit still owes.
    public var isGap: Bool { self == .partiallyMet || self == .notMet }

    /// The status in words, for people (reports, messages).
    public var name: LocalisedText {
        switch self {
        case .met: return LocalisedText(da: "opfyldt", en: "met")
        case .partiallyMet: return LocalisedText(da: "delvist opfyldt", en: "partially met")
        case .notMet: return LocalisedText(da: "ikke opfyldt", en: "not met")
        case .notApplicable: return LocalisedText(da: "ikke relevant", en: "not applicable")
        case .waived: return LocalisedText(da: "dispenseret", en: "waived")
        case .inherited: return LocalisedText(da: "arvet", en: "inherited")
        case .notAssessed: return LocalisedText(da: "ikke vurderet", en: "not assessed")
        case .error: return LocalisedText(da: "fejl", en: "error")
        }
    }

    private var order: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
}
