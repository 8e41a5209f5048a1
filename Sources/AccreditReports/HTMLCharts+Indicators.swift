import AccreditCore

extension HTMLCharts {
    /// A small line chart of one indicator's series: a point per period (a gap where a value is
    /// marked missing), the threshold or target as a dashed line, and an arrow saying which way
    /// is better. The figure's caption says the same in words, for readers without the picture.
    static func indicatorLine(_ series: IndicatorSeries, _ l: Language) -> String {
        let h = Escape.html
        let width = 320.0
        let height = 120.0
        let pad = 28.0
        let values = series.points.compactMap(\.value) + (series.goal.map { [$0] } ?? [])
        let low = values.min() ?? 0
        let high = values.max() ?? 1
        let span = high > low ? high - low : 1
        func x(_ index: Int) -> Double {
            series.points.count > 1 ? pad + Double(index) * (width - 2 * pad) / Double(series.points.count - 1) : width / 2
        }
        func y(_ value: Double) -> Double { height - pad / 2 - (value - low) / span * (height - pad * 1.5) }
        let unit = series.unit.isEmpty ? "" : " " + series.unit
        let better =
            series.direction.map {
                $0 == "higher"
                    ? (l == .da ? "højere er bedre" : "higher is better") : (l == .da ? "lavere er bedre" : "lower is better")
            }
        let goal = series.goalText.map { (l == .da ? "mål " : "target ") + $0 + unit }
        let words = series.points.map { point in
            "\(point.periodStart)–\(point.periodEnd): "
                + (point.value == nil ? (l == .da ? "mangler" : "missing") : point.text + unit)
        }
        let caption = ([series.id] + [better, goal].compactMap { $0 }).joined(separator: " · ")
        var out = [#"<figure class="indicator-series" data-indicator="\#(h(series.id))">"#]
        out.append(
            #"<svg class="chart" role="img" aria-label="\#(h(caption + ": " + words.joined(separator: "; ")))" viewBox="0 0 \#(Int(width)) \#(Int(height))" width="\#(Int(width))" height="\#(Int(height))" xmlns="http://www.w3.org/2000/svg">"#
        )
        if let value = series.goal {
            out.append(
                #"<line x1="\#(coordinate(pad))" x2="\#(coordinate(width - pad))" y1="\#(coordinate(y(value)))" y2="\#(coordinate(y(value)))" stroke="currentColor" stroke-dasharray="4 3" opacity="0.6"><title>\#(h(goal ?? ""))</title></line>"#
            )
        }
        // Consecutive values are joined; a missing value breaks the line.
        var run: [String] = []
        func flush() {
            if run.count > 1 {
                out.append(
                    #"<polyline fill="none" stroke="currentColor" stroke-width="2" points="\#(run.joined(separator: " "))"/>"#)
            }
            run = []
        }
        for (index, point) in series.points.enumerated() {
            guard let value = point.value else {
                flush()
                continue
            }
            run.append("\(coordinate(x(index))),\(coordinate(y(value)))")
        }
        flush()
        for (index, point) in series.points.enumerated() {
            if let value = point.value {
                out.append(
                    #"<circle cx="\#(coordinate(x(index)))" cy="\#(coordinate(y(value)))" r="3.5" fill="currentColor"><title>\#(h(words[index]))</title></circle>"#
                )
            }
            out.append(
                #"<text x="\#(coordinate(x(index)))" y="\#(Int(height) - 2)" text-anchor="middle" font-size="10">\#(h(String(point.periodEnd.description.prefix(4))))</text>"#
            )
        }
        if let direction = series.direction {
            out.append(
                #"<text x="\#(Int(width) - 4)" y="14" text-anchor="end" font-size="12">\#(direction == "higher" ? "↑" : "↓")<title>\#(h(better ?? ""))</title></text>"#
            )
        }
        out.append("</svg>")
        out.append("<figcaption>\(h(caption))<br>\(h(words.joined(separator: "; ")))</figcaption>")
        out.append("</figure>")
        return out.joined(separator: "\n")
    }

    /// A coordinate with at most one decimal, written the same on every machine (coordinates
    /// here are never negative).
    private static func coordinate(_ value: Double) -> String {
        let tenths = Int((max(0, value) * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
