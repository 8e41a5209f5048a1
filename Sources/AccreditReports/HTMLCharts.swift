import AccreditCore

/// The inline SVG pictures of the HTML report: stacked readiness bars and the concern ×
/// sector overlap matrix. Every shape has a `<title>` (a tooltip, and text for screen
/// readers); sizes grow linearly with the number of bars or overlaps.
enum HTMLCharts {
    private static let h = Escape.html

    /// Horizontal stacked bars, one per tally, each segment a status, with fulfilled/assessable
    /// at the end of the bar.
    static func readinessBars(_ tallies: [ReportDigest.Tally], label: String, _ l: Language) -> String {
        let labelWidth = 250
        let barWidth = 380
        let row = 24
        let width = labelWidth + barWidth + 80
        let height = tallies.count * row + 4
        var out = [
            #"<svg class="chart" role="img" aria-label="\#(h(label))" viewBox="0 0 \#(width) \#(height)" width="\#(width)" height="\#(height)" xmlns="http://www.w3.org/2000/svg">"#
        ]
        let most = max(1, tallies.map(\.total).max() ?? 1)
        for (index, tally) in tallies.enumerated() {
            let y = index * row + 2
            let name = tally.key.count > 38 ? String(tally.key.prefix(37)) + "…" : tally.key
            out.append(
                #"<g><title>\#(h(tally.key)): \#(tally.fulfilled)/\#(tally.assessable) \#(h(Vocabulary.label(.fulfilled, l)))</title>"#
            )
            out.append(#"<text x="\#(labelWidth - 8)" y="\#(y + 15)" text-anchor="end">\#(h(name))</text>"#)
            var x = Double(labelWidth)
            for status in HTMLPalette.statusOrder where tally.count(status) > 0 {
                let w = Double(tally.count(status)) / Double(most) * Double(barWidth)
                out.append(
                    #"<rect x="\#(fixed(x))" y="\#(y + 3)" width="\#(fixed(w))" height="\#(row - 8)" fill="\#(HTMLPalette.status(status))">"#
                        + #"<title>\#(h(tally.key)): \#(tally.count(status)) \#(h(Vocabulary.status(status, l)))</title></rect>"#)
                x += w
            }
            out.append(
                #"<text x="\#(fixed(x + 6))" y="\#(y + 15)" class="num">\#(tally.fulfilled)/\#(tally.assessable)</text></g>"#)
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    /// The legend for the bars: every status with its colour.
    static func statusLegend(_ l: Language) -> String {
        let items = HTMLPalette.statusOrder.map {
            #"<li><span class="swatch" style="background:\#(HTMLPalette.status($0))"></span>\#(h(Vocabulary.status($0, l)))</li>"#
        }
        return #"<ul class="legend">"# + items.joined() + "</ul>"
    }

    /// The overlap matrix: concern requirements as rows, sector requirements as columns, each
    /// declared relation a coloured cell with its state.
    static func overlapMatrix(_ overlaps: [Overlap], _ l: Language) -> String {
        let rows = unique(overlaps.map(\.concern))
        let columns = unique(overlaps.map(\.sector))
        let cell = 24
        let left = 110
        let top = 110
        let width = left + columns.count * cell + 80
        let height = top + rows.count * cell + 10
        var out = [
            #"<svg class="matrix" role="img" aria-label="\#(h(Vocabulary.label(.overlapMatrix, l)))" viewBox="0 0 \#(width) \#(height)" width="\#(width)" height="\#(height)" xmlns="http://www.w3.org/2000/svg">"#
        ]
        for (index, concern) in rows.enumerated() {
            let y = top + index * cell
            out.append(#"<text x="\#(left - 6)" y="\#(y + 16)" text-anchor="end">\#(h(concern))</text>"#)
            out.append(#"<line x1="\#(left)" y1="\#(y)" x2="\#(left + columns.count * cell)" y2="\#(y)" class="grid"/>"#)
        }
        for (index, sector) in columns.enumerated() {
            let x = left + index * cell + 16
            out.append(#"<text x="\#(x)" y="\#(top - 6)" transform="rotate(-60 \#(x) \#(top - 6))">\#(h(sector))</text>"#)
        }
        for overlap in overlaps {
            guard let row = rows.firstIndex(of: overlap.concern), let column = columns.firstIndex(of: overlap.sector) else {
                continue
            }
            let tip =
                "\(overlap.concern) ↔ \(overlap.sector) [\(overlap.relation.rawValue)]: \(Vocabulary.overlap(overlap.state, l)). \(overlap.message.text(l))"
            out.append(
                #"<rect x="\#(left + column * cell + 2)" y="\#(top + row * cell + 2)" width="\#(cell - 4)" height="\#(cell - 4)" rx="3" "#
                    + #"fill="\#(HTMLPalette.overlap(overlap.state))" data-state="\#(overlap.state.rawValue)"><title>\#(h(tip))</title></rect>"#
            )
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    /// The legend for the matrix: the states that occur, in their declared order.
    static func overlapLegend(_ overlaps: [Overlap], _ l: Language) -> String {
        let present = Set(overlaps.map(\.state))
        let items = Overlap.State.allCases.filter(present.contains).map {
            #"<li><span class="swatch" style="background:\#(HTMLPalette.overlap($0))"></span>\#(h(Vocabulary.overlap($0, l)))</li>"#
        }
        return #"<ul class="legend">"# + items.joined() + "</ul>"
    }

    private static func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }

    /// A coordinate with at most one decimal, written the same on every machine.
    private static func fixed(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
