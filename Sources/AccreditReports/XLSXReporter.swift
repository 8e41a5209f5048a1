import AccreditCore

/// An Excel workbook for quality coordinators, in the report's language: a summary sheet
/// (package, verdict, one row per standard), the requirements (one row per requirement, the
/// same columns as the CSV report), the findings (one row per finding) and the overlaps
/// between concern and sector.
///
/// Cells are typed: counts and shares are numbers, dates are dates, "critical" is a truth
/// value, so sorting, filtering and formulas work without conversion. Each table has its
/// header row frozen and filter buttons on it. xlsx is binary: `renderUTF8` (and
/// `render(_:language:into:)`) give the file's bytes; `render` gives no meaningful text, and
/// front ends refuse to write the format to standard output (`ReportFormat.isBinary`).
public struct XLSXReporter: Reporter {
    /// The xlsx reporter; it has no options.
    public init() {}

    /// The bytes decoded as UTF-8, for the `Renderer` shape only: an xlsx file is a zip archive,
    /// not text. Use `renderUTF8`.
    public func render(_ report: Report, language: Language) -> String {
        String(decoding: renderUTF8(report, language: language), as: UTF8.self)
    }

    /// The workbook's bytes; empty if libxlsxwriter could not write it (no temporary folder,
    /// or a full disk), which a front end reports as a failed write.
    public func renderUTF8(_ report: Report, language: Language) -> [UInt8] {
        (try? workbook(report, language: language)) ?? []
    }

    private func workbook(_ report: Report, language l: Language) throws(XLSXWorkbook.WriteError) -> [UInt8] {
        let title = "accredit \(Vocabulary.label(.title, l)): \(report.package.unitName)"
        let book = try XLSXWorkbook(title: title, created: report.assessmentDate, language: l)
        summary(report, l, book)
        requirements(report, l, book)
        findings(report, l, book)
        overlaps(report, l, book)
        return try book.bytes()
    }

    private func summary(_ report: Report, _ l: Language, _ book: XLSXWorkbook) {
        let sheet = book.addSheet(SpreadsheetWording.text(.summarySheet, l))
        let words = { (heading: SpreadsheetWording.Heading) in SpreadsheetWording.text(heading, l) }
        let package = report.package
        book.writeHeader(sheet, [words(.item), words(.value)], widths: [34, 60])
        let facts: [(String, XLSXWorkbook.Cell)] = [
            (Vocabulary.label(.organisation, l), .text(package.organisation)),
            (Vocabulary.label(.unit, l), .text(package.unitID)),
            (words(.unitName), .text(package.unitName)),
            (words(.periodStart), .date(package.periodStart)),
            (words(.periodEnd), .date(package.periodEnd)),
            (Vocabulary.label(.assessedAt, l), .date(report.assessmentDate)),
            (words(.verdict), .text(Vocabulary.decision(report.verdict.decision, l))),
            (words(.verdictCode), .text(report.verdict.decision.rawValue)),
            (Vocabulary.label(.package, l), .text(package.manifest)),
            (Vocabulary.label(.catalogue, l), .text("sha256:" + report.catalogueHash)),
            (Vocabulary.label(.tool, l), .text("accredit \(report.tool.version)")),
        ]
        for (index, fact) in facts.enumerated() {
            book.writeRow(sheet, row: 1 + index, [.text(fact.0), fact.1])
        }
        let top = facts.count + 2
        let statuses = RequirementStatus.allCases
        book.writeHeader(
            sheet, row: top,
            [
                Vocabulary.label(.standard, l), Vocabulary.label(.requirementTitle, l), Vocabulary.label(.level, l),
                words(.verdict), Vocabulary.label(.fulfilled, l), Vocabulary.label(.requirements, l), words(.fulfilledShare),
            ] + statuses.map { Vocabulary.status($0, l) },
            widths: [34, 60, 12, 22, 12, 12, 14] + statuses.map { _ in 14 })
        for (index, standard) in report.standards.enumerated() {
            let share = SpreadsheetWording.fulfilledPercent(standard).map { XLSXWorkbook.Cell.percent($0 / 100) } ?? .empty
            book.writeRow(
                sheet, row: top + 1 + index,
                [
                    .text(standard.id), .text(standard.title.text(l)), .text(Vocabulary.level(standard.level, l)),
                    .text(Vocabulary.decision(standard.verdict.decision, l)), .integer(standard.fulfilled),
                    .integer(standard.assessable), share,
                ] + statuses.map { .integer(standard.counts[$0] ?? 0) })
        }
    }

    private func requirements(_ report: Report, _ l: Language, _ book: XLSXWorkbook) {
        let sheet = book.addSheet(SpreadsheetWording.text(.requirementsSheet, l))
        let words = { (heading: SpreadsheetWording.Heading) in SpreadsheetWording.text(heading, l) }
        let columns: [(String, Double)] = [
            (Vocabulary.label(.organisation, l), 18), (Vocabulary.label(.unit, l), 16), (words(.unitName), 24),
            (words(.verdictCode), 14), (Vocabulary.label(.standard, l), 18), (Vocabulary.label(.requirement, l), 14),
            (Vocabulary.label(.requirementTitle, l), 50), (Vocabulary.label(.level, l), 10), (Vocabulary.label(.theme, l), 22),
            (Vocabulary.label(.criterion, l), 10), (Vocabulary.label(.statusCode, l), 14), (Vocabulary.label(.status, l), 16),
            (Vocabulary.label(.critical, l), 9), (words(.openFindings), 12), (words(.acceptedEvidence), 14),
            (words(.fulfilledShare), 12), (Vocabulary.label(.findings, l), 60), (Vocabulary.label(.location, l), 30),
            (Vocabulary.label(.assessedAt, l), 12),
        ]
        book.writeHeader(sheet, columns.map(\.0), widths: columns.map(\.1))
        let standards = Dictionary(report.standards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let package = report.package
        for (index, requirement) in report.requirements.enumerated() {
            let open = ReportDigest.openFindings(requirement)
            let share = SpreadsheetWording.fulfilledPercent(standards[requirement.standard])
            book.writeRow(
                sheet, row: 1 + index,
                [
                    .text(package.organisation), .text(package.unitID), .text(package.unitName),
                    .text(report.verdict.decision.rawValue), .text(requirement.standard), .text(requirement.id),
                    .text(requirement.title.text(l)), .text(Vocabulary.level(requirement.level, l)),
                    .text(requirement.theme.map { Vocabulary.theme($0, l) } ?? ""), .text(requirement.groupPath.last ?? ""),
                    .text(requirement.status.rawValue), .text(Vocabulary.status(requirement.status, l)),
                    .boolean(requirement.critical), .integer(open.count),
                    .integer(requirement.findings.count { $0.kind == .passed }),
                    share.map { .percent($0 / 100) } ?? .empty,
                    .text(open.map { $0.message.text(l) }.joined(separator: "\n")),
                    .text(requirement.location.description), .date(report.assessmentDate),
                ])
        }
        book.table(sheet, lastRow: report.requirements.count, columns: columns.count)
    }

    private func findings(_ report: Report, _ l: Language, _ book: XLSXWorkbook) {
        let sheet = book.addSheet(SpreadsheetWording.text(.findingsSheet, l))
        let words = { (heading: SpreadsheetWording.Heading) in SpreadsheetWording.text(heading, l) }
        let columns: [(String, Double)] = [
            (Vocabulary.label(.standard, l), 18), (Vocabulary.label(.requirement, l), 14),
            (Vocabulary.label(.statusCode, l), 14), (words(.findingKind), 12), (words(.code), 24),
            (Vocabulary.label(.message, l), 70), (Vocabulary.label(.location, l), 36), (words(.rule), 24),
        ]
        book.writeHeader(sheet, columns.map(\.0), widths: columns.map(\.1))
        var row = 0
        for requirement in report.requirements {
            for finding in requirement.findings {
                row += 1
                book.writeRow(
                    sheet, row: row,
                    [
                        .text(requirement.standard), .text(requirement.id), .text(requirement.status.rawValue),
                        .text(Vocabulary.findingKind(finding.kind, l)), .text(finding.code), .text(finding.message.text(l)),
                        .text(finding.location.description), .text(finding.rule ?? ""),
                    ])
            }
        }
        book.table(sheet, lastRow: row, columns: columns.count)
    }

    private func overlaps(_ report: Report, _ l: Language, _ book: XLSXWorkbook) {
        let sheet = book.addSheet(SpreadsheetWording.text(.overlapsSheet, l))
        let words = { (heading: SpreadsheetWording.Heading) in SpreadsheetWording.text(heading, l) }
        let columns: [(String, Double)] = [
            (words(.concern), 16), (words(.sector), 16), (Vocabulary.label(.relation, l), 14),
            (Vocabulary.label(.state, l), 22), (words(.concernStatus), 16), (words(.sectorStatus), 16),
            (Vocabulary.label(.message, l), 70), (Vocabulary.label(.location, l), 36),
        ]
        book.writeHeader(sheet, columns.map(\.0), widths: columns.map(\.1))
        for (index, overlap) in report.overlaps.enumerated() {
            book.writeRow(
                sheet, row: 1 + index,
                [
                    .text(overlap.concern), .text(overlap.sector), .text(overlap.relation.name.text(l)),
                    .text(Vocabulary.overlap(overlap.state, l)), .text(Vocabulary.status(overlap.concernStatus, l)),
                    .text(Vocabulary.status(overlap.sectorStatus, l)), .text(overlap.message.text(l)),
                    .text(overlap.location.description),
                ])
        }
        book.table(sheet, lastRow: report.overlaps.count, columns: columns.count)
    }
}
