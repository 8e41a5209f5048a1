/// How a rule set turns requirement statuses into a verdict.
public struct Policy: Sendable, Hashable {
    public enum Decision: String, Sendable, Codable {
        /// The verdict decides (exit code 1 when not ready).
        case automatic
        /// The verdict is a recommendation only; the social-sector model has no automatic rule.
        case advisory
    }

    public var decision: Decision
    /// Shares in basis points (1.0 = 10 000) so thresholds compare exactly.
    public var readyBasisPoints: Int
    public var readyWithRemarksBasisPoints: Int
    public var critical: [String]
    public var note: LocalisedText
    public var location: SourceLocation

    /// Used for a rule set without a <policy>: everything must be met.
    public static func strict(at location: SourceLocation) -> Policy {
        Policy(
            decision: .automatic, readyBasisPoints: 10_000, readyWithRemarksBasisPoints: 10_000,
            critical: [], note: LocalisedText(), location: location)
    }

    /// Parses a decimal share such as "0.85" into basis points, exactly.
    public static func basisPoints(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isNumber), let whole = Int(parts[0]) else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.allSatisfy(\.isNumber), fraction.count <= 4 else { return nil }
        fraction += String(repeating: "0", count: 4 - fraction.count)
        let value = whole * 10_000 + (Int(fraction) ?? 0)
        return (0...10_000).contains(value) ? value : nil
    }

    /// The number of requirements out of `total` that must be met to reach `basisPoints`.
    public static func required(_ basisPoints: Int, of total: Int) -> Int {
        (basisPoints * total + 9_999) / 10_000
    }
}
