import AccreditCore

/// The formats of rule-test results: text for people, and the CI formats `check` writes too.
public enum RuleTestFormat: String, Sendable, CaseIterable {
    /// PASS or FAIL per case, the counts, then the coverage.
    case text
    /// One JSON document: the counts and coverage, and each case with its failures.
    case json
    /// SARIF 2.1.0: one result per expectation that does not hold, at its line.
    case sarif
    /// JUnit XML: one test case per rule-test case.
    case junit
    /// GitHub Actions annotations at each failed expectation's line.
    case github

    /// The renderer for this format; `verbose` lists every requirement's coverage, not only
    /// the uncovered ones.
    public func renderer(verbose: Bool) -> any RuleTestRenderer {
        switch self {
        case .text: return RuleTestTextRenderer(verbose: verbose)
        case .json, .sarif, .junit, .github: return RuleTestCIRenderer(format: AuthoringOutput.Format(rawValue: rawValue)!)
        }
    }
}

/// Rule-test results in a CI format (see `AuthoringOutput`).
struct RuleTestCIRenderer: RuleTestRenderer {
    let format: AuthoringOutput.Format

    func render(_ tests: RuleTestResults, language l: Language) -> String {
        AuthoringOutput(tests: tests, language: l).render(format, l)
    }
}
