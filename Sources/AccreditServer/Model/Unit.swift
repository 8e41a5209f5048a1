import AccreditCore

/// A unit of the municipality that runs are checked for: the concern level itself, or a sector
/// unit (a school, a day-care institution, a home-care district) under it. `id` is the unit's id
/// in its packages (`<unit id="…">`), chosen by whoever creates it, so a pipeline can name it.
public struct Unit: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var level: Level
    /// The unit this one sits under (a sector unit under its concern level), if any.
    public var parent: String?

    public init(id: String, name: String, level: Level, parent: String? = nil) {
        self.id = id
        self.name = name
        self.level = level
        self.parent = parent
    }

    /// Whether `id` is a well-formed unit id: the same token a package's `<unit id>` takes, short
    /// enough for a URL path segment.
    public static func isValidID(_ id: String) -> Bool {
        guard (1...100).contains(id.utf8.count), let first = id.unicodeScalars.first,
            first.properties.isAlphabetic || ("0"..."9").contains(first)
        else { return false }
        return id.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
        }
    }
}
