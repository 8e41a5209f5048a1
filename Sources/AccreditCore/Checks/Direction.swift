/// Which way is better for an indicator: a rule says so, because some indicators improve as
/// they rise (satisfaction) and others as they fall (waiting time).
enum Direction: String, Sendable, Hashable, CaseIterable {
    case higher, lower

    /// Whether `a` is better than `b`.
    func isBetter(_ a: Double, than b: Double) -> Bool { self == .higher ? a > b : a < b }

    /// Whether `value` reaches `target` (equal counts).
    func reaches(_ value: Double, _ target: Double) -> Bool { self == .higher ? value >= target : value <= target }

    /// `≥` or `≤`, as targets are written in findings.
    var symbol: String { self == .higher ? "≥" : "≤" }
}
