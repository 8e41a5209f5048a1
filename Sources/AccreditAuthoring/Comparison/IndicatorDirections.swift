import AccreditCore

/// The direction of each indicator as the indicator rules state it (`direction` parameter).
public enum IndicatorDirections {
    public static func from(_ catalogue: Catalogue) -> [String: IndicatorComparison.Direction] {
        var result: [String: IndicatorComparison.Direction] = [:]
        for set in catalogue.ruleSets.values.sorted(by: { $0.id < $1.id }) {
            for uses in set.verifications.values {
                for use in uses where use.rule.check == .indicator {
                    if let id = use.parameter("indicator"),
                        let direction = use.parameter("direction").flatMap(IndicatorComparison.Direction.init)
                    {
                        result[id] = direction
                    }
                }
            }
        }
        return result
    }
}
