import AccreditCore

/// GitHub Actions workflow commands, within what GitHub shows: the verdict first, as a notice
/// at the package manifest with the counts and the rule-set identity; then one annotation per
/// requirement, at its first finding's line (`::error file=…,line=…::…`), holding all its gap
/// and error findings: an error for a requirement not met, critical or in error, a warning
/// for one partly met, a notice for one assessed by people.
///
/// GitHub shows at most 10 annotations of each kind per step (and 50 per job) and drops the
/// rest, so at most `limit` of each kind are written; where there are more, the last one of
/// that kind says how many requirements were left out and where the full list is. Every value
/// is escaped, so text from a package can neither end a command nor start one.
public struct GitHubReporter: Reporter {
    /// How many annotations of each kind (error, warning, notice) are written at most,
    /// counting the verdict notice and the closing count. GitHub's own cap per step is 10.
    public var limit: Int

    public init(limit: Int = 10) {
        self.limit = max(2, limit)
    }

    public func render(_ report: Report, language l: Language) -> String {
        var grouped: [String: [String]] = ["notice": [verdict(report, l)]]
        var left: [String: Int] = [:]
        for requirement in report.requirements {
            guard let (command, line) = annotation(requirement, l) else { continue }
            if grouped[command, default: []].count < limit - 1 {
                grouped[command, default: []].append(line)
            } else {
                left[command, default: 0] += 1
            }
        }
        var out: [String] = []
        for command in ["notice", "error", "warning"] {
            var lines = grouped[command] ?? []
            guard !lines.isEmpty || left[command] != nil else { continue }
            if let count = left[command] {
                // The slot kept free for the closing count: the last requirement of this kind
                // counts as left out too, unless it alone would fill the slot.
                if count == 1 {
                    lines.append(annotationOfLast(report, command, l) ?? "")
                } else {
                    lines.append(closing(count, command, report, l))
                }
            }
            out += lines.filter { !$0.isEmpty }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The annotation of the last requirement of a kind, for when exactly one was left out
    /// (a closing count would take its place for nothing).
    private func annotationOfLast(_ report: Report, _ command: String, _ l: Language) -> String? {
        report.requirements.reversed().lazy.compactMap { annotation($0, l) }.first { $0.0 == command }?.1
    }

    /// The command and line for one requirement, or nil when it needs no attention.
    private func annotation(_ requirement: Report.RequirementResult, _ l: Language) -> (String, String)? {
        let status = Vocabulary.status(requirement.status, l)
        let title = "\(requirement.id) \(requirement.title.text(l)) (\(status))"
        switch requirement.status {
        case .notMet, .partiallyMet, .error:
            let command = requirement.status == .partiallyMet && !requirement.critical ? "warning" : "error"
            let findings = requirement.findings.filter { $0.kind == .gap || $0.kind == .error }
            guard let first = findings.first else {
                return (command, annotation(command, at: requirement.location, title: title, message: status))
            }
            let message =
                findings.count == 1
                ? first.message.text(l)
                : findings.map { "- \($0.message.text(l))" + ($0.location == first.location ? "" : " (\($0.location))") }
                    .joined(separator: "\n")
            return (command, annotation(command, at: first.location, title: title, message: message))
        case .notAssessed:
            let note = requirement.findings.first { $0.kind == .note }
            let message = note?.message.text(l) ?? status
            return ("notice", annotation("notice", at: note?.location ?? requirement.location, title: title, message: message))
        case .met, .inherited, .notApplicable, .waived:
            return nil
        }
    }

    private func annotation(_ command: String, at location: SourceLocation, title: String, message: String) -> String {
        var properties = ["file=" + Escape.workflowProperty(location.file)]
        if location.line > 0 { properties.append("line=\(location.line)") }
        properties.append("title=" + Escape.workflowProperty(title))
        return "::\(command) \(properties.joined(separator:","))::\(Escape.workflowData(message))"
    }

    /// The last annotation of a kind when some were left out: how many, and where to see them.
    private func closing(_ count: Int, _ command: String, _ report: Report, _ l: Language) -> String {
        let message =
            l == .da
            ? "\(count) krav mere er ikke vist her (GitHub viser højst \(limit) af hver slags); se hele rapporten."
            : "\(count) more requirements are not shown here (GitHub shows at most \(limit) of each kind); see the full report."
        return "::\(command) file=\(Escape.workflowProperty(report.package.manifest)),"
            + "title=\(Escape.workflowProperty("accredit: " + Vocabulary.more(count, l)))::\(Escape.workflowData(message))"
    }

    /// The verdict notice: the verdict and why, the counts, the date and the rule-set identity.
    private func verdict(_ report: Report, _ l: Language) -> String {
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
