import AccreditCore

/// Which requirements the rule tests exercise both ways: a requirement is covered when one
/// passing expectation says `met` and another says `not-met` or `partially-met`. Requirements
/// marked manual are left out: no package can make rules pass or fail them.
public struct RuleTestCoverage: Sendable {
    public struct Entry: Sendable, Hashable {
        public var requirement: String
        public var standard: String
        public var hasPassingExample: Bool
        public var hasFailingExample: Bool
        public var isCovered: Bool { hasPassingExample && hasFailingExample }
    }

    /// Every verified requirement of every standard with a rule set, by standard id then document order.
    public var entries: [Entry]

    public init(catalogue: Catalogue, results: [RuleTestRunner.CaseResult]) {
        var met: Set<String> = []
        var failing: Set<String> = []
        for result in results {
            for expectation in result.passed {
                if expectation.status == .met { met.insert(expectation.requirement) }
                if expectation.status == .notMet || expectation.status == .partiallyMet {
                    failing.insert(expectation.requirement)
                }
            }
        }
        var entries: [Entry] = []
        for standard in catalogue.standards.values.sorted(by: { $0.id < $1.id }) {
            guard let set = catalogue.ruleSet(for: standard.id) else { continue }
            for requirement in standard.requirements where set.manual[requirement.id] == nil {
                entries.append(
                    Entry(
                        requirement: requirement.id, standard: standard.id,
                        hasPassingExample: met.contains(requirement.id),
                        hasFailingExample: failing.contains(requirement.id)))
            }
        }
        self.entries = entries
    }

    /// Covered requirements in percent, rounded down; 100 when there is nothing to cover.
    public var percent: Int {
        entries.isEmpty ? 100 : entries.filter(\.isCovered).count * 100 / entries.count
    }
}
