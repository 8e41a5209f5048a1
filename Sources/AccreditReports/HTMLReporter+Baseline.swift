import AccreditCore

extension HTMLReporter {
    /// A section comparing the report with its baseline: the counts, what is new and what is
    /// fixed since, each linked to its requirement's row; nothing without a baseline.
    func baselineSection(_ report: Report, _ anchors: [String: String], _ l: Language) -> [String] {
        guard let sections = BaselineSections(report, l) else { return [] }
        let h = Escape.html
        var out = [#"<section id="baseline">"#, "<h2>\(h(l == .da ? "Siden sidst" : "Since the baseline"))</h2>"]
        out.append(#"<p class="baseline-counts">\#(h(sections.counts))</p>"#)
        for (id, heading, items) in [
            ("baseline-new", sections.newHeading, sections.new), ("baseline-fixed", sections.fixedHeading, sections.fixed),
        ] {
            out.append(#"<h3 id="\#(id)">\#(h(heading)): \#(items.count)</h3>"#)
            if items.isEmpty {
                out.append("<p>\(h(BaselineSections.nothing(l)))</p>")
                continue
            }
            out.append("<ul>")
            for item in items {
                let requirement =
                    anchors[item.requirement].map { ##"<a href="#\##($0)"><code>\##(h(item.requirement))</code></a>"## }
                    ?? "<code>\(h(item.requirement))</code>"
                out.append("<li>\(requirement) \(h(item.message))</li>")
            }
            out.append("</ul>")
        }
        out.append("</section>")
        return out
    }
}
