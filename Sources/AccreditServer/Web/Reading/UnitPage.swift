import AccreditCore
import Foundation
import Hummingbird

/// `/units/{unit}`: one unit, its history as a chart and a table, its runs, what changed in
/// its latest checked run since the one before, and links to the latest report and (for roles
/// that check) to the self-evaluation editor.
struct UnitPage: Sendable {
    let server: ServerEnvironment

    /// The runs listed; the chart takes the newest `HistoryChart.maximumRuns` of them.
    static let listedRuns = 100

    static let texts: [String: LocalisedText] = [
        "unitId": LocalisedText(da: "Id", en: "Id"),
        "level": LocalisedText(da: "Niveau", en: "Level"),
        "parent": LocalisedText(da: "Hører under", en: "Part of"),
        "children": LocalisedText(da: "Enheder under denne", en: "Units under this one"),
        "about": LocalisedText(da: "Om enheden", en: "About the unit"),
        "history": LocalisedText(da: "Udvikling", en: "History"),
        "historyTable": LocalisedText(da: "Udviklingen som tabel", en: "The history as a table"),
        "runs": LocalisedText(da: "Kørsler", en: "Runs"),
        "run": LocalisedText(da: "Kørsel", en: "Run"),
        "by": LocalisedText(da: "Af", en: "By"),
        "when": LocalisedText(da: "Tidspunkt", en: "When"),
        "asOf": LocalisedText(da: "Vurderet pr.", en: "Judged as of"),
        "packageDate": LocalisedText(da: "pakkens dato", en: "the package's date"),
        "problem": LocalisedText(da: "Fejl", en: "Error"),
        "newestShown": LocalisedText(
            da: "Viser de nyeste kørsler.", en: "Showing the newest runs."),
        "changes": LocalisedText(da: "Ændringer siden forrige kørsel", en: "Changes since the previous run"),
        "comparing": LocalisedText(da: "Kørsel {run} sammenlignet med kørsel {base}.", en: "Run {run} compared with run {base}."),
        "noBase": LocalisedText(
            da: "Der er ingen tidligere evalueret kørsel at sammenligne med.",
            en: "There is no earlier evaluated run to compare with."),
        "noDiff": LocalisedText(
            da: "Ændringerne kunne ikke beregnes for denne kørsel.", en: "The changes could not be worked out for this run."),
        "new": LocalisedText(da: "Nye fund", en: "New findings"),
        "fixed": LocalisedText(da: "Rettede fund", en: "Fixed findings"),
        "unchanged": LocalisedText(da: "Uændrede fund", en: "Unchanged findings"),
        "requirement": LocalisedText(da: "Krav", en: "Requirement"),
        "kind": LocalisedText(da: "Art", en: "Kind"),
        "message": LocalisedText(da: "Fund", en: "Finding"),
        "code": LocalisedText(da: "Kode", en: "Code"),
        "none": LocalisedText(da: "Ingen.", en: "None."),
        "latestReport": LocalisedText(da: "Seneste rapport", en: "Latest report"),
        "editEvaluation": LocalisedText(da: "Redigér selvevalueringen", en: "Edit the self-evaluation"),
        "noChecked": LocalisedText(
            da: "Ingen af enhedens pakker kunne evalueres endnu.", en: "None of the unit's packages could be evaluated yet."),
    ]

    /// Finding kinds in words.
    static func kind(_ kind: String) -> LocalisedText {
        switch kind {
        case "gap": return LocalisedText(da: "mangel", en: "gap")
        case "error": return LocalisedText(da: "fejl", en: "error")
        case "note": return LocalisedText(da: "bemærkning", en: "note")
        default: return LocalisedText(da: kind, en: kind)
        }
    }

    @Sendable func show(_ request: Request, context: ServerContext) async throws -> Response {
        let user = try WebAccess.user(request, context)
        let language = context.language
        let access = Access(store: server.store)
        let unit = try await access.unit(PagePath.parameter(context, "unit"), for: user)
        let readable = try await access.readableUnits(user)
        let runs = try await server.store.runs(unit: unit.id, limit: Self.listedRuns)

        var values: [String: Any] = [
            "id": unit.id, "name": unit.name, "level": UnitFilter.levelName(unit.level).text(language),
            "mayCheck": user.role.mayCheck, "editHref": PagePath.unit(unit.id) + "/evaluation",
            "runs": runs.map { row($0, language) }, "hasRuns": !runs.isEmpty,
            "manyRuns": runs.count >= Self.listedRuns,
        ]
        if let parent = unit.parent {
            if let found = readable.first(where: { $0.id == parent }) {
                values["parent"] = ["name": found.name, "href": PagePath.unit(found.id)]
            } else {
                values["parent"] = ["name": parent]
            }
        }
        let children = readable.filter { $0.parent == unit.id }
        values["children"] = children.map { ["name": $0.name, "href": PagePath.unit($0.id)] }
        values["hasChildren"] = !children.isEmpty

        let history = Array(runs.prefix(HistoryChart.maximumRuns).reversed())
        if !history.isEmpty {
            let chart = HistoryChart(runs: history, language: language)
            values["chart"] = chart.svg()
            values["history"] = history.map { row($0, language) }
            values["legend"] = HistoryChart.legend(language)
        }

        let checked = runs.filter { $0.error == nil }
        if let latest = checked.first {
            values["latest"] = [
                "id": latest.id, "href": "/runs/\(latest.id)",
                "reportHref": "/runs/\(latest.id)/report.html?lang=\(language.rawValue)",
                "verdict": VerdictBadge.values(latest, language),
                "share": ReadingFormat.share(latest.summary, language),
            ]
            values["changes"] = try await changes(latest, base: checked.dropFirst().first, language: language)
        } else if !runs.isEmpty {
            values["noChecked"] = true
        }
        let texts = Self.texts.merging(HistoryChart.texts) { page, _ in page }
        return PageRenderer.shared.page(
            "unit", title: LocalisedText(da: unit.name, en: unit.name), values: values, context: context, texts: texts)
    }

    /// One run as a row of the list and of the chart's table.
    func row(_ run: RunRecord, _ language: Language) -> [String: Any] {
        var row: [String: Any] = [
            "id": run.id, "href": "/runs/\(run.id)", "verdict": VerdictBadge.values(run, language),
            "share": ReadingFormat.share(run.error == nil ? run.summary : nil, language),
            "by": run.createdBy, "when": ReadingFormat.dateTime(run.createdAt, language),
            "whenISO": ReadingFormat.isoDateTime(run.createdAt),
        ]
        if let asOf = run.asOf { row["asOf"] = ReadingFormat.date(iso: asOf, language) }
        if let error = run.error { row["error"] = error }
        return row
    }

    /// What changed from `base` to `latest`: counts and lists, or why it cannot be said.
    func changes(_ latest: RunRecord, base: RunRecord?, language: Language) async throws -> [String: Any] {
        guard let base else { return ["noBase": true] }
        let diff: RunDiff
        do {
            diff = try await server.diff(latest, base: base, language: language)
        } catch is APIError {
            return ["noDiff": true]
        }
        let comparing = Self.texts["comparing"]!.text(language)
            .replacingOccurrences(of: "{run}", with: "\(latest.id)")
            .replacingOccurrences(of: "{base}", with: "\(base.id)")
        func list(_ name: String, _ items: [RunDiff.Item]) -> [String: Any] {
            [
                "name": name, "heading": Self.texts[name]!.text(language),
                "count": ReadingFormat.integer(items.count, language), "empty": items.isEmpty,
                "open": name != "unchanged" && !items.isEmpty && items.count <= 25,
                "items": items.map { item in
                    [
                        "requirement": item.requirement, "kind": Self.kind(item.kind).text(language),
                        "message": item.message, "code": item.code,
                    ]
                },
            ]
        }
        return [
            "comparing": comparing, "hasLists": true, "latestHref": "/runs/\(latest.id)", "latestId": latest.id,
            "baseHref": "/runs/\(base.id)", "baseId": base.id,
            "lists": [list("new", diff.new), list("fixed", diff.fixed), list("unchanged", diff.unchanged)],
        ]
    }
}
