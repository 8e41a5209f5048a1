import AccreditCore

/// One row per requirement for spreadsheets, with a header row in the report's language.
///
/// The dialect (`CSVDialect`) is Excel's for Danish (`;`, decimal comma, UTF-8 byte-order
/// mark), so the file opens in Danish Excel as it is, and RFC 4180 for English; the formats
/// `csv-excel` and `csv-rfc4180` choose one whatever the language. Every row starts with the
/// organisation, unit, period and verdict of the package, so sheets from many units can be
/// stacked and filtered. Counts and the share fulfilled are plain numbers and dates are ISO
/// dates, which spreadsheets read as numbers and dates. The status appears twice: as the
/// stable code for formulas and filters, and in words. The last columns carry the tool
/// version, rule-set identity and assessment date, so a sheet copied elsewhere still says
/// where it came from.
public struct CSVReporter: Reporter {
    /// The dialect, or nil for the one preferred by the report's language.
    public var dialect: CSVDialect?

    /// The CSV reporter in `dialect`, or in the language's preferred dialect when nil.
    public init(dialect: CSVDialect? = nil) {
        self.dialect = dialect
    }

    /// The report as CSV text, with the header and words in `l`.
    public func render(_ report: Report, language l: Language) -> String {
        let words = { (heading: SpreadsheetWording.Heading) in SpreadsheetWording.text(heading, l) }
        let header: [String] = [
            Vocabulary.label(.organisation, l), Vocabulary.label(.unit, l), words(.unitName), words(.periodStart),
            words(.periodEnd), words(.verdictCode), words(.verdict),
            Vocabulary.label(.standard, l), Vocabulary.label(.requirement, l), Vocabulary.label(.requirementTitle, l),
            Vocabulary.label(.level, l), Vocabulary.label(.theme, l), Vocabulary.label(.criterion, l),
            Vocabulary.label(.statusCode, l), Vocabulary.label(.status, l), Vocabulary.label(.critical, l),
            words(.openFindings), words(.acceptedEvidence), words(.fulfilledShare),
            Vocabulary.label(.location, l), Vocabulary.label(.definition, l), Vocabulary.label(.findings, l),
            Vocabulary.label(.evidence, l), Vocabulary.label(.rules, l), Vocabulary.label(.assessedAt, l),
            Vocabulary.label(.tool, l),
        ]
        var csv = CSVWriter(lineEnd: "\r\n", dialect: dialect ?? .preferred(for: l))
        csv.row(texts: header)
        let package = report.package
        let verdict = report.verdict.decision
        let standards = Dictionary(report.standards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for requirement in report.requirements {
            let rules = report.ruleSets.filter { $0.standard == requirement.standard }
                .map { "\($0.id) \($0.version) sha256:\($0.contentHash)" }.joined(separator: "; ")
            let open = ReportDigest.openFindings(requirement)
            let passed = requirement.findings.filter { $0.kind == .passed }
            let findings = open.map { "\($0.message.text(l)) (\($0.location))" }.joined(separator: "\n")
            let evidence = passed.map { "\($0.message.text(l)) (\($0.location))" }.joined(separator: "\n")
            let share = SpreadsheetWording.fulfilledPercent(standards[requirement.standard])
            csv.row([
                .text(package.organisation), .text(package.unitID), .text(package.unitName),
                .number(package.periodStart.description), .number(package.periodEnd.description),
                .text(verdict.rawValue), .text(Vocabulary.decision(verdict, l)),
                .text(requirement.standard), .text(requirement.id), .text(requirement.title.text(l)),
                .text(Vocabulary.level(requirement.level, l)), .text(requirement.theme.map { Vocabulary.theme($0, l) } ?? ""),
                .text(requirement.groupPath.last ?? ""), .text(requirement.status.rawValue),
                .text(Vocabulary.status(requirement.status, l)), .text(Vocabulary.label(requirement.critical ? .yes : .no, l)),
                .number(String(open.count)), .number(String(passed.count)),
                share.map { .decimal($0, fractionDigits: 1) } ?? .number(""),
                .text(requirement.location.description), .text(requirement.definition.description), .text(findings),
                .text(evidence), .text(rules), .number(report.assessmentDate.description),
                .text("accredit \(report.tool.version)"),
            ])
        }
        return csv.text
    }
}
