import AccreditAuthoring

/// What `accredit test` renders: the result of every rule-test case and the coverage they give,
/// one value so that a rule-test renderer has one subject like every other renderer.
public struct RuleTestResults: Sendable {
    /// Each case's result, in the order the cases ran.
    public var cases: [RuleTestRunner.CaseResult]
    /// Which requirements the cases exercise both ways.
    public var coverage: RuleTestCoverage

    /// The results of `cases` with the coverage computed from them.
    public init(cases: [RuleTestRunner.CaseResult], coverage: RuleTestCoverage) {
        self.cases = cases
        self.coverage = coverage
    }
}
