import AccreditCore

/// A run diff for the terminal: the two reports, the verdict before and after, each
/// requirement whose status changed, then the new and fixed gaps and errors with their places
/// and the number unchanged. Findings are worded as the report they come from words them.
struct ReportDiffTextRenderer: ReportDiffRenderer {
    func render(_ diff: ReportDiff, language l: Language) -> String {
        let t = Escape.terminal
        var out = [t(ReportDiffWording.title(diff, l)), ReportDiffWording.verdict(diff, l), ""]
        out.append(ReportDiffWording.statusChanges(diff.statusChanges.count, l))
        for change in diff.statusChanges {
            out.append(
                t(
                    "  \(change.requirement)  \(ReportDiffWording.status(change.old, l)) → "
                        + "\(ReportDiffWording.status(change.new, l))  \(change.title)"))
        }
        for (heading, findings) in [
            (ReportDiffWording.new(diff.new.count, l), diff.new), (ReportDiffWording.fixed(diff.fixed.count, l), diff.fixed),
        ] {
            out.append("")
            out.append(heading)
            for finding in findings { out.append(t("  \(finding.requirement): \(finding.message)  (\(finding.location))")) }
        }
        out.append("")
        out.append(ReportDiffWording.unchanged(diff.unchanged.count, l))
        if diff.isEmpty { out += ["", ReportDiffWording.nothing(l)] }
        return out.joined(separator: "\n") + "\n"
    }
}
