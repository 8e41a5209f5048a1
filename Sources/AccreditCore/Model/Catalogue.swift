/// Everything loaded from `Standards/` and `Rules/`: the standards, the rule sets that verify
/// them, and the identity (ids, versions, content hash) that makes a report traceable.
/// Loaded and checked once per process; immutable and shareable afterwards.
public struct Catalogue: Sendable {
    public var standards: [String: Standard]
    public var ruleSets: [String: RuleSet]
    /// SHA-256 over every loaded file's name and bytes, in a stable order.
    public var contentHash: String

    /// Whether a package claiming `standardIDs` is checked by any XPath rule, which queries
    /// the manifest as a tree (owned by one thread, so such evaluations stay on one core).
    public func queriesManifest(claiming standardIDs: [String]) -> Bool {
        standardIDs.contains { id in
            ruleSet(for: id)?.queriesManifest ?? false
        }
    }

    /// The rule set that verifies `standardID`, if any.
    public func ruleSet(for standardID: String) -> RuleSet? {
        ruleSets.values.first { $0.standardID == standardID }
    }

    /// The standard and requirement with this id, across all standards.
    public func requirement(_ id: String) -> Requirement? {
        requirementIndex[id].flatMap { standards[$0]?.requirement(id) }
    }

    /// Requirement id → standard id.
    public var requirementIndex: [String: String]

    public init(standards: [String: Standard], ruleSets: [String: RuleSet], contentHash: String) {
        self.standards = standards
        self.ruleSets = ruleSets
        self.contentHash = contentHash
        var index: [String: String] = [:]
        index.reserveCapacity(standards.values.reduce(0) { $0 + $1.requirements.count })
        for standard in standards.values {
            for requirement in standard.requirements.indices { index[standard.requirements[requirement].id] = standard.id }
        }
        requirementIndex = index
    }
}
