import AccreditCore

/// What an evaluation package must contain for one rule use to pass, said in words a quality
/// coordinator understands. `explain` lists these per requirement; `init` writes them into the
/// manifest template.
public struct SupplyItem: Sendable, Hashable {
    public var check: CheckKind
    public var ruleID: String
    public var step: Int?
    /// Evidence kinds the rule accepts (evidence checks).
    public var evidenceKinds: [String]
    /// The indicator the rule reads (indicator checks).
    public var indicator: String?
    public var text: LocalisedText

    /// The items for every rule verifying `requirement` in `catalogue`, in rule-file order.
    public static func items(for requirement: Requirement, in catalogue: Catalogue) -> [SupplyItem] {
        guard let set = catalogue.ruleSet(for: requirement.standardID) else { return [] }
        let scale = requirement.scaleID.flatMap { catalogue.standards[requirement.standardID]?.scales[$0] }
        return (set.verifications[requirement.id] ?? []).map { item(for: $0, scale: scale) }
    }

    static func item(for use: RuleUse, scale: Scale?) -> SupplyItem {
        let p = use.parameters
        let step = use.step.map { (da: "trin \($0): ", en: "step \($0): ") } ?? (da: "", en: "")
        switch use.rule.check {
        case .evidence:
            let kinds = (p["kind"] ?? "").split(separator: " ").map(String.init)
            let min = p["min"] ?? "1"
            let age =
                p["maxAgeDays"].map { (da: ", højst \($0) dage gammel", en: ", at most \($0) days old") } ?? (da: "", en: "")
            let list = kinds.joined(separator: " | ")
            return SupplyItem(
                check: .evidence, ruleID: use.rule.id, step: use.step, evidenceKinds: kinds, indicator: nil,
                text: LocalisedText(
                    da: step.da + "mindst \(min) dokument af typen \(list)\(age.da)",
                    en: step.en + "at least \(min) evidence document of kind \(list)\(age.en)"))
        case .selfAssessment:
            return SupplyItem(
                check: .selfAssessment, ruleID: use.rule.id, step: use.step, evidenceKinds: [], indicator: nil,
                text: selfAssessmentText(p, scale: scale, step: step))
        case .indicator:
            let id = p["indicator"] ?? "?"
            let op = p["direction"] == "lower" ? "≤" : "≥"
            let unit = p["unit"].map { " \($0)" } ?? ""
            let age =
                p["maxAgeDays"].map {
                    (da: ", for en periode afsluttet højst \($0) dage før", en: ", for a period ended at most \($0) days before")
                }
                ?? (da: "", en: "")
            return SupplyItem(
                check: .indicator, ruleID: use.rule.id, step: use.step, evidenceKinds: [], indicator: id,
                text: LocalisedText(
                    da: step.da + "indikatoren \(id) \(op) \(p["threshold"] ?? "?")\(unit)\(age.da)",
                    en: step.en + "indicator \(id) \(op) \(p["threshold"] ?? "?")\(unit)\(age.en)"))
        case .xpath:
            let title = use.rule.title
            return SupplyItem(
                check: .xpath, ruleID: use.rule.id, step: use.step, evidenceKinds: [], indicator: nil,
                text: LocalisedText(
                    da: step.da + "manifestet opfylder: " + title.text(.da),
                    en: step.en + "the manifest satisfies: " + title.text(.en)))
        }
    }

    private static func selfAssessmentText(_ p: [String: String], scale: Scale?, step: (da: String, en: String)) -> LocalisedText
    {
        let scaleName = scale?.id ?? "?"
        switch scale?.kind {
        case .ordinal(let values)?:
            let accepted = p["accept"].map { $0.split(separator: " ").map(String.init) } ?? values.filter(\.meets).map(\.id)
            let list = accepted.joined(separator: " | ")
            return LocalisedText(
                da: step.da + "et selvevalueringssvar på skalaen \(scaleName): \(list)",
                en: step.en + "a self-assessment answer on scale \(scaleName): \(list)")
        case .numeric(_, _, _, let cumulative)?:
            let min = p["min"] ?? "?"
            let phases =
                cumulative ? (da: ", med de nåede faser i phases", en: ", with the phases reached in phases") : (da: "", en: "")
            return LocalisedText(
                da: step.da + "et selvevalueringssvar på skalaen \(scaleName): mindst \(min)\(phases.da)",
                en: step.en + "a self-assessment answer on scale \(scaleName): at least \(min)\(phases.en)")
        case nil:
            return LocalisedText(da: step.da + "et selvevalueringssvar", en: step.en + "a self-assessment answer")
        }
    }
}
