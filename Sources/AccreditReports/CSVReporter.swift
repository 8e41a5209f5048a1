import AccreditCore

/// One row per requirement for spreadsheets: UTF-8, a header row in the report's language,
/// comma-separated with CRLF line ends (RFC 4180). The status appears twice: as the stable
/// code for formulas and filters, and in words. The last columns carry the tool version,
/// rule-set identity and assessment date, so a sheet copied elsewhere still says where it
/// came from.
public struct CSVReporter: Reporter {
    /// The CSV reporter; it has no options.
    public init() {}

    /// The report as CSV text, with the header and words in `l`.
    public func render(_ report: Report, language l: Language) -> String {
        let header: [String] = [
            Vocabulary.label(.standard, l), Vocabulary.label(.requirement, l), Vocabulary.label(.requirementTitle, l),
            Vocabulary.label(.level, l), Vocabulary.label(.theme, l), Vocabulary.label(.criterion, l),
            Vocabulary.label(.statusCode, l), Vocabulary.label(.status, l), Vocabulary.label(.critical, l),
            Vocabulary.label(.location, l), Vocabulary.label(.definition, l), Vocabulary.label(.findings, l),
            Vocabulary.label(.evidence, l), Vocabulary.label(.rules, l), Vocabulary.label(.assessedAt, l),
            Vocabulary.label(.tool, l),
        ]
        var csv = CSVWriter(lineEnd: "\r\n")
        csv.row(texts: header)
        for requirement in report.requirements {
            let rules = report.ruleSets.filter { $0.standard == requirement.standard }
                .map { "\($0.id) \($0.version) sha256:\($0.contentHash)" }.joined(separator: "; ")
            let findings = ReportDigest.openFindings(requirement)
                .map { "\($0.message.text(l)) (\($0.location))" }.joined(separator: "\n")
            let evidence = requirement.findings.filter { $0.kind == .passed }
                .map { "\($0.message.text(l)) (\($0.location))" }.joined(separator: "\n")
            csv.row(texts: [
                requirement.standard, requirement.id, requirement.title.text(l),
                Vocabulary.level(requirement.level, l), requirement.theme.map { Vocabulary.theme($0, l) } ?? "",
                requirement.groupPath.last ?? "", requirement.status.rawValue, Vocabulary.status(requirement.status, l),
                Vocabulary.label(requirement.critical ? .yes : .no, l), requirement.location.description,
                requirement.definition.description, findings, evidence, rules, report.assessmentDate.description,
                "accredit \(report.tool.version)",
            ])
        }
        return csv.text
    }
}
