import AccreditCore

/// A run diff as Markdown for a pull request or job summary: the same parts as the text, the
/// status changes as a table.
struct ReportDiffMarkdownRenderer: ReportDiffRenderer {
    func render(_ diff: ReportDiff, language l: Language) -> String {
        let m = Escape.markdown
        var out = ["## \(m(ReportDiffWording.title(diff, l)))", "", "**\(m(ReportDiffWording.verdict(diff, l)))**", ""]
        out.append("### \(ReportDiffWording.statusChanges(diff.statusChanges.count, l))")
        out.append("")
        if !diff.statusChanges.isEmpty {
            let header = l == .da ? "| Krav | Før | Nu | Titel |" : "| Requirement | Before | Now | Title |"
            out += [header, "| --- | --- | --- | --- |"]
            for change in diff.statusChanges {
                out.append(
                    "| \(m(change.requirement)) | \(ReportDiffWording.status(change.old, l)) | "
                        + "\(ReportDiffWording.status(change.new, l)) | \(m(change.title)) |")
            }
            out.append("")
        }
        for (heading, findings) in [
            (ReportDiffWording.new(diff.new.count, l), diff.new), (ReportDiffWording.fixed(diff.fixed.count, l), diff.fixed),
        ] {
            out.append("### \(heading)")
            out.append("")
            for finding in findings { out.append("- **\(m(finding.requirement))** \(m(finding.message))") }
            if !findings.isEmpty { out.append("") }
        }
        out.append("_\(ReportDiffWording.unchanged(diff.unchanged.count, l))_")
        return out.joined(separator: "\n") + "\n"
    }
}
