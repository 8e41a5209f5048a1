import AccreditCore
import AccreditReports
import Foundation
import HTTPTypes
import Hummingbird

/// `/runs/{id}`: what was checked and what came out: the verdict, the requirements per status,
/// the error when the package could not be evaluated, the HTML report in a sandboxed frame,
/// and every report format and the package itself to download.
struct RunPage: Sendable {
    let server: ServerEnvironment

    /// The pages' own policy, and the run's report in a frame from this site.
    static let policy = SecurityHeaders.pagePolicy + "; frame-src 'self'"

    static let texts: [String: LocalisedText] = [
        "unit": LocalisedText(da: "Enhed", en: "Unit"),
        "facts": LocalisedText(da: "Om kørslen", en: "About the run"),
        "by": LocalisedText(da: "Uploadet af", en: "Uploaded by"),
        "when": LocalisedText(da: "Tidspunkt", en: "When"),
        "asOf": LocalisedText(da: "Vurderet pr.", en: "Judged as of"),
        "packageDate": LocalisedText(da: "pakkens egen dato", en: "the package's own date"),
        "standards": LocalisedText(da: "Standarder", en: "Standards"),
        "ruleSets": LocalisedText(da: "Regelsæt", en: "Rule sets"),
        "catalogueHash": LocalisedText(da: "Katalogets kontrolsum", en: "Catalogue hash"),
        "packageHash": LocalisedText(da: "Pakkens SHA-256", en: "Package SHA-256"),
        "summary": LocalisedText(da: "Krav efter status", en: "Requirements by status"),
        "status": LocalisedText(da: "Status", en: "Status"),
        "count": LocalisedText(da: "Antal", en: "Count"),
        "fulfilled": LocalisedText(da: "Opfyldt (opfyldt eller arvet)", en: "Fulfilled (met or inherited)"),
        "assessable": LocalisedText(da: "Vurderbare", en: "Assessable"),
        "gaps": LocalisedText(da: "Åbne mangler", en: "Open gaps"),
        "failed": LocalisedText(da: "Pakken kunne ikke evalueres", en: "The package could not be evaluated"),
        "failedNote": LocalisedText(
            da: "Der er derfor ingen rapport. Beskeden står på det sprog, pakken blev uploadet på.",
            en: "So there is no report. The message is in the language the package was uploaded in."),
        "report": LocalisedText(da: "Rapport", en: "Report"),
        "reportFrame": LocalisedText(da: "Kørslens HTML-rapport", en: "The run's HTML report"),
        "openReport": LocalisedText(da: "Åbn rapporten for sig", en: "Open the report on its own"),
        "downloads": LocalisedText(da: "Hent", en: "Downloads"),
        "format": LocalisedText(da: "Format", en: "Format"),
        "purpose": LocalisedText(da: "Til", en: "For"),
        "danish": LocalisedText(da: "dansk", en: "Danish"),
        "english": LocalisedText(da: "engelsk", en: "English"),
        "package": LocalisedText(da: "Evalueringspakken (zip)", en: "The evaluation package (zip)"),
        "toUnit": LocalisedText(da: "Til enhedens side", en: "To the unit's page"),
    ]

    /// What each format is for, in both languages.
    static func purpose(_ format: ReportFormat) -> LocalisedText {
        switch format {
        case .text: return LocalisedText(da: "rapporten som tekst", en: "the report as text")
        case .json: return LocalisedText(da: "JSON efter rapportens skema", en: "JSON in the report's schema")
        case .junit: return LocalisedText(da: "JUnit XML til CI-oversigter", en: "JUnit XML for CI dashboards")
        case .sarif: return LocalisedText(da: "SARIF 2.1.0 til kodescanning", en: "SARIF 2.1.0 for code scanning")
        case .github: return LocalisedText(da: "GitHub Actions-anmærkninger", en: "GitHub Actions annotations")
        case .codeclimate:
            return LocalisedText(da: "GitLab Code Quality til merge requests", en: "GitLab Code Quality for merge requests")
        case .markdown: return LocalisedText(da: "Markdown-resumé", en: "a Markdown summary")
        case .csv: return LocalisedText(da: "én række pr. krav til regneark", en: "one row per requirement for spreadsheets")
        case .csvExcel:
            return LocalisedText(da: "samme CSV til dansk Excel (semikolon)", en: "the same CSV for Danish Excel (semicolons)")
        case .csvRFC4180:
            return LocalisedText(da: "samme CSV med komma (RFC 4180)", en: "the same CSV with commas (RFC 4180)")
        case .xlsx:
            return LocalisedText(da: "Excel-projektmappe med filtre", en: "an Excel workbook with filters")
        case .html:
            return LocalisedText(da: "en selvstændig side, kan udskrives som PDF", en: "a page of its own, printable to PDF")
        }
    }

    @Sendable func show(_ request: Request, context: ServerContext) async throws -> Response {
        let user = try WebAccess.user(request, context)
        let language = context.language
        let access = Access(store: server.store)
        let run = try await access.run(PagePath.parameter(context, "run"), for: user)
        let unit = try await access.unit(run.unit, for: user)

        var values: [String: Any] = [
            "id": run.id, "unitName": unit.name, "unitHref": PagePath.unit(unit.id),
            "verdict": VerdictBadge.values(run, language), "by": run.createdBy,
            "when": ReadingFormat.dateTime(run.createdAt, language), "whenISO": ReadingFormat.isoDateTime(run.createdAt),
            "standards": run.standards, "ruleSets": run.ruleSets, "catalogueHash": run.catalogueHash,
            "packageHash": run.packageSHA256, "packageHref": "/runs/\(run.id)/package",
            "hasStandards": !run.standards.isEmpty, "hasRuleSets": !run.ruleSets.isEmpty,
        ]
        if let asOf = run.asOf { values["asOf"] = ReadingFormat.date(iso: asOf, language) }
        if let error = run.error {
            values["error"] = error
        } else {
            values["reportFrame"] = "/runs/\(run.id)/report.html?lang=\(language.rawValue)"
            values["hasFormats"] = true
            values["formats"] = ReportFormat.allCases.map { format -> [String: Any] in
                [
                    "name": format.rawValue, "purpose": Self.purpose(format).text(language),
                    "da": RunDownloads.href(run: run.id, format: format, language: .da),
                    "en": RunDownloads.href(run: run.id, format: format, language: .en),
                ]
            }
        }
        if let summary = run.summary, run.error == nil {
            let number = { (value: Int) in ReadingFormat.integer(value, language) }
            values["summary"] = [
                "statuses": RequirementStatus.allCases.map { status -> [String: Any] in
                    let count = summary.counts[status.rawValue] ?? 0
                    return [
                        "status": status.rawValue, "name": status.name.text(language), "count": number(count),
                        "zero": count == 0,
                    ]
                },
                "fulfilled": number(summary.fulfilled), "assessable": number(summary.assessable),
                "share": ReadingFormat.share(summary, language), "gaps": number(summary.gaps),
            ]
        }
        let title = LocalisedText(da: "Kørsel \(run.id): \(unit.name)", en: "Run \(run.id): \(unit.name)")
        var response = PageRenderer.shared.page("run", title: title, values: values, context: context, texts: Self.texts)
        response.headers[.contentSecurityPolicy] = Self.policy
        return response
    }
}
