import AccreditAuthoring
import AccreditCore

/// A comparison for spreadsheets: one row per unit and indicator, with codes rather than words,
/// so the language is not used.
struct ComparisonCSVRenderer: ComparisonRenderer {
    func render(_ results: [IndicatorComparison.Result], language: Language) -> String {
        let number = ComparisonWording.number
        let signed = ComparisonWording.signed
        var csv = CSVWriter(lineEnd: "\n")
        csv.row(texts: ["indicator", "period", "direction", "unit", "value", "rank", "colour", "change", "mean"])
        for r in results {
            for p in r.placements {
                // Texts are escaped (and neutralised against spreadsheet formulas); numbers are not,
                // so a negative change stays a number.
                let texts = [r.indicator, r.period, r.direction.rawValue, p.unit].map(CSVWriter.Field.text)
                let numbers = [
                    number(p.value), p.rank.map { String($0) } ?? "", p.colour.rawValue, signed(p.change), number(r.mean),
                ]
                csv.row(texts + numbers.map(CSVWriter.Field.number))
            }
        }
        return csv.text
    }
}
