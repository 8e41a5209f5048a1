import AccreditCore

extension MarkdownReporter {
    /// "New since …" and "Fixed since …" with the counts, each list cut at the reporter's limit;
    /// nothing without a baseline.
    func baselineLines(_ report: Report, _ l: Language) -> [String] {
        guard let sections = BaselineSections(report, l) else { return [] }
        let m = Escape.markdown
        var out = ["_\(sections.counts)_", ""]
        for (heading, items) in [(sections.newHeading, sections.new), (sections.fixedHeading, sections.fixed)] {
            out.append("### \(m(heading)): \(items.count)")
            out.append("")
            if items.isEmpty { out.append("_\(BaselineSections.nothing(l))_") }
            for item in items.prefix(limit) { out.append("- **\(m(item.requirement))** \(m(item.message))") }
            if items.count > limit { out.append("- _\(Vocabulary.more(items.count - limit, l))_") }
            out.append("")
        }
        return out
    }
}
