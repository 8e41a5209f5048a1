/// What a quality coordinator submitted: the manifest's content as plain values.
public struct EvaluationPackage: Sendable {
    public struct Claim: Sendable, Hashable {
        public var standard: String
        public var version: String
        public var location: SourceLocation
    }

    public struct Answer: Sendable, Hashable {
        public var requirement: String
        public var score: String
        public var phases: [String]?
        public var comment: String
        public var location: SourceLocation
    }

    public struct Evidence: Sendable, Hashable {
        public var id: String
        public var requirements: [String]
        public var kind: String
        /// As written in the manifest, relative to the package folder.
        public var path: String
        public var issued: Day
        public var expires: Day?
        public var sha256: String?
        public var title: String
        public var location: SourceLocation
    }

    public struct IndicatorValue: Sendable, Hashable {
        public var id: String
        /// Not a number when the value is marked missing.
        public var value: Double
        /// The value as written, so reports repeat it exactly.
        public var text: String
        public var unit: String
        public var periodStart: Day
        public var periodEnd: Day
        public var location: SourceLocation
        /// Marked missing in the manifest (`missing="true"`): not measured, which is not a zero.
        public var missing = false
    }

    public struct Exemption: Sendable, Hashable {
        public enum Kind: String, Sendable, Codable { case notApplicable = "not-applicable", waiver }
        public var requirement: String
        public var kind: Kind
        public var justification: String
        public var approvedBy: String
        public var approved: Day
        public var expires: Day?
        public var location: SourceLocation
    }

    /// The package folder as the user named it.
    public var root: String
    /// The manifest as shown in locations.
    public var manifest: String
    public var organisation: String
    public var organisationID: String?
    public var unitID: String
    public var unitName: String
    public var unitLevel: Level?
    public var assessmentDate: Day
    public var periodStart: Day
    public var periodEnd: Day
    public var claims: [Claim]
    public var answers: [String: Answer]
    public var evidence: [Evidence]
    /// Requirement id → indices into `evidence`, in manifest order.
    public var evidenceByRequirement: [String: [Int]]
    /// Every evidence path, once, and whether some entry declares its SHA-256: such a file is
    /// hashed whichever entry asks first, so results do not depend on the order of checks.
    public var evidenceFiles: [String: Bool] = [:]
    /// Indicator id → its value for the latest period (the one ending last).
    public var indicators: [String: IndicatorValue]
    /// Indicator id → its values for every period, oldest first (by end, then start). Only
    /// indicators with values for more than one period are here; the others are in
    /// `indicators` alone, so a large package does not keep every value twice.
    public var indicatorSeries: [String: [IndicatorValue]] = [:]
    public var exemptions: [String: Exemption]
    public var location: SourceLocation

    /// The values of indicator `id` for every period, oldest first.
    public func series(_ id: String) -> [IndicatorValue] {
        indicatorSeries[id] ?? indicators[id].map { [$0] } ?? []
    }

    /// Whether the package documents `requirement` itself (an answer or evidence).
    public func documents(_ requirement: String) -> Bool {
        answers[requirement] != nil || evidenceByRequirement[requirement] != nil
    }
}
