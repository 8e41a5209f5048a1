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
                let status: RequirementStatus = exemption.kind == .waiver ? .waived : .notApplicable
                // The rules are applied all the same: an exemption on a requirement the package
                // meets anyway is reported, so that the record does not claim a need it lacks.
                guard ruleSet.manual[requirement.id] == nil,
                    evaluateRules(requirement, ruleSet: ruleSet, context: context).status == .met
                else { return (status, [finding]) }
                return (
                    status,
                    [
                        finding,
                        Finding(
                            "exemption.not-needed", .note,
                            RecordWording.exemptionNotNeeded(exemption.kind, requirement: requirement.id),
                            at: exemption.location),
                    ]
                )
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
        let rules = evaluateRules(requirement, ruleSet: ruleSet, context: context)
        return (rules.status, findings + rules.findings)
    }

    /// The status the requirement's rules give, and their findings.
    private static func evaluateRules(
        _ requirement: Requirement, ruleSet: RuleSet, context: EvaluationContext
    ) -> (status: RequirementStatus, findings: [Finding]) {
        var findings: [Finding] = []
        let uses = ruleSet.verifications[requirement.id] ?? []
        var worst = CheckOutcome.Result.pass
        var best = CheckOutcome.Result.error
        var assessed = 0
        // By index: a `for` loop would copy each use, retaining every string of its rule.
        uses.withUnsafeBufferPointer { uses in
            for index in uses.indices {
                let outcome =
                    uses[index].preparedCheck?.evaluate(uses[index], for: requirement, in: context)
                    ?? unprepared(uses[index], for: requirement, in: context)
                findings += outcome.findings
                guard outcome.result != .notAssessed else { continue }
                assessed += 1
                worst = max(worst, outcome.result)
                best = min(best, outcome.result)
            }
        }
        // No use could judge (or there are none): the status says so rather than guessing.
        guard assessed > 0 else { return (.notAssessed, findings) }
        switch (best, worst) {
        case (_, .error): return (.error, findings)
        case (.pass, .pass): return (.met, findings)
        case (.fail, .fail): return (.notMet, findings)
        default: return (.partiallyMet, findings)
        }
    }
}

extension RequirementEvaluation {
    /// A use whose check could not be prepared (an unknown kind or a wrong parameter). The
    /// loader refuses such a catalogue, so only a catalogue loaded for `lint` can hold one.
    static func unprepared(_ use: RuleUse, for requirement: Requirement, in context: EvaluationContext) -> CheckOutcome {
        CheckOutcome(
            .error,
            [
                use.finding(
                    "check.unprepared", .error,
                    da: "reglen \(use.rule.id) kan ikke bruges: kontroltypen eller en parameter er forkert",
                    en: "rule \(use.rule.id) cannot be used: its check kind or a parameter is wrong",
                    at: context.anchor(for: requirement))
            ])
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
