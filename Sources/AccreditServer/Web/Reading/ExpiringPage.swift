import AccreditCore
import Foundation
import Hummingbird

/// `/expiring`: the evidence of every readable unit's latest checked run that has expired or
/// expires within 30 days (`?days=7`, `30` or `90`), soonest first, in groups: expired or
/// expiring today, within 7 days, within 30, within 90.
struct ExpiringPage: Sendable {
    let server: ServerEnvironment

    static let texts: [String: LocalisedText] = [
        "days": LocalisedText(da: "Udløber inden", en: "Expires within"),
        "daysOption": LocalisedText(da: "{n} dage", en: "{n} days"),
        "expires": LocalisedText(da: "Udløber", en: "Expires"),
        "left": LocalisedText(da: "Tid tilbage", en: "Time left"),
        "evidence": LocalisedText(da: "Dokumentation", en: "Evidence"),
        "evidenceId": LocalisedText(da: "Id", en: "Id"),
        "unit": LocalisedText(da: "Enhed", en: "Unit"),
        "run": LocalisedText(da: "Kørsel", en: "Run"),
        "none": LocalisedText(da: "Ingen.", en: "None."),
        "nothing": LocalisedText(
            da: "Ingen dokumentation udløber inden for perioden.", en: "No evidence expires within the period."),
        "intro": LocalisedText(
            da: "Dokumentation fra hver enheds seneste evaluerede kørsel, talt fra i dag, {today}.",
            en: "Evidence from each unit's latest evaluated run, counted from today, {today}."),
        "groupExpired": LocalisedText(da: "Udløbet eller udløber i dag", en: "Expired or expiring today"),
        "group7": LocalisedText(da: "Udløber inden 7 dage", en: "Expiring within 7 days"),
        "group30": LocalisedText(da: "Udløber inden 30 dage", en: "Expiring within 30 days"),
        "group90": LocalisedText(da: "Udløber inden 90 dage", en: "Expiring within 90 days"),
    ]

    /// The groups, each with the largest number of days left it takes.
    static let groups: [(name: String, upTo: Int)] = [("groupExpired", 0), ("group7", 7), ("group30", 30), ("group90", 90)]

    @Sendable func show(_ request: Request, context: ServerContext) async throws -> Response {
        let user = try WebAccess.user(request, context)
        let language = context.language
        let query = PageQuery(request)
        let filter = UnitFilter(query)
        let days =
            query.get("days").flatMap(Int.init).flatMap { EvidenceExpiry.windows.contains($0) ? $0 : nil }
            ?? EvidenceExpiry.defaultWindow
        let today = ReadingFormat.today()
        let all = try await UnitRuns.load(server, for: user)
        let shown = all.filter { filter.admits($0.unit, standards: $0.checked?.standards ?? []) }

        struct Item {
            var entry: UnitRuns
            var run: RunRecord
            var evidence: ExpiringEvidence
            var daysLeft: Int
        }
        var items: [Item] = []
        for entry in shown {
            guard let run = entry.checked else { continue }
            for found in EvidenceExpiry.within(days, of: run, today: today) {
                items.append(Item(entry: entry, run: run, evidence: found.evidence, daysLeft: found.daysLeft))
            }
        }
        items.sort {
            ($0.daysLeft, $0.entry.unit.name, $0.evidence.title, $0.evidence.id)
                < ($1.daysLeft, $1.entry.unit.name, $1.evidence.title, $1.evidence.id)
        }

        var lower = Int.min
        var groups: [[String: Any]] = []
        for group in Self.groups where group.upTo <= days {
            let members = items.filter { $0.daysLeft > lower && $0.daysLeft <= group.upTo }
            lower = group.upTo
            groups.append([
                "name": group.name, "heading": Self.texts[group.name]!.text(language),
                "count": ReadingFormat.integer(members.count, language), "empty": members.isEmpty,
                "items": members.map { item -> [String: Any] in
                    [
                        "expires": ReadingFormat.date(iso: item.evidence.expires, language),
                        "expiresISO": item.evidence.expires, "left": ReadingFormat.daysLeft(item.daysLeft, language),
                        "title": item.evidence.title, "id": item.evidence.id, "unitName": item.entry.unit.name,
                        "unitHref": PagePath.unit(item.entry.unit.id), "runId": item.run.id,
                        "runHref": "/runs/\(item.run.id)",
                    ]
                },
            ])
        }
        let option = Self.texts["daysOption"]!.text(language)
        let values: [String: Any] = [
            "groups": groups, "nothing": items.isEmpty,
            "intro": Self.texts["intro"]!.text(language).replacingOccurrences(
                of: "{today}", with: ReadingFormat.date(today, language)),
            "windows": EvidenceExpiry.windows.map { window -> [String: Any] in
                [
                    "value": window, "name": option.replacingOccurrences(of: "{n}", with: String(window)),
                    "selected": window == days,
                ]
            },
            "filter": filter.values(standards: all.flatMap { $0.checked?.standards ?? [] }, language: language),
            "filtered": filter.isActive || days != EvidenceExpiry.defaultWindow,
        ]
        return PageRenderer.shared.page(
            "expiring", title: PageTexts.common["expiring"]!, values: values, context: context,
            texts: Self.texts.merging(UnitFilter.texts) { page, _ in page })
    }
}
