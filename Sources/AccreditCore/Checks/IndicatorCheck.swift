/// An indicator value against a threshold: `direction` says whether higher or lower is better,
/// `unit` must match when given, and with `maxAgeDays` the period must have ended recently.
struct IndicatorCheck: Check {
    let id: String
    /// As written, so findings repeat it exactly.
    let thresholdText: String
    let threshold: Double
    let higherIsBetter: Bool
    let unit: String?
    let maxAge: Int?

    init(_ parameters: [String: String]) {
        id = parameters["indicator"] ?? ""
        thresholdText = parameters["threshold"] ?? ""
        threshold = Double(thresholdText) ?? .nan
        higherIsBetter = parameters["direction"] != "lower"
        unit = parameters["unit"]
        maxAge = parameters["maxAgeDays"].flatMap { Int($0) }
    }

    func evaluate(_ use: RuleUse, for requirement: Requirement, in context: EvaluationContext) -> CheckOutcome {
        guard let value = context.package.indicators[id] else {
            return CheckOutcome(
                .fail,
                [
                    use.finding(
                        "indicator.missing", .gap, da: "mangler værdi for indikatoren \(id)",
                        en: "no value for indicator \(id)", at: context.anchor(for: requirement))
                ])
        }
        let at = value.location
        if let unit, unit != value.unit {
            return CheckOutcome(
                .fail,
                [
                    use.finding(
                        "indicator.unit", .gap,
                        da: "indikatoren \(id) er opgjort i \"\(value.unit)\", men målet er i \"\(unit)\"",
                        en: "indicator \(id) is given in \"\(value.unit)\", but the target is in \"\(unit)\"", at: at)
                ])
        }
        if value.periodEnd > context.asOf {
            return CheckOutcome(
                .fail,
                [
                    use.finding(
                        "indicator.future", .gap,
                        da: "indikatoren \(id) dækker en periode, der slutter \(value.periodEnd), efter vurderingsdatoen",
                        en: "indicator \(id) covers a period ending \(value.periodEnd), after the assessment date", at: at)
                ])
        }
        if let maxAge, value.periodEnd.days(until: context.asOf) > maxAge {
            return CheckOutcome(
                .fail,
                [
                    use.finding(
                        "indicator.stale", .gap,
                        da: "indikatoren \(id) er fra en periode, der sluttede \(value.periodEnd), mere end \(maxAge) dage før",
                        en: "indicator \(id) is for a period that ended \(value.periodEnd), more than \(maxAge) days before",
                        at: at)
                ])
        }
        let valueUnit = value.unit.isEmpty ? "" : " \(value.unit)"
        let reached = higherIsBetter ? value.value >= threshold : value.value <= threshold
        let op = higherIsBetter ? "≥" : "≤"
        if reached {
            return CheckOutcome(
                .pass,
                [
                    use.finding(
                        "indicator.reached", .passed, da: "\(id) = \(value.text)\(valueUnit) (mål \(op) \(thresholdText))",
                        en: "\(id) = \(value.text)\(valueUnit) (target \(op) \(thresholdText))", at: at)
                ])
        }
        return CheckOutcome(
            .fail,
            [
                use.finding(
                    "indicator.missed", .gap, da: "\(id) = \(value.text)\(valueUnit) når ikke målet \(op) \(thresholdText)",
                    en: "\(id) = \(value.text)\(valueUnit) misses the target \(op) \(thresholdText)", at: at)
            ])
    }
}
