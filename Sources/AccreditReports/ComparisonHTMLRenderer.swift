import AccreditAuthoring
import AccreditCore

/// A comparison as a self-contained page: one table per indicator, each unit's row in its colour.
struct ComparisonHTMLRenderer: ComparisonRenderer {
    func render(_ results: [IndicatorComparison.Result], language l: Language) -> String {
        let escape = Escape.html
        let number = { (value: Double?) in ComparisonWording.shown(value, l) }
        let signed = { (value: Double?) in ComparisonWording.shownChange(value, l) }
        var body = ""
        for r in results {
            body +=
                "<section><h2>\(escape(r.indicator)) \(escape(r.period))</h2><p>\(l == .da ? "Gennemsnit" : "Mean"): \(number(r.mean))</p>"
            body += "<table><thead><tr><th>#</th><th>\(l == .da ? "Enhed" : "Unit")</th><th>\(l == .da ? "Værdi" : "Value")</th>"
            body += "<th>\(l == .da ? "Ændring" : "Change")</th></tr></thead><tbody>"
            for p in r.placements {
                let colour = escape(ComparisonWording.colourName(p.colour, l))
                body += "<tr class=\"\(p.colour.rawValue)\" title=\"\(colour)\"><td>\(p.rank.map { String($0) } ?? "–")</td>"
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
