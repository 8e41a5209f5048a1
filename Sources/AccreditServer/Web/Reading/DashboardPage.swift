import AccreditCore
import Foundation
import Hummingbird

/// `/`: the concern dashboard. One row per unit the user may read, with its latest verdict,
/// share met and its change since the run before, open gaps, evidence running out, and the
/// date of its last run; totals on top; filters by level and standard. Built from two queries
/// whatever the number of units (`UnitRuns.load`), so a thousand units stay fast.
struct DashboardPage: Sendable {
    let server: ServerEnvironment

    static let texts: [String: LocalisedText] = [
        "unit": LocalisedText(da: "Enhed", en: "Unit"),
        "level": LocalisedText(da: "Niveau", en: "Level"),
        "trend": LocalisedText(da: "Udvikling", en: "Trend"),
        "gaps": LocalisedText(da: "Åbne mangler", en: "Open gaps"),
        "evidence": LocalisedText(da: "Dokumentation der udløber", en: "Evidence expiring"),
        "within30": LocalisedText(da: "inden 30 dage", en: "within 30 days"),
        "within7": LocalisedText(da: "inden 7 dage", en: "within 7 days"),
        "expired": LocalisedText(da: "udløbet", en: "expired"),
        "expiryNote": LocalisedText(
            da:
                "Dokumentation der udløber tælles fra i dag, {today}, i hver enheds seneste evaluerede kørsel. Udløbet omfatter det, der udløber i dag, og tallene for 30 og 7 dage omfatter det udløbne.",
            en:
                "Expiring evidence is counted from today, {today}, in each unit's latest evaluated run. Expired includes what expires today, and the counts for 30 and 7 days include the expired."
        ),
        "totals": LocalisedText(da: "I alt", en: "Totals"),
        "totalUnits": LocalisedText(da: "Enheder", en: "Units"),
        "totalReady": LocalisedText(da: "Klar", en: "Ready"),
        "totalNotReady": LocalisedText(da: "Ikke klar", en: "Not ready"),
        "totalOther": LocalisedText(da: "Uafklaret eller ikke evalueret", en: "Undetermined or not evaluated"),
        "totalNoRuns": LocalisedText(da: "Uden kørsler", en: "Without runs"),
        "readyNote": LocalisedText(
            da: "Klar omfatter klar med bemærkninger.", en: "Ready includes ready with remarks."),
        "caption": LocalisedText(
            da: "Enhederne med deres seneste kørsel", en: "The units with their latest run"),
        "trendNote": LocalisedText(
            da: "Udviklingen er ændringen i andel opfyldt siden kørslen før den seneste.",
            en: "The trend is the change in share met since the run before the latest."),
        "noUnits": LocalisedText(da: "Ingen enheder at vise.", en: "No units to show."),
        "noUnitsFiltered": LocalisedText(
            da: "Ingen enheder passer til filteret.", en: "No units match the filter."),
        "failed": LocalisedText(da: "Seneste pakke kunne ikke evalueres", en: "The latest package could not be evaluated"),
        "up": LocalisedText(da: "steget", en: "up"),
        "down": LocalisedText(da: "faldet", en: "down"),
        "same": LocalisedText(da: "uændret", en: "unchanged"),
        "firstRun": LocalisedText(da: "første kørsel", en: "first run"),
        "previousFailed": LocalisedText(
            da: "forrige pakke kunne ikke evalueres", en: "the previous package could not be evaluated"),
        "noShare": LocalisedText(da: "ingen andel at sammenligne med", en: "no share to compare with"),
    ]

    @Sendable func show(_ request: Request, context: ServerContext) async throws -> Response {
        let user = try WebAccess.user(request, context)
        let language = context.language
        let filter = UnitFilter(request)
        let all = try await UnitRuns.load(server, for: user)
        let today = ReadingFormat.today()
        let shown = all.filter { filter.admits($0.unit, standards: $0.checked?.standards ?? []) }

        var ready = 0
        var notReady = 0
        var other = 0
        var noRuns = 0
        for entry in shown {
            guard let latest = entry.latest else {
                noRuns += 1
                continue
            }
            switch latest.error == nil ? latest.verdict : nil {
            case "ready", "ready-with-remarks": ready += 1
            case "not-ready": notReady += 1
            default: other += 1
            }
        }
        let number = { (value: Int) in ReadingFormat.integer(value, language) }
        var values: [String: Any] = [
            "rowsHTML": DashboardRows.html(shown.map { row($0, today: today, language: language) }, language: language),
            "totals": [
                "units": number(shown.count), "ready": number(ready), "notReady": number(notReady),
                "other": number(other), "hasOther": other > 0, "noRuns": number(noRuns),
            ],
            "filter": filter.values(standards: all.flatMap { $0.checked?.standards ?? [] }, language: language),
            "empty": shown.isEmpty,
            "filtered": filter.isActive,
        ]
        values["expiryNote"] = Self.texts["expiryNote"]!.text(language).replacingOccurrences(
            of: "{today}", with: ReadingFormat.date(today, language))
        return PageRenderer.shared.page(
            "dashboard", title: PageTexts.common["dashboard"]!, values: values, context: context,
            texts: Self.texts.merging(UnitFilter.texts) { page, _ in page })
    }

    /// One unit's row.
    func row(_ entry: UnitRuns, today: Day, language: Language) -> [String: Any] {
        let unit = entry.unit
        var row: [String: Any] = [
            "id": unit.id, "name": unit.name, "href": PagePath.unit(unit.id),
            "level": UnitFilter.levelName(unit.level).text(language),
            "verdict": VerdictBadge.values(entry.latest, language),
        ]
        guard let latest = entry.latest else { return row }
        row["hasRun"] = true
        row["runHref"] = "/runs/\(latest.id)"
        row["lastRun"] = ReadingFormat.date(ReadingFormat.day(latest.createdAt), language)
        row["lastRunISO"] = ReadingFormat.isoDateTime(latest.createdAt)
        row["failed"] = latest.error != nil
        row["share"] = ReadingFormat.share(latest.error == nil ? latest.summary : nil, language)
        row["gaps"] = latest.error == nil ? latest.summary.map { ReadingFormat.integer($0.gaps, language) } ?? "–" : "–"
        if latest.error == nil {
            row["trend"] = Self.trend(entry, language)
        }
        let counts = EvidenceExpiry.counts(entry.checked, today: today)
        row["within30"] = ReadingFormat.integer(counts.within30, language)
        row["within7"] = ReadingFormat.integer(counts.within7, language)
        row["expired"] = ReadingFormat.integer(counts.expired, language)
        row["warn7"] = counts.within7 > 0
        row["warnExpired"] = counts.expired > 0
        return row
    }

    /// The change of the share met as an arrow (for the eye) and words (for everyone):
    /// `↑ +12,5 procentpoint`; a change under a twentieth of a point counts as none.
    static func trend(_ entry: UnitRuns, _ language: Language) -> [String: Any] {
        guard let change = entry.trend else {
            let reason =
                entry.previous == nil ? "firstRun" : entry.previous?.error != nil ? "previousFailed" : "noShare"
            return ["none": true, "words": texts[reason]!.text(language)]
        }
        let rounded = (change * 10).rounded() / 10
        let direction = rounded > 0 ? "up" : rounded < 0 ? "down" : "same"
        let arrow = rounded > 0 ? "↑" : rounded < 0 ? "↓" : "→"
        var values: [String: Any] = ["direction": direction, "arrow": arrow, "words": texts[direction]!.text(language)]
        if rounded != 0 { values["points"] = ReadingFormat.points(rounded, language) }
        return values
    }
}
