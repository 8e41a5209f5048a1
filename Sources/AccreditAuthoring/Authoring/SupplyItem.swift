import AccreditCore

/// What an evaluation package must contain for one rule use to pass, said in words a quality
/// coordinator understands. `explain` lists these per requirement; `init` writes them into the
/// manifest template. The words come from the check kind (`RuleUse.supply(scale:)`).
public struct SupplyItem: Sendable, Hashable {
    public var check: CheckKind
    public var ruleID: String
    public var step: Int?
    /// Whether the rule reads the requirement's self-assessment answer.
    public var answer: Bool
    /// Evidence kinds the rule accepts.
    public var evidenceKinds: [String]
    /// The indicator the rule reads.
    public var indicator: String?
    public var text: LocalisedText

    /// The items for every rule verifying `requirement` in `catalogue`, in rule-file order.
    public static func items(for requirement: Requirement, in catalogue: Catalogue) -> [SupplyItem] {
        guard let set = catalogue.ruleSet(for: requirement.standardID) else { return [] }
        let scale = requirement.scaleID.flatMap { catalogue.standards[requirement.standardID]?.scales[$0] }
        return (set.verifications[requirement.id] ?? []).map { item(for: $0, scale: scale) }
    }

    static func item(for use: RuleUse, scale: Scale?) -> SupplyItem {
        let supply = use.supply(scale: scale)
        let step = use.step.map { (da: "trin \($0): ", en: "step \($0): ") } ?? (da: "", en: "")
        return SupplyItem(
            check: use.rule.check, ruleID: use.rule.id, step: use.step, answer: supply.answer,
            evidenceKinds: supply.evidenceKinds, indicator: supply.indicator,
            text: LocalisedText(da: step.da + supply.text.text(.da), en: step.en + supply.text.text(.en)))
    }
}
