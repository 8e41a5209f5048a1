/// Which level of the municipality a standard belongs to.
public enum Level: String, Sendable, Codable, CaseIterable {
    case concern, sector
}
