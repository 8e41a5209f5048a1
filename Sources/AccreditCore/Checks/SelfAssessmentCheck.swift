/// A self-assessment answer on the requirement's scale. Numeric scales: a whole number in
/// range, at least `min` to pass and `partialMin` to count as partly met; cumulative (PDCA)
/// scales also need every lower phase reached. Ordinal scales: a value listed in `accept`,
/// or one the scale marks as meeting.
struct SelfAssessmentCheck: Check {
    let minimum: Double?
    let partialMinimum: Double?
    let accepted: [String]?

    init(_ parameters: [String: String]) {
        minimum = parameters["min"].flatMap { Double($0) }
        partialMinimum = parameters["partialMin"].flatMap { Double($0) }
        accepted = parameters["accept"].map { $0.split(separator: " ").map(String.init) }
    }

    func evaluate(_ use: RuleUse, for requirement: Requirement, in context: EvaluationContext) -> CheckOutcome {
        guard let answer = context.package.answers[requirement.id] else {
            return CheckOutcome(
                .fail,
                [
                    use.finding(
                        "answer.missing", .gap, da: "mangler selvevalueringssvar",
                        en: "no self-assessment answer", at: context.anchor(for: requirement))
                ])
        }
        guard let scale = requirement.scaleID.flatMap({ context.scale($0, of: requirement.standardID) }) else {
            return CheckOutcome(
                .error,
                [
                    use.finding(
                        "answer.no-scale", .error,
                        da: "kravet har ingen skala at vurdere svaret på",
                        en: "the requirement has no scale to judge the answer on", at: answer.location)
                ])
        }
        switch scale.kind {
        case .numeric(let low, let high, _, let cumulative):
            return numeric(answer, scale: scale, range: low...high, cumulative: cumulative, use: use)
        case .ordinal(let values):
            return ordinal(answer, values: values, scaleID: scale.id, use: use)
        }
    }

    private func numeric(
        _ answer: EvaluationPackage.Answer, scale: Scale, range: ClosedRange<Int>, cumulative: Bool,
        use: RuleUse
    ) -> CheckOutcome {
        let at = answer.location
        guard let score = Int(answer.score), range.contains(score) else {
            return CheckOutcome(
                .fail,
                [
                    use.finding(
                        "answer.out-of-scale", .gap,
                        da: "scoren \"\(answer.score)\" skal være et helt tal fra \(range.lowerBound) til \(range.upperBound)",
                        en: "score \"\(answer.score)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)",
                        at: at)
                ])
        }
        if cumulative, let phases = answer.phases, let band = scale.band(for: score) {
            let missing = scale.requiredPhases(upTo: band).filter { !phases.contains($0) }
            if !missing.isEmpty {
                let list = missing.joined(separator: ", ")
                return CheckOutcome(
                    .fail,
                    [
                        use.finding(
                            "answer.not-cumulative", .gap,
                            da:
                                "scoren \(score) svarer til fasen \(band.phase ?? "?"), men \(list) er ikke nået; scoringen er kumulativ",
                            en:
                                "score \(score) stands for phase \(band.phase ?? "?"), but \(list) is not reached; scoring is cumulative",
                            at: at)
                    ])
            }
        }
        let minimum = self.minimum ?? Double(range.lowerBound)
        let partial = partialMinimum
        if Double(score) >= minimum {
            return CheckOutcome(
                .pass,
                [
                    use.finding(
                        "answer.sufficient", .passed, da: "selvevaluering \(score) (mindst \(format(minimum)))",
                        en: "self-assessment \(score) (at least \(format(minimum)))", at: at)
                ])
        }
        let finding = use.finding(
            "answer.below-minimum", .gap, da: "selvevalueringen \(score) er under \(format(minimum))",
            en: "self-assessment \(score) is below \(format(minimum))", at: at)
        if let partial, Double(score) >= partial { return CheckOutcome(.partial, [finding]) }
        return CheckOutcome(.fail, [finding])
    }

    private func ordinal(_ answer: EvaluationPackage.Answer, values: [Scale.Value], scaleID: String, use: RuleUse) -> CheckOutcome
    {
        let at = answer.location
        guard let value = values.first(where: { $0.id == answer.score }) else {
            let allowed = values.map(\.id).joined(separator: ", ")
            return CheckOutcome(
                .fail,
                [
                    use.finding(
                        "answer.unknown-value", .gap,
                        da: "svaret \"\(answer.score)\" findes ikke på skalaen \(scaleID) (\(allowed))",
                        en: "answer \"\(answer.score)\" is not on scale \(scaleID) (\(allowed))", at: at)
                ])
        }
        if value.notApplicable {
            return CheckOutcome(
                .fail,
                [
                    use.finding(
                        "answer.not-applicable-undeclared", .gap,
                        da:
                            "svaret \"\(value.id)\" kræver en godkendt undtagelse (<exemption type=\"not-applicable\">) med begrundelse",
                        en:
                            "answer \"\(value.id)\" needs an approved exemption (<exemption type=\"not-applicable\">) with a justification",
                        at: at)
                ])
        }
        if accepted.map({ $0.contains(value.id) }) ?? value.meets {
            return CheckOutcome(
                .pass,
                [
                    use.finding(
                        "answer.sufficient", .passed, da: "selvevalueret: \(value.id)",
                        en: "self-assessed: \(value.id)", at: at)
                ])
        }
        return CheckOutcome(
            .fail,
            [
                use.finding(
                    "answer.not-meeting", .gap, da: "selvevalueret som \"\(value.id)\"",
                    en: "self-assessed as \"\(value.id)\"", at: at)
            ])
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
