import AccreditCore

/// GitHub Actions workflow commands: one annotation per gap or error finding, at its line in
/// the package manifest (`::error file=…,line=…::…`), a notice per requirement assessed by
/// people, and a closing notice with the verdict, the counts and the rule-set identity.
/// Every value is escaped, so text from a package can neither end a command nor start one.
public struct GitHubReporter: Reporter {
    public init() {}

    public func render(_ report: Report, language l: Language) -> String {
        var out: [String] = []
        for requirement in report.requirements {
            let status = Vocabulary.status(requirement.status, l)
            let title = "\(requirement.id) \(requirement.title.text(l)) (\(status))"
            switch requirement.status {
            case .notMet, .partiallyMet, .error:
                let command = requirement.status == .partiallyMet && !requirement.critical ? "warning" : "error"
                let findings = requirement.findings.filter { $0.kind == .gap || $0.kind == .error }
                if findings.isEmpty {
                    out.append(annotation(command, at: requirement.location, title: title, message: status))
                }
                for finding in findings {
                    out.append(annotation(command, at: finding.location, title: title, message: finding.message.text(l)))
                }
            case .notAssessed:
                let note = requirement.findings.first { $0.kind == .note }
                out.append(
                    annotation(
                        "notice", at: note?.location ?? requirement.location, title: title,
                        message: note?.message.text(l) ?? status))
            case .met, .inherited, .notApplicable, .waived:
                continue
            }
        }
        out.append(summary(report, l))
        return out.joined(separator: "\n") + "\n"
    }

    private func annotation(_ command: String, at location: SourceLocation, title: String, message: String) -> String {
        var properties = ["file=" + Escape.workflowProperty(location.file)]
        if location.line > 0 { properties.append("line=\(location.line)") }
        properties.append("title=" + Escape.workflowProperty(title))
        return "::\(command) \(properties.joined(separator:","))::\(Escape.workflowData(message))"
    }

    private func summary(_ report: Report, _ l: Language) -> String {
        let verdict = Vocabulary.decision(report.verdict.decision, l)
        let counts = RequirementStatus.allCases.map { "\(report.summary[$0] ?? 0) \(Vocabulary.status($0, l))" }
            .joined(separator: ", ")
        let rules = report.ruleSets.map { "\($0.id) \($0.version) sha256:\($0.contentHash)" }.joined(separator: "; ")
        let lines =
            [
                "\(Vocabulary.label(.verdict, l)): \(verdict)"
                    + (report.verdict.advisory ? " (\(Vocabulary.label(.advisory, l)))" : "")
            ] + report.verdict.reasons.map { "- " + $0.text(l) } + [
                "\(Vocabulary.label(.summary, l)): \(counts)",
                "\(Vocabulary.label(.assessedAt, l)): \(report.assessmentDate)",
                "\(Vocabulary.label(.rules, l)): \(rules)",
                "accredit \(report.tool.version)",
            ]
        let title = "accredit: \(verdict) (\(report.package.path))"
        return "::notice file=\(Escape.workflowProperty(report.package.manifest)),title=\(Escape.workflowProperty(title))::"
            + Escape.workflowData(lines.joined(separator: "\n"))
    }
}
