/// An indicator with values for several periods, as a report shows it: its values in period
/// order (a value marked missing has none), and what the rules of the claimed standards say
/// about it: which way is better and the threshold or target it must reach. The HTML report
/// draws each as a small line chart.
public struct IndicatorSeries: Sendable, Hashable {
    public struct Point: Sendable, Hashable {
        public var periodStart: Day
        public var periodEnd: Day
        /// Nil when the value is marked missing (not a zero).
        public var value: Double?
        /// As written in the manifest.
        public var text: String
    }

    public var id: String
    public var unit: String
    public var points: [Point]
    /// `higher` or `lower` is better, when a rule says.
    public var direction: String?
    /// The threshold (an `indicator` rule) or target (a `trend` rule's `target`), if any.
    public var goal: Double?
    public var goalText: String?

    /// The series of `package` with more than one period, in id order, with the direction and
    /// goal of the first rule use in `ruleSets` that reads each.
    static func collect(_ package: EvaluationPackage, ruleSets: [RuleSet]) -> [IndicatorSeries] {
        guard !package.indicatorSeries.isEmpty else { return [] }
        var judged: [String: (direction: Direction, goal: WrittenNumber?)] = [:]
        for set in ruleSets {
            for id in set.verifications.keys.sorted() {
                for use in set.verifications[id] ?? [] {
                    // A use with a goal wins over one without; otherwise the first use counts.
                    var found: (id: String, direction: Direction, goal: WrittenNumber?)?
                    if let check = use.prepared as? IndicatorCheck { found = (check.id, check.direction, check.threshold) }
                    if let check = use.prepared as? TrendCheck { found = (check.id, check.direction, check.goal?.target) }
                    guard let found, judged[found.id] == nil || (judged[found.id]?.goal == nil && found.goal != nil) else {
                        continue
                    }
                    judged[found.id] = (found.direction, found.goal)
                }
            }
        }
        return package.indicatorSeries.keys.sorted().map { id in
            let values = package.indicatorSeries[id] ?? []
            let rule = judged[id]
            return IndicatorSeries(
                id: id, unit: values.last?.unit ?? "",
                points: values.map {
                    Point(periodStart: $0.periodStart, periodEnd: $0.periodEnd, value: $0.missing ? nil : $0.value, text: $0.text)
                },
                direction: rule?.direction.rawValue, goal: rule?.goal?.value, goalText: rule?.goal?.text)
        }
    }
}
