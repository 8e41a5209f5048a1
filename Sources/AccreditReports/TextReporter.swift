import AccreditCore

/// The terminal report: verdict first, then each standard's requirements with the findings a
/// coordinator must act on, then the concern/sector overlap and what the sector still owes.
public struct TextReporter: Reporter {
    public init() {}

    public func render(_ report: Report, language l: Language) -> String {
        var out: [String] = []
        let package = report.package
        out.append("accredit \(report.tool.version) — \(Vocabulary.label(.title, l))")
        let level = package.unitLevel.map { ", \(Vocabulary.level($0, l))" } ?? ""
        out.append("\(Vocabulary.label(.package, l)): \(package.path) (\(package.organisation) — \(package.unitName)\(level))")
        out.append("\(Vocabulary.label(.assessedAt, l)): \(report.assessmentDate)   \(Vocabulary.label(.period, l)): \(package.periodStart) – \(package.periodEnd)")
        for set in report.ruleSets {
            out.append("\(Vocabulary.label(.rules, l)): \(set.id) \(set.version) (\(set.standard) \(set.standardVersion)) sha256:\(set.contentHash.prefix(12))")
        }
        out.append("")
        let verdict = report.verdict
        let advisory = verdict.advisory ? " (\(Vocabulary.label(.advisory, l)))" : ""
        out.append("\(Vocabulary.label(.verdict, l)): \(Vocabulary.decision(verdict.decision, l).uppercased())\(advisory)")
        for reason in verdict.reasons { out.append("  - \(reason.text(l))") }
        if !verdict.toChange.isEmpty {
            let label: Vocabulary.Label = verdict.decision == .undetermined ? .couldNotEvaluate : .toChange
            out.append("  \(Vocabulary.label(label, l)): \(verdict.toChange.joined(separator: ", "))")
        }
        out.append("")
        let summary = report.summary
        out.append("\(Vocabulary.label(.summary, l)): " + RequirementStatus.allCases
            .map { "\(summary[$0] ?? 0) \(Vocabulary.status($0, l))" }.joined(separator: " · "))

        let width = RequirementStatus.allCases.map { Vocabulary.status($0, l).count }.max()! + 2
        for standard in report.standards {
            out.append("")
            let advisoryMark = standard.verdict.advisory ? "*" : ""
            out.append("\(standard.id) \(standard.version) — \(standard.title.text(l)): "
                + "\(Vocabulary.decision(standard.verdict.decision, l))\(advisoryMark) (\(standard.fulfilled)/\(standard.assessable))")
            for requirement in report.requirements where requirement.standard == standard.id {
                let status = "[" + Vocabulary.status(requirement.status, l) + "]"
                let padded = status + String(repeating: " ", count: max(1, width - status.count + 1))
                let critical = requirement.critical ? " !" : ""
                out.append("  \(padded)\(requirement.id)\(critical)  \(requirement.title.text(l))")
                guard requirement.status != .met else { continue }
                for finding in requirement.findings where finding.kind != .passed {
                    out.append("      - \(finding.message.text(l))  (\(finding.location))")
                }
            }
        }

        out.append("")
        out.append("\(Vocabulary.label(.overlaps, l)) (\(report.overlaps.count))")
        if report.overlaps.isEmpty { out.append("  \(Vocabulary.label(.noOverlaps, l))") }
        for overlap in report.overlaps {
            out.append("  \(overlap.concern) ↔ \(overlap.sector) [\(overlap.relation.rawValue)] "
                + "\(Vocabulary.overlap(overlap.state, l)): \(overlap.message.text(l))")
        }
        out.append("")
        let owes = report.sectorOwes.isEmpty ? Vocabulary.label(.nothingOwed, l) : report.sectorOwes.joined(separator: ", ")
        out.append("\(Vocabulary.label(.sectorOwes, l)): \(owes)")
        return out.joined(separator: "\n") + "\n"
    }
}
