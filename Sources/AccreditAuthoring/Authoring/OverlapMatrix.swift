import AccreditCore

/// The static relation matrix between the concern model and one sector standard, from the
/// declared relations alone (no package): how far each sector requirement is covered by the
/// concern level, what the sector still owes itself, and what has no counterpart.
public struct OverlapMatrix: Sendable {
    /// How far the concern level covers one sector requirement.
    public enum Coverage: String, Sendable, CaseIterable {
        /// An equal or subset relation: meeting the concern requirement meets this one.
        case covered
        /// Only superset or intersecting relations: the concern level covers part of it.
        case partial
        /// No relation to the concern standard.
        case none

        public var name: LocalisedText {
            switch self {
            case .covered: return LocalisedText(da: "dækket", en: "covered")
            case .partial: return LocalisedText(da: "delvist", en: "partial")
            case .none: return LocalisedText(da: "intet modstykke", en: "no counterpart")
            }
        }
    }

    public struct Row: Sendable, Hashable {
        public var sector: Requirement
        public var relations: [Relation]
        public var coverage: Coverage
    }

    public var concern: Standard
    public var sector: Standard
    /// One row per sector requirement, in document order.
    public var rows: [Row]

    public init(concern: Standard, sector: Standard) {
        self.concern = concern
        self.sector = sector
        let concernIDs = Set(concern.requirements.map(\.id))
        rows = sector.requirements.map { requirement in
            let relations = requirement.relations.filter { concernIDs.contains($0.concern) }
            let coverage: Coverage =
                relations.contains { $0.type.concernCoversSector }
                ? .covered
                : relations.isEmpty ? .none : .partial
            return Row(sector: requirement, relations: relations, coverage: coverage)
        }
    }

    /// Sector requirements the sector must document itself: not fully covered by the concern level.
    public var sectorOwes: [Requirement] { rows.filter { $0.coverage != .covered }.map(\.sector) }

    /// Sector requirements with no relation to the concern standard.
    public var sectorWithoutCounterpart: [Requirement] { rows.filter { $0.coverage == .none }.map(\.sector) }

    /// Concern requirements no sector requirement of this standard relates to.
    public var concernWithoutCounterpart: [Requirement] {
        let related = Set(rows.flatMap(\.relations).map(\.concern))
        return concern.requirements.filter { !related.contains($0.id) }
    }

    /// Number of sector requirements per coverage.
    public var counts: [Coverage: Int] {
        var result = Dictionary(uniqueKeysWithValues: Coverage.allCases.map { ($0, 0) })
        for row in rows { result[row.coverage, default: 0] += 1 }
        return result
    }
}
