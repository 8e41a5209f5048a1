import AccreditAuthoring
import AccreditCore

/// A comparison for the terminal: per indicator a heading with its direction and mean, then one
/// aligned line per unit with rank, value, colour and change.
struct ComparisonTextRenderer: ComparisonRenderer {
    func render(_ results: [IndicatorComparison.Result], language l: Language) -> String {
        let number = { (value: Double?) in ComparisonWording.shown(value, l) }
        let signed = { (value: Double?) in ComparisonWording.shownChange(value, l) }
        var out: [String] = []
        for result in results {
            let better =
                result.direction == .higher
                ? (l == .da ? "højere er bedre" : "higher is better")
                : (l == .da ? "lavere er bedre" : "lower is better")
            let previous = result.previousPeriod.map { l == .da ? ", ændring mod \($0)" : ", change since \($0)" } ?? ""
            out.append(
                "\(result.indicator) \(result.period) (\(better)\(previous)); \(l == .da ? "gennemsnit" : "mean") \(number(result.mean))"
            )
            for p in result.placements {
                let rank = p.rank.map { String($0) } ?? "–"
                let value = p.value.map { number($0) } ?? "–"
                let change = p.change.map { "  \(signed($0))" } ?? ""
                out.append(
                    "  \(rank.padding(3)) \(p.unit.padding(24)) \(value.padding(8)) \(ComparisonWording.colourName(p.colour, l))\(change)"
                )
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
