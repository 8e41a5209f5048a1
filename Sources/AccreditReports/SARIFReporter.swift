import AccreditCore

/// SARIF 2.1.0 for code-scanning tools: one rule per requirement check, one result per gap or
/// error, located at its line in the package manifest, with the requirement's definition in
/// the standard and the rule file's check as related locations. Requirements that pass, are
/// not applicable, waived or assessed by people give no result.
public struct SARIFReporter: Reporter {
    /// The key of `partialFingerprints`: a `FindingFingerprint`, from what the finding is about
    /// (v1 was requirement/code/rule as text, which a rule used twice could not tell apart).
    static let fingerprintKey = "accreditFinding/v2"

    public init() {}

    public func render(_ report: Report, language l: Language) -> String {
        markingBaseline(log(report, l).json, report).serialized()
    }

    func log(_ report: Report, _ l: Language) -> SARIFLog {
        var rules: [SARIFLog.Rule] = []
        var results: [SARIFLog.Result] = []
        for (index, requirement) in report.requirements.enumerated() {
            rules.append(rule(requirement, l))
            guard requirement.status.isGap || requirement.status == .error else { continue }
            var findings = zip(requirement.findings, requirement.fingerprints).filter { $0.0.kind == .gap || $0.0.kind == .error }
            if findings.isEmpty {
                // A gap without a finding of its own still needs a result, at the requirement.
                let finding = Finding(
                    "requirement.\(requirement.status.rawValue)", .gap, requirement.status.name, at: requirement.location)
                findings = [
                    (finding, FindingFingerprint(standard: requirement.standard, requirement: requirement.id, finding: finding))
                ]
            }
            for (finding, fingerprint) in findings {
                results.append(result(finding, fingerprint, requirement, index: index, l))
            }
        }
        results += absentResults(report, rules: rules)
        let driver = SARIFLog.Driver(
            name: report.tool.name, version: report.tool.version,
            semanticVersion: report.tool.version, rules: rules)
        let properties = SARIFLog.RunProperties(
            assessmentDate: report.assessmentDate.description, package: report.package.path,
            organisation: report.package.organisation, unit: report.package.unitName,
            verdict: report.verdict.decision.rawValue, advisory: report.verdict.advisory,
            reasons: report.verdict.reasons.map { $0.text(l) },
            summary: Dictionary(uniqueKeysWithValues: report.summary.map { ($0.key.rawValue, $0.value) }),
            ruleSets: report.ruleSets.map {
                SARIFLog.RuleSet(
                    id: $0.id, version: $0.version, standard: $0.standard,
                    standardVersion: $0.standardVersion, sha256: $0.contentHash)
            },
            catalogueSha256: report.catalogueHash)
        let run = SARIFLog.Run(
            tool: SARIFLog.Tool(driver: driver), language: l.rawValue, results: results,
            properties: properties)
        return SARIFLog(runs: [run]).relocated(package: report.package.path, language: l)
    }

    private func rule(_ requirement: Report.RequirementResult, _ l: Language) -> SARIFLog.Rule {
        let title = requirement.title.text(l)
        let level = Vocabulary.level(requirement.level, l)
        let theme = requirement.theme.map { Vocabulary.theme($0, l) }
        let full = [requirement.standard, level, theme].compactMap { $0 }.joined(separator: " · ") + ": " + title
        var tags = [requirement.standard, requirement.level.rawValue]
        if let theme = requirement.theme { tags.append(theme.rawValue) }
        if requirement.critical { tags.append("critical") }
        return SARIFLog.Rule(
            id: requirement.id,
            shortDescription: SARIFLog.Message(text: title.isEmpty ? requirement.id : title),
            fullDescription: SARIFLog.Message(text: full),
            defaultConfiguration: SARIFLog.Configuration(level: requirement.critical ? "error" : "warning"),
            properties: SARIFLog.RuleProperties(
                standard: requirement.standard, level: requirement.level.rawValue,
                theme: requirement.theme?.rawValue, critical: requirement.critical,
                tags: tags))
    }

    private func result(
        _ finding: Finding, _ fingerprint: FindingFingerprint, _ requirement: Report.RequirementResult, index: Int,
        _ l: Language
    ) -> SARIFLog.Result {
        let level = requirement.status == .notMet || requirement.status == .error || requirement.critical ? "error" : "warning"
        let status = Vocabulary.status(requirement.status, l)
        // Viewers show the rule id beside the message already; the message starts with what is wrong.
        let text = "\(finding.message.text(l)) (\(requirement.title.text(l)): \(status))"
        var related = [
            SARIFLog.Location(
                id: 1, physicalLocation: physical(requirement.definition),
                message: SARIFLog.Message(text: Vocabulary.definedHere(rule: nil, l)))
        ]
        if let ruleLocation = finding.ruleLocation {
            related.append(
                SARIFLog.Location(
                    id: 2, physicalLocation: physical(ruleLocation),
                    message: SARIFLog.Message(text: Vocabulary.definedHere(rule: finding.rule, l))))
        }
        return SARIFLog.Result(
            ruleId: requirement.id, ruleIndex: index, level: level, message: SARIFLog.Message(text: text),
            locations: [SARIFLog.Location(id: nil, physicalLocation: physical(finding.location), message: nil)],
            relatedLocations: related,
            partialFingerprints: [Self.fingerprintKey: fingerprint.value],
            properties: SARIFLog.ResultProperties(
                status: requirement.status.rawValue, code: finding.code,
                findingKind: finding.kind.rawValue))
    }

    private func physical(_ location: SourceLocation) -> SARIFLog.PhysicalLocation {
        SARIFLog.PhysicalLocation(
            artifactLocation: SARIFLog.ArtifactLocation(uri: Escape.uri(path: location.file)),
            region: location.line > 0 ? SARIFLog.Region(startLine: location.line) : nil)
    }
}
