/// A self-assessment answer on the requirement's scale. Numeric scales: a whole number in
/// range, at least `min` to pass and `partialMin` to count as partly met; cumulative (PDCA)
/// scales also need every lower phase reached. Ordinal scales: a value listed in `accept`,
/// or one the scale marks as meeting.
struct SelfAssessmentCheck: Check {
    static let kind = CheckKind.selfAssessment
    static let min = CheckParameter("min", .number)
    static let partialMin = CheckParameter("partialMin", .number)
    static let accept = CheckParameter("accept", .idList)
    static let parameters: [any CheckParameterSpec] = [min, partialMin, accept]

    /// As written, for the wording.
    let written: WrittenNumber?
    let minimum: Double?
    let partialMinimum: Double?
    let accepted: [String]?

    init(_ arguments: CheckArguments) {
        written = arguments[Self.min]
        minimum = written?.value
        partialMinimum = arguments[Self.partialMin]?.value
        accepted = arguments[Self.accept]
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

    func supply(for use: RuleUse, scale: Scale?) -> CheckSupply {
        let scaleName = scale?.id ?? "?"
        let text: LocalisedText
        switch scale?.kind {
        case .ordinal(let values)?:
            let list = (accepted ?? values.filter(\.meets).map(\.id)).joined(separator: " | ")
            text = LocalisedText(
                da: "et selvevalueringssvar på skalaen \(scaleName): \(list)",
                en: "a self-assessment answer on scale \(scaleName): \(list)")
        case .numeric(_, _, _, let cumulative)?:
            let min = written?.text ?? "?"
            let phases =
                cumulative ? (da: ", med de nåede faser i phases", en: ", with the phases reached in phases") : (da: "", en: "")
            text = LocalisedText(
                da: "et selvevalueringssvar på skalaen \(scaleName): mindst \(min)\(phases.da)",
                en: "a self-assessment answer on scale \(scaleName): at least \(min)\(phases.en)")
        case nil:
            text = LocalisedText(da: "et selvevalueringssvar", en: "a self-assessment answer")
        }
        return CheckSupply(text, answer: true)
    }

    static let examples: [CheckExample] = {
        let numeric =
            #"<scale id="s" min="0" max="100"><band min="0" max="100"><label xml:lang="da">Alt</label><label xml:lang="en">All</label></band></scale>"#
        let ordinal =
            #"<scale id="s"><value id="ja" meets="true"><label xml:lang="da">Ja</label><label xml:lang="en">Yes</label></value>"#
            + #"<value id="delvis"><label xml:lang="da">Delvis</label><label xml:lang="en">Partly</label></value></scale>"#
        func answer(_ score: String) -> String { #"<answer requirement="x.1" score="\#(score)"/>"# }
        let limits = ["min": "60", "partialMin": "30"]
        return [
            CheckExample(
                title: "a score at min", parameters: limits, entries: [answer("60")], scale: numeric,
                outcome: .pass, codes: ["answer.sufficient"]),
            CheckExample(
                title: "a score between partialMin and min", parameters: limits, entries: [answer("45")], scale: numeric,
                outcome: .partial, codes: ["answer.below-minimum"]),
            CheckExample(
                title: "a score below partialMin", parameters: limits, entries: [answer("10")], scale: numeric,
                outcome: .fail, codes: ["answer.below-minimum"]),
            CheckExample(
                title: "a score off the scale", parameters: limits, entries: [answer("101")], scale: numeric,
                outcome: .fail, codes: ["answer.out-of-scale"]),
            CheckExample(
                title: "no answer", parameters: [:], entries: [], scale: numeric, outcome: .fail, codes: ["answer.missing"]),
            CheckExample(
                title: "a value the scale marks as meeting", parameters: [:], entries: [answer("ja")], scale: ordinal,
                outcome: .pass, codes: ["answer.sufficient"]),
            CheckExample(
                title: "a value accept lists", parameters: ["accept": "delvis"], entries: [answer("delvis")], scale: ordinal,
                outcome: .pass, codes: ["answer.sufficient"]),
            CheckExample(
                title: "a value that does not meet", parameters: [:], entries: [answer("delvis")], scale: ordinal,
                outcome: .fail, codes: ["answer.not-meeting"]),
            CheckExample(
                title: "a requirement without a scale", parameters: [:], entries: [answer("ja")],
                outcome: .error, codes: ["answer.no-scale"]),
        ]
    }()
}

extension CheckKind {
    /// A self-assessment answer on the requirement's scale.
    public static let selfAssessment = CheckKind(rawValue: "self-assessment")
}
