/// An indicator value against a threshold: `direction` says whether higher or lower is better,
/// `unit` must match when given, and with `maxAgeDays` the period must have ended recently.
/// With values for several periods, the latest is judged.
struct IndicatorCheck: Check {
    static let kind = CheckKind.indicator
    static let indicator = CheckParameter("indicator", .id, required: true)
    static let threshold = CheckParameter("threshold", .number, required: true)
    static let direction = CheckParameter("direction", .direction, required: true)
    static let unit = CheckParameter("unit", .text)
    static let maxAgeDays = CheckParameter("maxAgeDays", .integer)
    static let parameters: [any CheckParameterSpec] = [indicator, threshold, direction, unit, maxAgeDays]

    let id: String
    let threshold: WrittenNumber
    let direction: Direction
    let unit: String?
    let maxAge: Int?

    init(_ arguments: CheckArguments) throws(ParameterRejection) {
        id = try arguments.required(Self.indicator)
        threshold = try arguments.required(Self.threshold)
        direction = try arguments.required(Self.direction)
        unit = arguments[Self.unit]
        maxAge = arguments[Self.maxAgeDays]
    }

    func evaluate(_ use: RuleUse, for requirement: Requirement, in context: EvaluationContext) -> CheckOutcome {
        guard let value = context.package.indicators[id] else {
            return CheckOutcome(
                .fail,
                [
                    use.finding(
                        "indicator.missing", .gap, da: "mangler værdi for indikatoren \(id)",
                        en: "no value for indicator \(id)", at: context.anchor(for: requirement),
                        subject: "indicator:\(id)")
                ])
        }
        let at = value.location
        if value.missing {
            return CheckOutcome(
                .fail,
                [
                    use.finding(
                        "indicator.value-missing", .gap,
                        da:
                            "indikatoren \(id) er markeret som manglende for perioden \(value.periodStart) til \(value.periodEnd)",
                        en: "indicator \(id) is marked missing for the period \(value.periodStart) to \(value.periodEnd)", at: at,
                        subject: "indicator:\(id)@\(value.periodStart)/\(value.periodEnd)")
                ])
        }
        if let unit, unit != value.unit {
            return CheckOutcome(
                .fail,
                [
                    use.finding(
                        "indicator.unit", .gap,
                        da: "indikatoren \(id) er opgjort i \"\(value.unit)\", men målet er i \"\(unit)\"",
                        en: "indicator \(id) is given in \"\(value.unit)\", but the target is in \"\(unit)\"", at: at,
                        subject: "indicator:\(id)")
                ])
        }
        if value.periodEnd > context.asOf {
            return CheckOutcome(
                .fail,
                [
                    use.finding(
                        "indicator.future", .gap,
                        da: "indikatoren \(id) dækker en periode, der slutter \(value.periodEnd), efter vurderingsdatoen",
                        en: "indicator \(id) covers a period ending \(value.periodEnd), after the assessment date", at: at,
                        subject: "indicator:\(id)")
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
                        at: at, subject: "indicator:\(id)")
                ])
        }
        let valueUnit = value.unit.isEmpty ? "" : " \(value.unit)"
        let op = direction.symbol
        if direction.reaches(value.value, threshold.value) {
            return CheckOutcome(
                .pass,
                [
                    use.finding(
                        "indicator.reached", .passed, da: "\(id) = \(value.text)\(valueUnit) (mål \(op) \(threshold.text))",
                        en: "\(id) = \(value.text)\(valueUnit) (target \(op) \(threshold.text))", at: at,
                        subject: "indicator:\(id)")
                ])
        }
        return CheckOutcome(
            .fail,
            [
                use.finding(
                    "indicator.missed", .gap, da: "\(id) = \(value.text)\(valueUnit) når ikke målet \(op) \(threshold.text)",
                    en: "\(id) = \(value.text)\(valueUnit) misses the target \(op) \(threshold.text)", at: at,
                    subject: "indicator:\(id)")
            ])
    }

    func supply(for use: RuleUse, scale: Scale?) -> CheckSupply {
        let unitText = unit.map { " \($0)" } ?? ""
        let age =
            maxAge.map {
                (da: ", for en periode afsluttet højst \($0) dage før", en: ", for a period ended at most \($0) days before")
            }
            ?? (da: "", en: "")
        return CheckSupply(
            LocalisedText(
                da: "indikatoren \(id) \(direction.symbol) \(threshold.text)\(unitText)\(age.da)",
                en: "indicator \(id) \(direction.symbol) \(threshold.text)\(unitText)\(age.en)"),
            indicator: id)
    }

    static let examples: [CheckExample] = {
        let rule = ["indicator": "ventetid", "threshold": "14", "direction": "lower", "unit": "dage"]
        func value(_ text: String, unit: String = "dage", end: String = "2025-12-31") -> String {
            #"<indicator id="ventetid" value="\#(text)" unit="\#(unit)" periodStart="2025-01-01" periodEnd="\#(end)"/>"#
        }
        return [
            CheckExample(
                title: "the threshold itself reaches the target", parameters: rule, entries: [value("14")],
                outcome: .pass, codes: ["indicator.reached"]),
            CheckExample(
                title: "above a lower-is-better threshold", parameters: rule, entries: [value("14.5")],
                outcome: .fail, codes: ["indicator.missed"]),
            CheckExample(title: "no value", parameters: rule, entries: [], outcome: .fail, codes: ["indicator.missing"]),
            CheckExample(
                title: "the latest of several periods is judged", parameters: rule,
                entries: [
                    value("12", end: "2025-12-31"),
                    #"<indicator id="ventetid" value="30" unit="dage" periodStart="2024-01-01" periodEnd="2024-12-31"/>"#,
                ],
                outcome: .pass, codes: ["indicator.reached"]),
            CheckExample(
                title: "the latest period marked missing", parameters: rule,
                entries: [
                    #"<indicator id="ventetid" missing="true" unit="dage" periodStart="2025-01-01" periodEnd="2025-12-31"/>"#,
                    #"<indicator id="ventetid" value="12" unit="dage" periodStart="2024-01-01" periodEnd="2024-12-31"/>"#,
                ],
                outcome: .fail, codes: ["indicator.value-missing"]),
            CheckExample(
                title: "another unit", parameters: rule, entries: [value("1", unit: "uger")],
                outcome: .fail, codes: ["indicator.unit"]),
            CheckExample(
                title: "a period ending after the assessment date", parameters: rule, entries: [value("1", end: "2026-06-30")],
                outcome: .fail, codes: ["indicator.future"]),
            CheckExample(
                title: "older than maxAgeDays", parameters: rule.merging(["maxAgeDays": "30"]) { $1 }, entries: [value("1")],
                outcome: .fail, codes: ["indicator.stale"]),
        ]
    }()
}

extension CheckKind {
    /// An indicator value against a threshold, higher or lower being better.
    public static let indicator = CheckKind(rawValue: "indicator")
}
