import AccreditAuthoring
import AccreditCore
import AccreditReports
import Foundation

/// The values of the editor's template (`evaluation.mustache`): the unit, the draft's header and
/// claims, one block per requirement of the claimed standards grouped by the standard's groups
/// and themes, the evidence with its form, the indicators and the upload form. Every text in the
/// page's language; Mustache escapes them.
struct EvaluationView {
    let catalogue: Catalogue
    let language: Language
    let unit: Unit
    let draft: DraftPackage
    /// Whether the draft is the one stored (rather than a new one or a rejected change).
    let saved: Bool
    let report: Report?
    let maxUploadBytes: Int

    func values(notice: String?, problems: [String]) -> [String: Any] {
        var values: [String: Any] = [
            "unit": [
                "id": unit.id, "name": unit.name, "level": Vocabulary.level(unit.level, language),
            ] as [String: Any],
            "saved": saved,
            "hasProblems": !problems.isEmpty,
            "problemList": problems,
            "organisationName": draft.organisation,
            "assessmentDate": draft.assessmentDate.description,
            "periodStart": draft.periodStart.description,
            "periodEnd": draft.periodEnd.description,
            "standardChoices": standardChoices,
            "claimed": claimed,
            "hasClaims": !draft.claims.isEmpty,
            "evidenceRows": evidenceRows,
            "hasEvidence": !draft.evidence.isEmpty,
            "kinds": EvidenceForm.kinds(catalogue, draft: draft).map {
                ["kind": $0, "label": EvidenceKindName.of($0).text(language)]
            },
            "evidenceChoices": evidenceChoices,
            "indicatorRows": indicatorRows,
            "hasIndicators": !draft.indicators.isEmpty,
            "maxUpload": "\(maxUploadBytes / 1_048_576) MiB",
            "today": PageDates.today().description,
        ]
        if let notice { values["notice"] = notice }
        if let report {
            values["draftVerdict"] = [
                "name": PageTexts.verdict(report.verdict.decision.rawValue).text(language),
                "decision": report.verdict.decision.rawValue,
                "share": language.percent(
                    report.requirements.filter { $0.status.isFulfilled }.count,
                    of: report.requirements.filter { $0.status.isAssessable }.count),
            ]
        }
        return values
    }

    private var standardChoices: [[String: Any]] {
        let claimed = Set(draft.claims.map(\.standard))
        var standards = EvaluationForm.claimable(catalogue, level: unit.level)
        for claim in draft.claims where !standards.contains(where: { $0.id == claim.standard }) {
            if let standard = catalogue.standards[claim.standard] { standards.append(standard) }
        }
        return standards.map { standard in
            [
                "id": standard.id, "title": standard.title.text(language), "version": standard.version,
                "checked": claimed.contains(standard.id),
            ]
        }
    }

    private var statuses: [String: RequirementStatus] {
        Dictionary(report?.requirements.map { ($0.id, $0.status) } ?? [], uniquingKeysWith: { a, _ in a })
    }

    private var claimed: [[String: Any]] {
        let statuses = statuses
        let evidenceCounts = draft.evidence.reduce(into: [String: Int]()) { counts, evidence in
            for id in evidence.requirements { counts[id, default: 0] += 1 }
        }
        return draft.claims.compactMap { claim -> [String: Any]? in
            guard let standard = catalogue.standards[claim.standard] else { return nil }
            let groupsByID = Dictionary(standard.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var sections: [[String: Any]] = []
            var currentPath: [String]?
            var blocks: [[String: Any]] = []
            func close() {
                guard let path = currentPath else { return }
                let titles = path.compactMap { groupsByID[$0]?.title.text(language) }.filter { !$0.isEmpty }
                let theme = path.reversed().compactMap { groupsByID[$0]?.theme }.first
                sections.append([
                    "heading": titles.isEmpty ? standard.title.text(language) : titles.joined(separator: " › "),
                    "theme": theme.map { Vocabulary.theme($0, language) } ?? "", "hasTheme": theme != nil,
                    "requirements": blocks,
                ])
                blocks = []
            }
            for requirement in standard.requirements {
                if requirement.groupPath != currentPath {
                    close()
                    currentPath = requirement.groupPath
                }
                blocks.append(
                    block(
                        requirement, standard: standard, status: statuses[requirement.id],
                        evidence: evidenceCounts[requirement.id] ?? 0))
            }
            close()
            return [
                "id": standard.id, "title": standard.title.text(language), "version": standard.version,
                "sections": sections,
            ]
        }
    }

    private func block(_ requirement: Requirement, standard: Standard, status: RequirementStatus?, evidence: Int)
        -> [String: Any]
    {
        let id = requirement.id
        let answer = draft.answer(id)
        let exemption = draft.exemption(id)
        let scale = requirement.scaleID.flatMap { standard.scales[$0] }
        var values: [String: Any] = [
            "id": id,
            "title": requirement.title.text(language),
            "text": requirement.text.text(language),
            "hasText": !requirement.text.text(language).isEmpty,
            "hasStatus": status != nil,
            "statusName": status.map { Vocabulary.status($0, language) } ?? "",
            "statusClass": status?.rawValue ?? "",
            "theme": requirement.theme.map { Vocabulary.theme($0, language) } ?? "",
            "hasRequirementTheme": requirement.theme != nil,
            "comment": answer?.comment ?? "",
            "noExemption": exemption == nil,
            "isNotApplicable": exemption?.kind == .notApplicable,
            "isWaiver": exemption?.kind == .waiver,
            "justification": exemption?.justification ?? "",
            "approver": exemption?.approvedBy ?? "",
            "approved": exemption?.approved.description ?? "",
            "exemptionExpires": exemption?.expires?.description ?? "",
            "evidenceCount": evidence,
            "supply": SupplyItem.items(for: requirement, in: catalogue).map { $0.text.text(language) },
            "hasScale": scale != nil,
            "scaleTitle": scale?.title.text(language) ?? "",
            "unscored": answer == nil,
        ]
        values["hasSupply"] = !(values["supply"] as? [String] ?? []).isEmpty
        switch scale?.kind {
        case .ordinal(let scaleValues)?:
            values["ordinal"] = scaleValues.map { value in
                ["value": value.id, "label": value.label.text(language), "selected": answer?.score == value.id]
            }
            values["bands"] = [[String: Any]]()
        case .numeric(let low, let high, let bands, let cumulative)?:
            values["ordinal"] = [[String: Any]]()
            var groups: [[String: Any]] = []
            var covered = Set<Int>()
            for band in bands {
                let range = max(low, band.min)...min(high, max(band.min, band.max))
                groups.append([
                    "label": "\(band.min)–\(band.max): \(band.label.text(language))",
                    "options": range.map { number in
                        covered.insert(number)
                        return ["value": String(number), "label": String(number), "selected": answer?.score == String(number)]
                    },
                ])
            }
            let rest = (low...high).filter { !covered.contains($0) }
            if !rest.isEmpty {
                groups.append([
                    "label": "\(low)–\(high)",
                    "options": rest.map {
                        ["value": String($0), "label": String($0), "selected": answer?.score == String($0)]
                    },
                ])
            }
            values["bands"] = groups
            if let scale, cumulative {
                let labels = Dictionary(
                    bands.compactMap { band in band.phase.map { ($0, band.label.text(language)) } },
                    uniquingKeysWith: { a, _ in a })
                values["phaseChoices"] = EvaluationForm.phases(of: scale).map { phase in
                    [
                        "phase": phase, "label": "\(phase): \(labels[phase] ?? "")",
                        "checked": answer?.phases?.contains(phase) ?? false,
                    ]
                }
                values["hasPhases"] = true
            }
        case nil:
            values["ordinal"] = [[String: Any]]()
            values["bands"] = [[String: Any]]()
        }
        if values["hasPhases"] == nil {
            values["hasPhases"] = false
            values["phaseChoices"] = [[String: Any]]()
        }
        return values
    }

    private var evidenceRows: [[String: Any]] {
        draft.evidence.map { evidence in
            [
                "id": evidence.id, "title": evidence.title, "kind": EvidenceKindName.of(evidence.kind).text(language),
                "issued": language.date(evidence.issued), "issuedISO": evidence.issued.description,
                "expires": evidence.expires.map { language.date($0) } ?? "",
                "expiresISO": evidence.expires?.description ?? "", "hasExpires": evidence.expires != nil,
                "requirements": evidence.requirements.joined(separator: ", "), "path": evidence.path,
                "missingFile": draft.files[DraftPackage.normalised(evidence.path)] == nil,
                "size": draft.files[DraftPackage.normalised(evidence.path)].map { size($0.count) } ?? "",
            ]
        }
    }

    private var evidenceChoices: [[String: Any]] {
        draft.claims.compactMap { claim -> [String: Any]? in
            guard let standard = catalogue.standards[claim.standard] else { return nil }
            return [
                "standardTitle": standard.title.text(language),
                "choices": standard.requirements.map { requirement in
                    ["id": requirement.id, "title": requirement.title.text(language)]
                },
            ]
        }
    }

    private var indicatorRows: [[String: Any]] {
        draft.indicators.map { indicator in
            [
                "id": indicator.id,
                "value": indicator.value.map { $0 + " " + indicator.unit } ?? "",
                "isMissing": indicator.value == nil,
                "period": language.date(indicator.periodStart) + " – " + language.date(indicator.periodEnd),
            ]
        }
    }

    private func size(_ bytes: Int) -> String {
        if bytes < 1024 { return language.integer(bytes) + " B" }
        if bytes < 1_048_576 { return language.decimal(Double(bytes) / 1024, fractionDigits: 1) + " KiB" }
        return language.decimal(Double(bytes) / 1_048_576, fractionDigits: 1) + " MiB"
    }
}
