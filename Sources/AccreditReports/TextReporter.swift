import AccreditCore

/// The terminal report: verdict first, then each standard's requirements with the findings a
/// coordinator must act on, then the concern/sector overlap and what the sector still owes.
/// With `colour` the verdict and statuses carry ANSI colours; whether to colour is the
/// caller's decision (see `TerminalColour`), never read from the environment here.
public struct TextReporter: Reporter {
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func render(_ report: Report, language l: Language) -> String {
        let paint = ANSIPaint(enabled: colour)
        var out: [String] = []
        // Texts from packages and rule files may hold control characters; a terminal must
        // never receive one it would act on. Lines without colour are cleaned whole.
        func line(_ text: String) { out.append(Escape.terminal(text)) }
        let t = Escape.terminal
        let package = report.package
        out.append(paint.bold("accredit \(report.tool.version) — \(Vocabulary.label(.title, l))"))
        let level = package.unitLevel.map { ", \(Vocabulary.level($0, l))" } ?? ""
        line("\(Vocabulary.label(.package, l)): \(package.path) (\(package.organisation) — \(package.unitName)\(level))")
        line(
            "\(Vocabulary.label(.assessedAt, l)): \(report.assessmentDate)   \(Vocabulary.label(.period, l)): \(package.periodStart) – \(package.periodEnd)"
        )
        for set in report.ruleSets {
            line(
                "\(Vocabulary.label(.rules, l)): \(set.id) \(set.version) (\(set.standard) \(set.standardVersion)) sha256:\(set.contentHash.prefix(12))"
            )
        }
        out.append("")
        let verdict = report.verdict
        let advisory = verdict.advisory ? " (\(Vocabulary.label(.advisory, l)))" : ""
        let decision = paint.decision(verdict.decision, Vocabulary.decision(verdict.decision, l).uppercased())
        out.append("\(paint.bold(Vocabulary.label(.verdict, l))): \(decision)\(advisory)")
        for reason in verdict.reasons { line("  - \(reason.text(l))") }
        if !verdict.toChange.isEmpty {
            let label: Vocabulary.Label = verdict.decision == .undetermined ? .couldNotEvaluate : .toChange
            line("  \(Vocabulary.label(label, l)): \(verdict.toChange.joined(separator: ", "))")
        }
        out.append("")
        let summary = report.summary
        line(
            "\(Vocabulary.label(.summary, l)): "
                + RequirementStatus.allCases
                .map { "\(summary[$0] ?? 0) \(Vocabulary.status($0, l))" }.joined(separator: " · "))

        let width = RequirementStatus.allCases.map { Vocabulary.status($0, l).count }.max()! + 2
        for standard in report.standards {
            out.append("")
            let advisoryMark = standard.verdict.advisory ? "*" : ""
            out.append(
                paint.bold(t("\(standard.id) \(standard.version) — \(standard.title.text(l))")) + ": "
                    + paint.decision(standard.verdict.decision, Vocabulary.decision(standard.verdict.decision, l))
                    + "\(advisoryMark) (\(FulfilledShare(standard).text(l)))")
            for requirement in report.requirements where requirement.standard == standard.id {
                let status = "[" + Vocabulary.status(requirement.status, l) + "]"
                let padding = String(repeating: " ", count: max(1, width - status.count + 1))
                let critical = requirement.critical ? paint.bold(" !") : ""
                out.append(
                    "  \(paint.status(requirement.status, status))\(padding)\(t(requirement.id))\(critical)  \(t(requirement.title.text(l)))"
                )
                guard requirement.status != .met else { continue }
                for finding in requirement.findings where finding.kind != .passed {
                    out.append("      - \(t(finding.message.text(l)))  " + paint.dim(t("(\(finding.location))")))
                }
            }
        }

        out += baselineLines(report, l)
        out.append("")
        line("\(Vocabulary.label(.overlaps, l)) (\(report.overlaps.count))")
        if report.overlaps.isEmpty { line("  \(Vocabulary.label(.noOverlaps, l))") }
        for overlap in report.overlaps {
            line(
                "  \(overlap.concern) ↔ \(overlap.sector) [\(overlap.relation.name.text(l))] "
                    + "\(Vocabulary.overlap(overlap.state, l)): \(overlap.message.text(l))")
        }
        out.append("")
        let owes = report.sectorOwes.isEmpty ? Vocabulary.label(.nothingOwed, l) : report.sectorOwes.joined(separator: ", ")
        line("\(Vocabulary.label(.sectorOwes, l)): \(owes)")
        return out.joined(separator: "\n") + "\n"
    }
}

/// ANSI colours for the terminal report; a no-op when disabled, so plain output is unchanged.
struct ANSIPaint {
    var enabled: Bool

    func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    func decision(_ decision: Verdict.Decision, _ text: String) -> String {
        switch decision {
        case .ready: return wrap(text, "1;32")
        case .readyWithRemarks: return wrap(text, "1;33")
        case .notReady: return wrap(text, "1;31")
        case .undetermined: return wrap(text, "1;35")
        }
    }

    func status(_ status: RequirementStatus, _ text: String) -> String {
        switch status {
        case .met, .inherited: return wrap(text, "32")
        case .partiallyMet: return wrap(text, "33")
        case .notMet: return wrap(text, "31")
        case .error: return wrap(text, "35")
        case .notApplicable, .waived, .notAssessed: return wrap(text, "2")
        }
    }
}
