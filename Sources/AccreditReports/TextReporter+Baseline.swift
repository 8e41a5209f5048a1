import AccreditCore

extension TextReporter {
    /// The lines comparing the report with its baseline: the counts, then what is new and what
    /// is fixed since, each with its requirement and place; no lines without a baseline.
    func baselineLines(_ report: Report, _ l: Language) -> [String] {
        guard let sections = BaselineSections(report, l) else { return [] }
        var out = ["", sections.counts]
        for (heading, items) in [(sections.newHeading, sections.new), (sections.fixedHeading, sections.fixed)] {
            out.append("")
            out.append("\(heading): \(items.count)")
            if items.isEmpty { out.append("  \(BaselineSections.nothing(l))") }
            for item in items { out.append("  \(item.requirement): \(item.message)  (\(item.location))") }
        }
        return out.map(Escape.terminal)
    }
}
