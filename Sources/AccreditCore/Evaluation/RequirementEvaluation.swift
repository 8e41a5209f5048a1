/// The status of one requirement on its own: exemptions first, then manual assessment, then
/// its rules. Inheritance from the concern level is decided afterwards, by `OverlapAnalysis`.
enum RequirementEvaluation {
    static func evaluate(
        _ requirement: Requirement, ruleSet: RuleSet,
        context: EvaluationContext
    ) -> (RequirementStatus, [Finding]) {
        var findings: [Finding] = []
        if let exemption = context.package.exemptions[requirement.id] {
            switch ExemptionCheck.judge(exemption, asOf: context.asOf) {
            case .valid(let finding):
                return (exemption.kind == .waiver ? .waived : .notApplicable, [finding])
            case .invalid(let finding):
                findings.append(finding)
            }
        }
        if let manual = ruleSet.manual[requirement.id] {
            findings.append(
                Finding(
                    "manual", .note,
                    LocalisedText(
                        da: "vurderes manuelt: \(manual.reason.text(.da))",
                        en: "assessed manually: \(manual.reason.text(.en))"),
                    at: context.anchor(for: requirement), ruleLocation: manual.location))
            return (.notAssessed, findings)
        }
        let uses = ruleSet.verifications[requirement.id] ?? []
        var worst = CheckOutcome.Result.pass
        var best = CheckOutcome.Result.error
        // By index: a `for` loop would copy each use, retaining every string of its rule.
        uses.withUnsafeBufferPointer { uses in
            for index in uses.indices {
                let outcome = uses[index].prepared.evaluate(uses[index], for: requirement, in: context)
                findings += outcome.findings
                worst = max(worst, outcome.result)
                best = min(best, outcome.result)
            }
        }
        guard !uses.isEmpty else { return (.notAssessed, findings) }
        switch (best, worst) {
        case (_, .error): return (.error, findings)
        case (.pass, .pass): return (.met, findings)
        case (.fail, .fail): return (.notMet, findings)
        default: return (.partiallyMet, findings)
        }
    }
}

/// Whether a not-applicable declaration or waiver holds at the assessment date.
enum ExemptionCheck {
    enum Judgement {
        case valid(Finding)
        case invalid(Finding)
    }

    static func judge(_ exemption: EvaluationPackage.Exemption, asOf: Day) -> Judgement {
        let kindDa = exemption.kind == .waiver ? "dispensationen" : "erklæringen om ikke-relevans"
        let kindEn = exemption.kind == .waiver ? "the waiver" : "the not-applicable declaration"
        if let expires = exemption.expires, expires < asOf {
            return .invalid(
                Finding(
                    "exemption.expired", .gap,
                    LocalisedText(
                        da: "\(kindDa) udløb \(expires) og gælder ikke længere",
                        en: "\(kindEn) expired on \(expires) and no longer applies"),
                    at: exemption.location))
        }
        if exemption.approved > asOf {
            return .invalid(
                Finding(
                    "exemption.not-yet-approved", .gap,
                    LocalisedText(
                        da: "\(kindDa) er godkendt \(exemption.approved), efter vurderingsdatoen",
                        en: "\(kindEn) is approved on \(exemption.approved), after the assessment date"),
                    at: exemption.location))
        }
        let until = exemption.expires.map { (da: " til \($0)", en: " until \($0)") } ?? (da: "", en: "")
        return .valid(
            Finding(
                exemption.kind == .waiver ? "exemption.waived" : "exemption.not-applicable", .note,
                LocalisedText(
                    da: "\(kindDa) er godkendt af \(exemption.approvedBy)\(until.da): \(exemption.justification)",
                    en: "\(kindEn) is approved by \(exemption.approvedBy)\(until.en): \(exemption.justification)"),
                at: exemption.location))
    }
}
