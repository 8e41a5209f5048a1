/// How a sector requirement relates to a concern requirement, declared by the standard's
/// authors so that overlap is computed, never guessed. Read "sector is <type> of concern".
public enum RelationType: String, Sendable, Codable, CaseIterable {
    /// Both ask for the same thing.
    case equal
    /// The concern requirement fully covers the sector one.
    case subset
    /// The sector requirement asks for more than the concern one.
    case superset
    /// They share some ground; neither covers the other.
    case intersects

    /// Whether meeting the concern requirement meets the sector one as well.
    public var concernCoversSector: Bool { self == .equal || self == .subset }
    /// Whether meeting the sector requirement meets the concern one as well.
    public var sectorCoversConcern: Bool { self == .equal || self == .superset }
}

/// One declared relation from a sector requirement to a concern requirement.
public struct Relation: Sendable, Hashable {
    public var sector: String
    public var concern: String
    public var type: RelationType
    public var location: SourceLocation

    public init(sector: String, concern: String, type: RelationType, location: SourceLocation) {
        self.sector = sector
        self.concern = concern
        self.type = type
        self.location = location
    }
}
