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
    public var verifications: [String: [RuleUse]] {
        didSet { queriesManifest = verifications.values.contains { $0.contains(where: \.queriesManifest) } }
    }
    /// Whether some use is an XPath rule, which queries the manifest as a tree. Kept with
    /// `verifications` because every check asks, and scanning tens of thousands of uses each
    /// time cost more than the answer is worth.
    public internal(set) var queriesManifest = false
    public var manual: [String: ManualAssessment]
    public var location: SourceLocation
    public var contentHash: String
}
