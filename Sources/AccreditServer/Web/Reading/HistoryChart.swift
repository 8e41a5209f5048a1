import AccreditCore
import Foundation

/// A unit's history as an SVG picture made on the server: the share met of each run as a line
/// over evenly spaced runs, oldest left, each run a dot in its verdict's colour that links to the
/// run. Runs that could not be evaluated are crosses below the axis and break the line. No
/// script; `<title>` and `<desc>` say what it shows, and the page repeats the numbers in a table.
struct HistoryChart {
    /// At most this many runs, the newest.
    static let maximumRuns = 50

    static let width = 720.0
    static let height = 240.0
    static let left = 52.0
    static let right = 20.0
    static let top = 14.0
    static let bottom = 44.0

    static let texts: [String: LocalisedText] = [
        "chartTitle": LocalisedText(da: "Andel opfyldt og vurdering pr. kørsel", en: "Share met and verdict per run"),
        "chartFailed": LocalisedText(da: "kunne ikke evalueres", en: "could not be evaluated"),
        "chartRun": LocalisedText(da: "Kørsel", en: "Run"),
    ]

    /// What the marks' colours mean, for the caption under the picture.
    static func legend(_ language: Language) -> [[String: Any]] {
        VerdictBadge.decisions.map { ["decision": $0, "name": PageTexts.verdict($0).text(language)] }
            + [["decision": "failed", "name": texts["chartFailed"]!.text(language)]]
    }

    /// Runs oldest first.
    let runs: [RunRecord]
    let language: Language

    /// The description of the picture for screen readers: span, first and last share, verdict.
    var description: String {
        guard let first = runs.first, let last = runs.last else { return "" }
        let l = language
        let from = ReadingFormat.date(ReadingFormat.day(first.createdAt), l)
        let to = ReadingFormat.date(ReadingFormat.day(last.createdAt), l)
        let count = ReadingFormat.integer(runs.count, l)
        let verdict = PageTexts.verdict(last.error == nil ? last.verdict : nil).text(l)
        let firstShare = ReadingFormat.share(first.error == nil ? first.summary : nil, l)
        let lastShare = ReadingFormat.share(last.error == nil ? last.summary : nil, l)
        if l == .da {
            return runs.count == 1
                ? "Én kørsel den \(to): andel opfyldt \(lastShare), vurdering \(verdict)."
                : "\(count) kørsler fra \(from) til \(to). Andel opfyldt gik fra \(firstShare) til \(lastShare); seneste vurdering: \(verdict)."
        }
        return runs.count == 1
            ? "One run on \(to): share met \(lastShare), verdict \(verdict)."
            : "\(count) runs from \(from) to \(to). Share met went from \(firstShare) to \(lastShare); latest verdict: \(verdict)."
    }

    /// The SVG element, escaped and ready to put in a page as it is.
    func svg() -> String {
        let e = HTMLText.escape
        let l = language
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let baseline = Self.top + plotHeight
        func x(_ index: Int) -> Double {
            runs.count == 1 ? Self.left + plotWidth / 2 : Self.left + Double(index) * plotWidth / Double(runs.count - 1)
        }
        func y(_ percent: Double) -> Double { baseline - min(100, max(0, percent)) / 100 * plotHeight }
        func n(_ value: Double) -> String { String(format: "%.1f", value) }

        let title = HistoryChart.texts["chartTitle"]!.text(l)
        var out =
            #"<svg class="reading-chart" viewBox="0 0 \#(Int(Self.width)) \#(Int(Self.height))" role="img" aria-labelledby="history-title history-desc">"#
        out += #"<title id="history-title">\#(e(title))</title><desc id="history-desc">\#(e(description))</desc>"#
        // The scale: 0 to 100 % in quarters.
        for step in stride(from: 0, through: 100, by: 25) {
            let level = y(Double(step))
            out +=
                #"<line class="chart-grid" x1="\#(n(Self.left))" y1="\#(n(level))" x2="\#(n(Self.left + plotWidth))" y2="\#(n(level))"/>"#
            out +=
                #"<text class="chart-label" x="\#(n(Self.left - 6))" y="\#(n(level + 4))" text-anchor="end">\#(e(l.percent(step, of: 100)))</text>"#
        }
        // The line, broken where a run has no share.
        var segment: [String] = []
        func flush() {
            if segment.count > 1 { out += #"<polyline class="chart-line" points="\#(segment.joined(separator: " "))"/>"# }
            segment = []
        }
        for (index, run) in runs.enumerated() {
            if let percent = run.error == nil ? ReadingFormat.percent(run.summary) : nil {
                segment.append("\(n(x(index))),\(n(y(percent)))")
            } else {
                flush()
            }
        }
        flush()
        // A mark per run, linking to it.
        for (index, run) in runs.enumerated() {
            let when = ReadingFormat.dateTime(run.createdAt, l)
            let label = "\(Self.texts["chartRun"]!.text(l)) \(run.id), \(when): "
            out += #"<a href="/runs/\#(run.id)">"#
            if run.error == nil, let percent = ReadingFormat.percent(run.summary) {
                let verdict = PageTexts.verdict(run.verdict).text(l)
                let share = ReadingFormat.share(run.summary, l)
                let decision = VerdictBadge.decisions.contains(run.verdict ?? "") ? run.verdict! : "none"
                out +=
                    #"<circle class="chart-point chart-\#(decision)" cx="\#(n(x(index)))" cy="\#(n(y(percent)))" r="5"><title>\#(e(label + verdict + ", " + share))</title></circle>"#
            } else {
                let cx = x(index)
                let cy = baseline + 10
                let reason =
                    run.error == nil ? PageTexts.verdict(run.verdict).text(l) : Self.texts["chartFailed"]!.text(l)
                out += #"<g class="chart-failed"><title>\#(e(label + reason))</title>"#
                out += #"<line x1="\#(n(cx - 4))" y1="\#(n(cy - 4))" x2="\#(n(cx + 4))" y2="\#(n(cy + 4))"/>"#
                out += #"<line x1="\#(n(cx - 4))" y1="\#(n(cy + 4))" x2="\#(n(cx + 4))" y2="\#(n(cy - 4))"/></g>"#
            }
            out += "</a>"
        }
        // The first and the last run's date under the axis.
        if let first = runs.first {
            let date = ReadingFormat.date(ReadingFormat.day(first.createdAt), l)
            let anchor = runs.count == 1 ? "middle" : "start"
            out +=
                #"<text class="chart-label" x="\#(n(x(0)))" y="\#(n(Self.height - 8))" text-anchor="\#(anchor)">\#(e(date))</text>"#
        }
        if runs.count > 1, let last = runs.last {
            let date = ReadingFormat.date(ReadingFormat.day(last.createdAt), l)
            out +=
                #"<text class="chart-label" x="\#(n(x(runs.count - 1)))" y="\#(n(Self.height - 8))" text-anchor="end">\#(e(date))</text>"#
        }
        out += "</svg>"
        return out
    }
}
