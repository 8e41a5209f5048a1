/// The formats of rule-test results. Only text so far; a closed enum all the same, so a second
/// format (say JUnit for CI) is one case and one renderer.
public enum RuleTestFormat: String, Sendable, CaseIterable {
    /// PASS or FAIL per case, the counts, then the coverage.
    case text

    /// The renderer for this format; `verbose` lists every requirement's coverage, not only
    /// the uncovered ones.
    public func renderer(verbose: Bool) -> any RuleTestRenderer {
        switch self {
        case .text: return RuleTestTextRenderer(verbose: verbose)
        }
    }
}
