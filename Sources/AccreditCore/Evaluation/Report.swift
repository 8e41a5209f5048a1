/// Everything one evaluation concluded, as plain values. Every reporter renders this and
/// only this, so all formats agree. Deterministic: ordered by standard and document order,
/// no clock, no machine paths beyond what the user passed in.
public struct Report: Sendable {
    public struct Tool: Sendable, Hashable {
        public var name: String
        public var version: String
    }

    /// Which rules produced the report, so two reports can be compared and trusted later.
    public struct RuleSetIdentity: Sendable, Hashable {
        public var id: String
        public var version: String
        public var standard: String
        public var standardVersion: String
        public var contentHash: String
    }

    public struct PackageInfo: Sendable, Hashable {
        public var path: String
        public var manifest: String
        public var organisation: String
        public var unitID: String
        public var unitName: String
        public var unitLevel: Level?
        public var periodStart: Day
        public var periodEnd: Day
    }

    public struct RequirementResult: Sendable, Hashable {
        public var id: String
        public var standard: String
        public var level: Level
        public var theme: Theme?
        public var groupPath: [String]
        public var title: LocalisedText
        public var status: RequirementStatus
        public var critical: Bool
        public var findings: [Finding]
        /// Where the requirement is defined (standard file).
        public var definition: SourceLocation
        /// Where it is documented in the package, if anywhere (answer or first evidence).
        public var location: SourceLocation
    }

    public struct StandardResult: Sendable, Hashable {
        public var id: String
        public var version: String
        public var title: LocalisedText
        public var level: Level
        public var verdict: Verdict
        public var fulfilled: Int
        public var assessable: Int
        public var counts: [RequirementStatus: Int]
    }

    public var tool: Tool
    public var assessmentDate: Day
    public var package: PackageInfo
    public var ruleSets: [RuleSetIdentity]
    public var catalogueHash: String
    public var verdict: Verdict
    public var standards: [StandardResult]
    public var requirements: [RequirementResult]
    public var overlaps: [Overlap]
    /// Sector requirements the unit still has to fulfil itself, in document order.
    public var sectorOwes: [String]
    /// The comparison with an earlier run's report, when the check was given one
    /// (`check --baseline`): every reporter then marks findings new, unchanged or fixed.
    public var baseline: ReportDiff?
    /// Indicators with values for several periods, for charts (HTML).
    public var indicatorSeries: [IndicatorSeries] = []
    /// What the check that made this report keeps alive with it (see `PackageCheck`).
    var retained: Retained?

    /// Number of requirements per status, every status present.
    public var summary: [RequirementStatus: Int] {
        var counts = Dictionary(uniqueKeysWithValues: RequirementStatus.allCases.map { ($0, 0) })
        // By index: a `for` loop would copy each result, retaining every string it holds.
        for index in requirements.indices { counts[requirements[index].status, default: 0] += 1 }
        return counts
    }

    /// True if any requirement could not be evaluated.
    public var hasErrors: Bool { requirements.contains { $0.status == .error } }
}
