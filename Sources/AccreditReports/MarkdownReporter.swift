import AccreditCore

/// A summary fit for a pull-request comment or a CI job summary: the verdict and why, the
/// counts, each standard, the gaps to close first, the concern/sector overlap, and the
/// identity of the tool and rules. Long lists are cut with a count of what was left out.
public struct MarkdownReporter: Reporter {
    /// How many gaps and overlaps are listed before the rest is only counted.
    public var limit: Int

    public init(limit: Int = 10) {
        self.limit = limit
    }

    public func render(_ report: Report, language l: Language) -> String {
        let m = Escape.markdown
        let package = report.package
        var out: [String] = []
        out.append("## accredit — \(Vocabulary.label(.title, l)): \(m(package.unitName))")
        out.append("")
        let verdict = report.verdict
        let advisory = verdict.advisory ? " (\(Vocabulary.label(.advisory, l)))" : ""
        out.append(
            "**\(Vocabulary.label(.verdict, l)): \(Self.symbol(verdict.decision)) \(Vocabulary.decision(verdict.decision, l).uppercased())**\(advisory)"
        )
        out.append("")
        for reason in verdict.reasons { out.append("- \(m(reason.text(l)))") }
        if !verdict.toChange.isEmpty {
            let label: Vocabulary.Label = verdict.decision == .undetermined ? .couldNotEvaluate : .toChange
            out.append("- \(Vocabulary.label(label, l)): " + verdict.toChange.map { "`\($0)`" }.joined(separator: ", "))
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
        for standard in report.standards {
            let mark = standard.verdict.advisory ? "*" : ""
            out.append(
                "| `\(standard.id)` \(m(standard.version)) — \(m(standard.title.text(l))) | "
                    + "\(Self.symbol(standard.verdict.decision)) \(Vocabulary.decision(standard.verdict.decision, l))\(mark) | "
                    + "\(standard.fulfilled)/\(standard.assessable) |")
        }
        out.append("")
        out += baselineLines(report, l)
        out += gaps(report, l)
        out += overlaps(report, l)
        out.append(
            "<sub>accredit \(m(report.tool.version)) · \(Vocabulary.label(.assessedAt, l)) \(report.assessmentDate) · "
                + "\(Vocabulary.label(.package, l)) `\(package.path.replacingOccurrences(of: "`", with: "'"))` · "
                + report.ruleSets.map { "\(m($0.id)) \(m($0.version)) sha256:\($0.contentHash.prefix(12))" }.joined(
                    separator: " · ")
                + "</sub>")
        return out.joined(separator: "\n") + "\n"
    }

    private func gaps(_ report: Report, _ l: Language) -> [String] {
        let m = Escape.markdown
        var out = ["### \(Vocabulary.label(.gapsFirst, l))", ""]
        let gaps = ReportDigest(report: report).gapsFirst
        if gaps.isEmpty { out.append(Vocabulary.label(.noGaps, l)) }
        for (number, requirement) in gaps.prefix(limit).enumerated() {
            let critical = requirement.critical ? " — **\(Vocabulary.label(.critical, l).lowercased())**" : ""
            out.append(
                "\(number + 1). `\(requirement.id)` \(m(requirement.title.text(l))) — "
                    + "\(Vocabulary.status(requirement.status, l))\(critical)")
            for finding in ReportDigest.openFindings(requirement) {
                out.append(
                    "   - \(m(finding.message.text(l))) (`\(finding.location.description.replacingOccurrences(of: "`", with: "'"))`)"
                )
            }
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
                    "| `\(overlap.concern)` | `\(overlap.sector)` | \(overlap.relation.name.text(l)) | \(Vocabulary.overlap(overlap.state, l)) |"
                )
            }
            if report.overlaps.count > limit { out += ["", "_\(Vocabulary.more(report.overlaps.count - limit, l))_"] }
        }
        out.append("")
        let owes =
            report.sectorOwes.isEmpty
            ? Vocabulary.label(.nothingOwed, l) : report.sectorOwes.map { "`\($0)`" }.joined(separator: ", ")
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
