import AccreditCore

/// A summary fit for a pull-request comment or a CI job summary: the verdict and why, the
/// counts, each standard, the gaps to close first, the concern/sector overlap, and the
/// identity of the tool and rules. Long lists are cut with a count of what was left out, and
/// long texts from packages and rules at `lineLimit` characters, so that the summary of any
/// package fits GitHub's limit for a comment or job summary (`maxCharacters`).
public struct MarkdownReporter: Reporter {
    /// How many gaps, findings per gap, requirements to fix, standards and overlaps are
    /// listed before the rest is only counted.
    public var limit: Int

    /// GitHub refuses a comment or job summary of more than 65,536 characters; the summary
    /// stays below that with room to spare, whatever the package.
    public static let maxCharacters = 60_000

    public init(limit: Int = 10) {
        self.limit = limit
    }

    public func render(_ report: Report, language l: Language) -> String {
        let m = Escape.markdown
        let package = report.package
        var out: [String] = []
        out.append("## accredit — \(Vocabulary.label(.title, l)): \(m(Self.cut(package.unitName)))")
        out.append("")
        let verdict = report.verdict
        let advisory = verdict.advisory ? " (\(Vocabulary.label(.advisory, l)))" : ""
        out.append(
            "**\(Vocabulary.label(.verdict, l)): \(Self.symbol(verdict.decision)) \(Vocabulary.decision(verdict.decision, l).uppercased())**\(advisory)"
        )
        out.append("")
        for reason in verdict.reasons.prefix(limit) { out.append("- \(m(Self.cut(reason.text(l))))") }
        if verdict.reasons.count > limit { out.append("- _\(Vocabulary.more(verdict.reasons.count - limit, l))_") }
        if !verdict.toChange.isEmpty {
            let label: Vocabulary.Label = verdict.decision == .undetermined ? .couldNotEvaluate : .toChange
            out.append("- \(Vocabulary.label(label, l)): " + capped(verdict.toChange.map { "`\(Self.code($0))`" }, l))
        }
        out.append("")
        let statuses = RequirementStatus.allCases
        out.append("| " + statuses.map { Vocabulary.status($0, l) }.joined(separator: " | ") + " |")
        out.append("|" + String(repeating: " ---: |", count: statuses.count))
        out.append("| " + statuses.map { "\(report.summary[$0] ?? 0)" }.joined(separator: " | ") + " |")
        out.append("")
        out.append(
            "| \(Vocabulary.label(.standard, l)) | \(Vocabulary.label(.verdict, l)) | \(Vocabulary.label(.fulfilled, l)) |")
        out.append("| --- | --- | ---: |")
        for standard in report.standards.prefix(limit * 2) {
            let mark = standard.verdict.advisory ? "*" : ""
            out.append(
                "| `\(Self.code(standard.id))` \(m(Self.cut(standard.version))) — \(m(Self.cut(standard.title.text(l)))) | "
                    + "\(Self.symbol(standard.verdict.decision)) \(Vocabulary.decision(standard.verdict.decision, l))\(mark) | "
                    + "\(FulfilledShare(standard).text(l)) |")
        }
        if report.standards.count > limit * 2 { out += ["", "_\(Vocabulary.more(report.standards.count - limit * 2, l))_"] }
        out.append("")
        out += baselineLines(report, l)
        out += gaps(report, l)
        out += overlaps(report, l)
        out.append(
            "<sub>accredit \(m(report.tool.version)) · \(Vocabulary.label(.assessedAt, l)) \(report.assessmentDate) · "
                + "\(Vocabulary.label(.package, l)) `\(Self.code(package.path))` · "
                + report.ruleSets.prefix(limit).map {
                    "\(m(Self.cut($0.id))) \(m(Self.cut($0.version))) sha256:\($0.contentHash.prefix(12))"
                }
                .joined(separator: " · ")
                + "</sub>")
        return Self.fitted(out, l)
    }

    /// The lines as one text of at most `maxCharacters`: where they would be longer (a
    /// catalogue of very many standards), the last lines give way to a note saying so.
    static func fitted(_ lines: [String], _ l: Language) -> String {
        var total = 0
        var kept: [String] = []
        let note =
            l == .da
            ? "_Resuméet er afkortet; se hele rapporten (HTML eller JSON)._"
            : "_This summary is cut short; see the full report (HTML or JSON)._"
        for line in lines {
            total += line.count + 1
            if total > maxCharacters - note.count - 2 {
                kept += ["", note]
                break
            }
            kept.append(line)
        }
        return kept.joined(separator: "\n") + "\n"
    }

    /// The first `limit` items, then "and N more" if some were left out.
    private func capped(_ items: [String], _ l: Language) -> String {
        items.prefix(limit).joined(separator: ", ") + (items.count > limit ? ", " + Vocabulary.more(items.count - limit, l) : "")
    }

    private func gaps(_ report: Report, _ l: Language) -> [String] {
        let m = Escape.markdown
        var out = ["### \(Vocabulary.label(.gapsFirst, l))", ""]
        let gaps = ReportDigest(report: report).gapsFirst
        if gaps.isEmpty { out.append(Vocabulary.label(.noGaps, l)) }
        for (number, requirement) in gaps.prefix(limit).enumerated() {
            let critical = requirement.critical ? " — **\(Vocabulary.label(.critical, l).lowercased())**" : ""
            out.append(
                "\(number + 1). `\(Self.code(requirement.id))` \(m(Self.cut(requirement.title.text(l)))) — "
                    + "\(Vocabulary.status(requirement.status, l))\(critical)")
            let findings = ReportDigest.openFindings(requirement)
            for finding in findings.prefix(limit) {
                out.append("   - \(m(Self.cut(finding.message.text(l)))) (`\(Self.code(finding.location.description))`)")
            }
            if findings.count > limit { out.append("   - _\(Vocabulary.more(findings.count - limit, l))_") }
        }
        if gaps.count > limit { out += ["", "_\(Vocabulary.more(gaps.count - limit, l))_"] }
        out.append("")
        return out
    }

    private func overlaps(_ report: Report, _ l: Language) -> [String] {
        var out = ["### \(Vocabulary.label(.overlaps, l)) (\(report.overlaps.count))", ""]
        if report.overlaps.isEmpty {
            out.append(Vocabulary.label(.noOverlaps, l))
        } else {
            out.append(
                "| \(Vocabulary.level(.concern, l)) | \(Vocabulary.level(.sector, l)) | \(Vocabulary.label(.relation, l)) | \(Vocabulary.label(.state, l)) |"
            )
            out.append("| --- | --- | --- | --- |")
            for overlap in report.overlaps.prefix(limit) {
                out.append(
                    "| `\(Self.code(overlap.concern))` | `\(Self.code(overlap.sector))` | \(Escape.markdown(Self.cut(overlap.relation.name.text(l)))) | "
                        + "\(Vocabulary.overlap(overlap.state, l)) |"
                )
            }
            if report.overlaps.count > limit { out += ["", "_\(Vocabulary.more(report.overlaps.count - limit, l))_"] }
        }
        out.append("")
        let owes =
            report.sectorOwes.isEmpty
            ? Vocabulary.label(.nothingOwed, l) : capped(report.sectorOwes.map { "`\(Self.code($0))`" }, l)
        out.append("\(Vocabulary.label(.sectorOwes, l)): \(owes)")
        out.append("")
        return out
    }

    static func symbol(_ decision: Verdict.Decision) -> String {
        switch decision {
        case .ready: return "✅"
        case .readyWithRemarks: return "⚠️"
        case .notReady: return "❌"
        case .undetermined: return "❔"
        }
    }
}
