/// A rule file: how the requirements of one standard are verified, and its decision policy.
/// A rule file without a standard is a library whose rules other files use via `extends`.
public struct RuleSet: Sendable {
    public var id: String
    public var version: String
    public var title: LocalisedText
    public var description: LocalisedText
    public var standardID: String?
    public var extends: [String]
    public var policy: Policy?
    /// Rules defined in this file, by id.
    public var rules: [String: Rule]
    /// Requirement id → the rules verifying it, in file order.
    public var verifications: [String: [RuleUse]]
    public var manual: [String: ManualAssessment]
    public var location: SourceLocation
    public var contentHash: String
}
