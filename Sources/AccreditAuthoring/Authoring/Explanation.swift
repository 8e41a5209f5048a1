import AccreditCore

/// Everything a reader needs to understand one requirement: its texts, where it sits, the
/// rules that verify it (or why it is assessed by hand), what a package must supply, and its
/// declared relations to the other level. Built by `explain`; rendered by the front end.
public struct Explanation: Sendable {
    /// One rule verifying the requirement, with the parameters in force for this use.
    public struct Verification: Sendable, Hashable {
        public struct Parameter: Sendable, Hashable {
            public var name: String
            public var value: String
        }

        public var rule: Rule
        public var step: Int?
        /// Sorted by name.
        public var parameters: [Parameter]
        public var location: SourceLocation
    }

    /// A declared relation seen from this requirement: the requirement at the other level.
    public struct RelatedRequirement: Sendable, Hashable {
        public var id: String
        public var title: LocalisedText
        public var standardID: String
        /// Read "sector is <type> of concern".
        public var type: RelationType
        public var location: SourceLocation
    }

    public var requirement: Requirement
    public var standard: Standard
    public var groupTitles: [LocalisedText]
    public var ruleSetID: String?
    public var verifications: [Verification]
    public var manual: ManualAssessment?
    public var critical: Bool
    public var supply: [SupplyItem]
    public var related: [RelatedRequirement]

    /// The explanation of requirement `id`, or nil if no loaded standard defines it.
    public init?(_ id: String, in catalogue: Catalogue) {
        guard let requirement = catalogue.requirement(id), let standard = catalogue.standards[requirement.standardID] else {
            return nil
        }
        self.requirement = requirement
        self.standard = standard
        groupTitles = requirement.groupPath.compactMap { groupID in standard.groups.first { $0.id == groupID }?.title }
        let set = catalogue.ruleSet(for: standard.id)
        ruleSetID = set?.id
        verifications = (set?.verifications[id] ?? []).map { use in
            Verification(
                rule: use.rule, step: use.step,
                parameters: use.parameters.sorted { $0.key < $1.key }.map {
                    Verification.Parameter(name: $0.key, value: $0.value)
                },
                location: use.location)
        }
        manual = set?.manual[id]
        critical = set?.policy?.critical.contains(id) ?? false
        supply = SupplyItem.items(for: requirement, in: catalogue)
        related = Self.related(to: requirement, in: catalogue)
    }

    /// For a sector requirement its relations; for a concern one the sector requirements
    /// relating to it, by standard id then document order.
    static func related(to requirement: Requirement, in catalogue: Catalogue) -> [RelatedRequirement] {
        if requirement.level == .sector {
            return requirement.relations.map { relation in
                let target = catalogue.requirement(relation.concern)
                return RelatedRequirement(
                    id: relation.concern, title: target?.title ?? LocalisedText(),
                    standardID: target?.standardID ?? "", type: relation.type, location: relation.location)
            }
        }
        var result: [RelatedRequirement] = []
        for standard in catalogue.standards.values.sorted(by: { $0.id < $1.id }) where standard.level == .sector {
            for sector in standard.requirements {
                for relation in sector.relations where relation.concern == requirement.id {
                    result.append(
                        RelatedRequirement(
                            id: sector.id, title: sector.title, standardID: standard.id,
                            type: relation.type, location: relation.location))
                }
            }
        }
        return result
    }
}
