import AccreditCore

extension HTMLReporter {
    /// A section with a small line chart per indicator that has values for several periods;
    /// nothing when none has.
    func indicatorSection(_ report: Report, _ l: Language) -> [String] {
        guard !report.indicatorSeries.isEmpty else { return [] }
        var out = [#"<section id="indicators">"#, "<h2>\(l == .da ? "Indikatorer over tid" : "Indicators over time")</h2>"]
        for series in report.indicatorSeries { out.append(HTMLCharts.indicatorLine(series, l)) }
        out.append("</section>")
        return out
    }
}
