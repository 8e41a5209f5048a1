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

/// One kind of check, with its parameters already parsed. Each lives in its own file;
/// `PreparedCheck` maps kinds to them.
protocol Check: Sendable, Hashable {
    /// Parses the parameters of a use; the catalogue has checked their types.
    init(_ parameters: [String: String])
    func evaluate(_ use: RuleUse, for requirement: Requirement, in context: EvaluationContext) -> CheckOutcome
}

/// The check a rule use runs, prepared once when the catalogue is loaded. An exhaustive
/// switch, so a new kind without a check does not compile, and no existential box per call.
enum PreparedCheck: Sendable, Hashable {
    case evidence(EvidenceCheck)
    case selfAssessment(SelfAssessmentCheck)
    case indicator(IndicatorCheck)
    case xpath(XPathCheck)

    init(_ kind: CheckKind, _ parameters: [String: String]) {
        switch kind {
        case .evidence: self = .evidence(EvidenceCheck(parameters))
        case .selfAssessment: self = .selfAssessment(SelfAssessmentCheck(parameters))
        case .indicator: self = .indicator(IndicatorCheck(parameters))
        case .xpath: self = .xpath(XPathCheck(parameters))
        }
    }

    func evaluate(_ use: RuleUse, for requirement: Requirement, in context: EvaluationContext) -> CheckOutcome {
        switch self {
        case .evidence(let check): return check.evaluate(use, for: requirement, in: context)
        case .selfAssessment(let check): return check.evaluate(use, for: requirement, in: context)
        case .indicator(let check): return check.evaluate(use, for: requirement, in: context)
        case .xpath(let check): return check.evaluate(use, for: requirement, in: context)
        }
    }
}

extension RuleUse {
    /// A finding attributed to this use.
    func finding(_ code: String, _ kind: Finding.Kind, da: String, en: String, at location: SourceLocation) -> Finding {
        Finding(code, kind, LocalisedText(da: da, en: en), at: location, rule: rule.id, ruleLocation: self.location)
    }
}
