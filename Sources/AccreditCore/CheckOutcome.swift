/// What one rule use concluded about one requirement.
struct CheckOutcome {
    enum Result: Int, Comparable {
        case pass, partial, fail, error
        static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    var result: Result
    var findings: [Finding]

    init(_ result: Result, _ findings: [Finding]) {
        self.result = result
        self.findings = findings
    }
}

/// One kind of check. Each lives in its own file; `CheckRegistry` maps kinds to them.
protocol Check {
    func evaluate(_ use: RuleUse, for requirement: Requirement, in context: EvaluationContext) -> CheckOutcome
}

/// The hand-written registry: an exhaustive switch, so a new kind without a check does not compile.
enum CheckRegistry {
    static func check(for kind: CheckKind) -> any Check {
        switch kind {
        case .evidence: return EvidenceCheck()
        case .selfAssessment: return SelfAssessmentCheck()
        case .indicator: return IndicatorCheck()
        case .xpath: return XPathCheck()
        }
    }
}

extension RuleUse {
    /// A finding attributed to this use.
    func finding(_ code: String, _ kind: Finding.Kind, da: String, en: String, at location: SourceLocation) -> Finding {
        Finding(code, kind, LocalisedText(da: da, en: en), at: location, rule: rule.id, ruleLocation: self.location)
    }
}
