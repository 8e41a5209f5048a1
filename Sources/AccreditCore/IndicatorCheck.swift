/// An indicator value against a threshold: `direction` says whether higher or lower is better,
/// `unit` must match when given, and with `maxAgeDays` the period must have ended recently.
struct IndicatorCheck: Check {
    func evaluate(_ use: RuleUse, for requirement: Requirement, in context: EvaluationContext) -> CheckOutcome {
        let id = use.parameter("indicator") ?? ""
        let thresholdText = use.parameter("threshold") ?? ""
        let threshold = Double(thresholdText) ?? .nan
        let higherIsBetter = use.parameter("direction") != "lower"
        guard let value = context.package.indicators[id] else {
            return CheckOutcome(.fail, [use.finding("indicator.missing", .gap, da: "mangler værdi for indikatoren \(id)",
                                                    en: "no value for indicator \(id)", at: context.anchor(for: requirement))])
        }
        let at = value.location
        if let unit = use.parameter("unit"), unit != value.unit {
            return CheckOutcome(.fail, [use.finding("indicator.unit", .gap,
                                                    da: "indikatoren \(id) er opgjort i \"\(value.unit)\", men målet er i \"\(unit)\"",
                                                    en: "indicator \(id) is given in \"\(value.unit)\", but the target is in \"\(unit)\"", at: at)])
        }
        if value.periodEnd > context.asOf {
            return CheckOutcome(.fail, [use.finding("indicator.future", .gap,
                                                    da: "indikatoren \(id) dækker en periode, der slutter \(value.periodEnd), efter vurderingsdatoen",
                                                    en: "indicator \(id) covers a period ending \(value.periodEnd), after the assessment date", at: at)])
        }
        if let maxAge = use.parameter("maxAgeDays").flatMap({ Int($0) }), value.periodEnd.days(until: context.asOf) > maxAge {
            return CheckOutcome(.fail, [use.finding("indicator.stale", .gap,
                                                    da: "indikatoren \(id) er fra en periode, der sluttede \(value.periodEnd), mere end \(maxAge) dage før",
                                                    en: "indicator \(id) is for a period that ended \(value.periodEnd), more than \(maxAge) days before", at: at)])
        }
        let unit = value.unit.isEmpty ? "" : " \(value.unit)"
        let reached = higherIsBetter ? value.value >= threshold : value.value <= threshold
        let op = higherIsBetter ? "≥" : "≤"
        if reached {
            return CheckOutcome(.pass, [use.finding("indicator.reached", .passed, da: "\(id) = \(value.text)\(unit) (mål \(op) \(thresholdText))",
                                                    en: "\(id) = \(value.text)\(unit) (target \(op) \(thresholdText))", at: at)])
        }
        return CheckOutcome(.fail, [use.finding("indicator.missed", .gap, da: "\(id) = \(value.text)\(unit) når ikke målet \(op) \(thresholdText)",
                                                en: "\(id) = \(value.text)\(unit) misses the target \(op) \(thresholdText)", at: at)])
    }
}
