/// What one rule use concluded about one requirement.
struct CheckOutcome {
    enum Result: Int, Comparable {
        case pass, partial, fail, error
        /// The package does not give enough to judge (too few periods of a series), which is
        /// not a failure of the unit: the use is left out when its requirement's outcomes
        /// combine, and a requirement whose uses are all left out is `not-assessed`.
        case notAssessed
        static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    var result: Result
    var findings: [Finding]

    init(_ result: Result, _ findings: [Finding]) {
        self.result = result
        self.findings = findings
    }
}

extension RuleUse {
    /// A finding attributed to this use.
    func finding(
        _ code: String, _ kind: Finding.Kind, da: String, en: String, at location: SourceLocation, subject: String? = nil
    ) -> Finding {
        Finding(
            code, kind, LocalisedText(da: da, en: en), at: location, rule: rule.id, ruleLocation: self.location,
            subject: subject)
    }
}
