/// A number from a rule file with the text it was written as: findings and `explain` repeat
/// thresholds exactly as authored (`14`, not `14.0`).
struct WrittenNumber: Sendable, Hashable {
    let value: Double
    let text: String
}
