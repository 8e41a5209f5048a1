/// How one declared concern/sector relation played out in this package.
public struct Overlap: Sendable, Hashable {
    public enum State: String, Sendable, Codable, CaseIterable {
        /// The sector unit does not document the requirement; the met concern requirement covers it.
        case inherited
        /// Both levels document and meet it although one covers the other: duplicate work.
        case duplicated
        /// Both met, each covering its own part (superset or intersecting relations).
        case complementary
        /// The levels disagree: met at one, documented and not met at the other, where the
        /// relation says one implies the other.
        case conflicting
        /// The sector meets its requirement, the concern level does not meet the related one.
        case concernGap = "concern-gap"
        /// The sector still owes its requirement: the concern level does not cover it.
        case sectorOwes = "sector-owes"
        /// One side is not applicable, waived, manual or in error: nothing to compare.
        case notComparable = "not-comparable"
    }

    public var concern: String
    public var sector: String
    public var relation: RelationType
    public var state: State
    public var concernStatus: RequirementStatus
    public var sectorStatus: RequirementStatus
    public var message: LocalisedText
    public var location: SourceLocation
}
