import AccreditCore

/// Compares indicator values across units the way KKiK presents key figures: per indicator,
/// every unit with a value is ranked by the indicator's direction and coloured by its place:
/// green among the best 25 %, red among the worst 25 %, yellow in between, grey without data.
/// The colour says where a unit stands relative to the others, not whether the value is good.
///
/// Ranks are competition ranks: tied values share the best rank among them, so a tie never
/// splits equal values over two colours. A unit is green when its rank from the top is at most
/// n/4 (n = units with a value) and red when its rank from the bottom is at most n/4; green wins
/// if both hold. With fewer than four units nobody is green or red. The mean is the unweighted
/// mean of the units with a value (as Kolada's group means are); the change is against the same
/// unit's value in the previous period, when it has one.
public struct IndicatorComparison: Sendable {
    public enum Direction: String, Sendable, Codable {
        case higher, lower
    }

    public enum Colour: String, Sendable, Codable, CaseIterable {
        case green, yellow, red, grey
    }

    /// One observed value: unit, indicator, period label (e.g. "2025"), value (nil = missing).
    public struct Observation: Sendable, Hashable {
        public var unit: String
        public var indicator: String
        public var period: String
        public var value: Double?

        public init(unit: String, indicator: String, period: String, value: Double?) {
            self.unit = unit
            self.indicator = indicator
            self.period = period
            self.value = value
        }
    }

    public struct Placement: Sendable, Hashable {
        public var unit: String
        public var value: Double?
        /// 1 is best; nil without a value.
        public var rank: Int?
        public var colour: Colour
        /// Value minus the previous period's value, when both exist.
        public var change: Double?
    }

    public struct Result: Sendable, Hashable {
        public var indicator: String
        public var direction: Direction
        public var period: String
        public var previousPeriod: String?
        public var mean: Double?
        /// Best first; units without a value last, by name.
        public var placements: [Placement]
    }

    public var observations: [Observation]
    /// Indicator id → direction; indicators not listed are taken as higher-is-better.
    public var directions: [String: Direction]

    public init(observations: [Observation], directions: [String: Direction]) {
        self.observations = observations
        self.directions = directions
    }

    /// One result per indicator, for its latest period, indicators in name order.
    public func compare() -> [Result] {
        let byIndicator = Dictionary(grouping: observations, by: \.indicator)
        return byIndicator.keys.sorted().map { indicator in
            let rows = byIndicator[indicator]!
            let periods = Set(rows.map(\.period)).sorted()
            let latest = periods.last!
            let previous = periods.dropLast().last
            let direction = directions[indicator] ?? .higher
            let units = Set(rows.map(\.unit)).sorted()
            func value(_ unit: String, _ period: String?) -> Double? {
                guard let period else { return nil }
                return rows.first { $0.unit == unit && $0.period == period }?.value
            }
            let present = units.compactMap { unit in value(unit, latest).map { (unit, $0) } }
            let n = present.count
            func better(_ a: Double, than b: Double) -> Bool { direction == .higher ? a > b : a < b }
            var placements = units.map { unit -> Placement in
                guard let v = value(unit, latest) else {
                    return Placement(unit: unit, value: nil, rank: nil, colour: .grey, change: nil)
                }
                let rank = 1 + present.filter { better($0.1, than: v) }.count
                let rankFromBottom = 1 + present.filter { better(v, than: $0.1) }.count
                let colour: Colour = rank * 4 <= n ? .green : rankFromBottom * 4 <= n ? .red : .yellow
                return Placement(
                    unit: unit, value: v, rank: rank, colour: colour,
                    change: value(unit, previous).map { v - $0 })
            }
            placements.sort { a, b in
                switch (a.rank, b.rank) {
                case (let x?, let y?): return x != y ? x < y : a.unit < b.unit
                case (_?, nil): return true
                case (nil, _?): return false
                case (nil, nil): return a.unit < b.unit
                }
            }
            let mean = n == 0 ? nil : present.map(\.1).reduce(0, +) / Double(n)
            return Result(
                indicator: indicator, direction: direction, period: latest, previousPeriod: previous,
                mean: mean, placements: placements)
        }
    }
}
