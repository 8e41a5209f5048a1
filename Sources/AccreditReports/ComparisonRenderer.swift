import AccreditAuthoring
import AccreditCore

/// Renders a KKiK-style comparison across units in text, CSV, JSON or HTML.
public enum ComparisonFormat: String, Sendable, CaseIterable {
    case text, csv, json, html
}

public struct ComparisonRenderer: Sendable {
    public init() {}

    public func render(_ results: [IndicatorComparison.Result], format: ComparisonFormat, language l: Language) -> String {
        switch format {
        case .text: return text(results, l)
        case .csv: return csv(results)
        case .json: return json(results)
        case .html: return html(results, l)
        }
    }

    private func number(_ value: Double?) -> String {
        guard let value else { return "" }
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private func signed(_ value: Double?) -> String {
        guard let value else { return "" }
        return (value > 0 ? "+" : "") + number(value)
    }

    private func colourName(_ colour: IndicatorComparison.Colour, _ l: Language) -> String {
        switch (colour, l) {
        case (.green, .en): return "green (best 25 %)"
        case (.green, .da): return "grøn (bedste 25 %)"
        case (.yellow, .en): return "yellow (middle 50 %)"
        case (.yellow, .da): return "gul (midterste 50 %)"
        case (.red, .en): return "red (worst 25 %)"
        case (.red, .da): return "rød (dårligste 25 %)"
        case (.grey, .en): return "grey (no data)"
        case (.grey, .da): return "grå (ingen data)"
        }
    }

    private func text(_ results: [IndicatorComparison.Result], _ l: Language) -> String {
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
                out.append("  \(rank.padding(3)) \(p.unit.padding(24)) \(value.padding(8)) \(colourName(p.colour, l))\(change)")
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    private func csv(_ results: [IndicatorComparison.Result]) -> String {
        var rows = ["indicator,period,direction,unit,value,rank,colour,change,mean"]
        for r in results {
            for p in r.placements {
                // Texts are escaped (and neutralised against spreadsheet formulas); numbers are not,
                // so a negative change stays a number.
                let texts = [r.indicator, r.period, r.direction.rawValue, p.unit].map(Escape.csv)
                let numbers = [
                    number(p.value), p.rank.map { String($0) } ?? "", p.colour.rawValue, signed(p.change), number(r.mean),
                ]
                rows.append((texts + numbers).joined(separator: ","))
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    private func json(_ results: [IndicatorComparison.Result]) -> String {
        func double(_ value: Double?) -> JSONValue { value.map { .string(number($0)) } ?? .null }
        return JSONValue.object([
            "formatVersion": .int(1),
            "indicators": .array(
                results.map { r in
                    .object([
                        "indicator": .string(r.indicator), "period": .string(r.period),
                        "direction": .string(r.direction.rawValue),
                        "previousPeriod": r.previousPeriod.map(JSONValue.string) ?? .null, "mean": double(r.mean),
                        "units": .array(
                            r.placements.map { p in
                                .object([
                                    "unit": .string(p.unit), "value": double(p.value), "rank": p.rank.map(JSONValue.int) ?? .null,
                                    "colour": .string(p.colour.rawValue), "change": double(p.change),
                                ])
                            }),
                    ])
                }),
        ]).serialized()
    }

    private func html(_ results: [IndicatorComparison.Result], _ l: Language) -> String {
        let escape = Escape.html
        var body = ""
        for r in results {
            body +=
                "<section><h2>\(escape(r.indicator)) \(escape(r.period))</h2><p>\(l == .da ? "Gennemsnit" : "Mean"): \(number(r.mean))</p>"
            body += "<table><thead><tr><th>#</th><th>\(l == .da ? "Enhed" : "Unit")</th><th>\(l == .da ? "Værdi" : "Value")</th>"
            body += "<th>\(l == .da ? "Ændring" : "Change")</th></tr></thead><tbody>"
            for p in r.placements {
                body +=
                    "<tr class=\"\(p.colour.rawValue)\" title=\"\(escape(colourName(p.colour, l)))\"><td>\(p.rank.map { String($0) } ?? "–")</td>"
                body += "<td>\(escape(p.unit))</td><td>\(p.value.map { number($0) } ?? "–")</td><td>\(signed(p.change))</td></tr>"
            }
            body += "</tbody></table></section>"
        }
        let title = l == .da ? "Sammenligning af nøgletal" : "Key indicator comparison"
        return """
            <!DOCTYPE html><html lang="\(l.rawValue)"><head><meta charset="utf-8"><title>\(title)</title><style>
            body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{padding:.3em .8em;border-bottom:1px solid #ccc}
            tr.green td{background:#cdeccd}tr.yellow td{background:#fff3b0}tr.red td{background:#f6c4c4}tr.grey td{background:#e4e4e4;color:#555}
            </style></head><body><h1>\(title)</h1>\(body)</body></html>

            """
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
