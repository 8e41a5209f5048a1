import AccreditCore
import Foundation

/// The editor's main form applied to a draft: the header, the claimed standards and, for every
/// requirement whose fields the page showed, its answer and exemption. Every value is checked
/// the way the manifest's schema and the requirement's scale check it, so that what is saved is
/// a package the core reads; what does not pass is named in `problems` and left unchanged.
///
/// Field names: `organisation`, `assessmentDate`, `periodStart`, `periodEnd`, `standard`
/// (repeated), and per requirement R `score.R`, `phases.R` (repeated), `comment.R`,
/// `exemption.R` (`""`, `not-applicable`, `waiver`), `justification.R`, `approver.R`,
/// `approved.R`, `exemptionExpires.R`.
struct EvaluationForm {
    let catalogue: Catalogue
    var problems: [LocalisedText] = []
    /// Entries removed because their standard is no longer claimed.
    var removed = 0

    init(catalogue: Catalogue) { self.catalogue = catalogue }

    static let maxText = 20_000

    /// The standards a unit may claim: those of its level that a rule file verifies.
    static func claimable(_ catalogue: Catalogue, level: Level) -> [Standard] {
        catalogue.standards.values.filter { $0.level == level && catalogue.ruleSet(for: $0.id) != nil }
            .sorted { $0.id < $1.id }
    }

    mutating func apply(_ form: FormBody, to draft: inout DraftPackage, unit: Unit) {
        if let organisation = form["organisation"] {
            let text = Self.oneLine(organisation)
            if (1...200).contains(text.count) {
                draft.organisation = text
            } else {
                problem("Organisationens navn er 1 til 200 tegn.", "The organisation's name is 1 to 200 characters.")
            }
        }
        if let text = form["assessmentDate"] {
            if let day = Day(iso: text.trimmingCharacters(in: .whitespaces)) {
                draft.assessmentDate = day
            } else {
                problem("Vurderingsdatoen skal være en dato.", "The assessment date must be a date.")
            }
        }
        let start = form["periodStart"].map { Day(iso: $0.trimmingCharacters(in: .whitespaces)) }
        let end = form["periodEnd"].map { Day(iso: $0.trimmingCharacters(in: .whitespaces)) }
        if start != nil || end != nil {
            if let start = start ?? draft.periodStart, let end = end ?? draft.periodEnd, start <= end {
                draft.periodStart = start
                draft.periodEnd = end
            } else {
                problem(
                    "Perioden skal have en begyndelses- og en slutdato, og den skal begynde før den slutter.",
                    "The period needs a start and an end date, and must start before it ends.")
            }
        }
        applyClaims(form, to: &draft, unit: unit)
        let requirements = Self.requirements(of: draft, in: catalogue)
        for requirement in requirements {
            applyAnswer(form, requirement, to: &draft)
            applyExemption(form, requirement, to: &draft)
        }
        draft.order(by: requirements.map(\.id))
    }

    /// The requirements of the claimed standards, in the standards' order.
    static func requirements(of draft: DraftPackage, in catalogue: Catalogue) -> [Requirement] {
        draft.claims.compactMap { catalogue.standards[$0.standard] }.flatMap(\.requirements)
    }

    private mutating func applyClaims(_ form: FormBody, to draft: inout DraftPackage, unit: Unit) {
        // The chooser is on every editor page; a form without it (a hand-made request) keeps the claims.
        guard form["standardsShown"] != nil else { return }
        let chosen = Set(form.values("standard"))
        let known = Set(Self.claimable(catalogue, level: unit.level).map(\.id)).union(draft.claims.map(\.standard))
        for id in chosen.subtracting(known).sorted() {
            problem("Standarden \"\(id)\" kan ikke vælges.", "The standard \"\(id)\" cannot be chosen.")
        }
        let claims = chosen.intersection(known).sorted().compactMap { id -> DraftPackage.Claim? in
            guard let standard = catalogue.standards[id] else { return nil }
            return DraftPackage.Claim(standard: id, version: standard.version)
        }
        guard !claims.isEmpty else {
            problem("Vælg mindst én standard.", "Choose at least one standard.")
            return
        }
        draft.claims = claims
        let ids = Set(Self.requirements(of: draft, in: catalogue).map(\.id))
        removed += draft.keepOnly(ids)
    }

    private mutating func applyAnswer(_ form: FormBody, _ requirement: Requirement, to draft: inout DraftPackage) {
        let id = requirement.id
        guard let score = form["score.\(id)"]?.trimmingCharacters(in: .whitespaces) else { return }
        let comment = Self.text(form["comment.\(id)"] ?? "")
        draft.answers.removeAll { $0.requirement == id }
        guard !score.isEmpty else {
            if !comment.isEmpty {
                problem(
                    "\(id): vælg en vurdering til kommentaren, eller slet kommentaren.",
                    "\(id): choose a score for the comment, or delete the comment.")
            }
            return
        }
        guard comment.count <= Self.maxText else {
            problem("\(id): kommentaren er for lang.", "\(id): the comment is too long.")
            return
        }
        guard let scale = requirement.scaleID.flatMap({ catalogue.standards[requirement.standardID]?.scales[$0] }) else {
            problem("\(id): kravet har ingen skala.", "\(id): the requirement has no scale.")
            return
        }
        var phases: [String]?
        switch scale.kind {
        case .ordinal(let values):
            guard values.contains(where: { $0.id == score }) else {
                problem(
                    "\(id): \"\(score)\" findes ikke på skalaen \(scale.id).",
                    "\(id): \"\(score)\" is not on the scale \(scale.id).")
                return
            }
        case .numeric(let low, let high, _, let cumulative):
            guard let number = Int(score), (low...high).contains(number) else {
                problem(
                    "\(id): vurderingen skal være et helt tal fra \(low) til \(high).",
                    "\(id): the score must be a whole number from \(low) to \(high).")
                return
            }
            if cumulative {
                let allowed = Self.phases(of: scale)
                let chosen = form.values("phases.\(id)")
                for phase in chosen where !allowed.contains(phase) {
                    problem("\(id): fasen \"\(phase)\" findes ikke.", "\(id): there is no phase \"\(phase)\".")
                }
                let kept = allowed.filter(chosen.contains)
                phases = kept.isEmpty ? nil : kept
            }
        }
        draft.answers.append(DraftPackage.Answer(requirement: id, score: score, phases: phases, comment: comment))
    }

    private mutating func applyExemption(_ form: FormBody, _ requirement: Requirement, to draft: inout DraftPackage) {
        let id = requirement.id
        guard let type = form["exemption.\(id)"] else { return }
        let old = draft.exemption(id)
        draft.exemptions.removeAll { $0.requirement == id }
        guard !type.isEmpty else { return }
        guard let kind = EvaluationPackage.Exemption.Kind(rawValue: type) else {
            problem("\(id): ukendt type undtagelse \"\(type)\".", "\(id): unknown kind of exemption \"\(type)\".")
            if let old { draft.exemptions.append(old) }
            return
        }
        let justification = Self.text(form["justification.\(id)"] ?? "")
        let approver = Self.oneLine(form["approver.\(id)"] ?? "")
        let approved = Day(iso: (form["approved.\(id)"] ?? "").trimmingCharacters(in: .whitespaces))
        let expiresText = (form["exemptionExpires.\(id)"] ?? "").trimmingCharacters(in: .whitespaces)
        let expires = expiresText.isEmpty ? nil : Day(iso: expiresText)
        var fine = true
        if justification.isEmpty || justification.count > Self.maxText {
            problem(
                "\(id): en undtagelse skal begrundes (højst \(Self.maxText) tegn).",
                "\(id): an exemption needs a justification (at most \(Self.maxText) characters).")
            fine = false
        }
        if approver.isEmpty || approver.count > 200 {
            problem(
                "\(id): angiv hvem der har godkendt undtagelsen.", "\(id): say who approved the exemption.")
            fine = false
        }
        if approved == nil {
            problem(
                "\(id): angiv datoen undtagelsen blev godkendt.", "\(id): give the date the exemption was approved.")
            fine = false
        }
        if !expiresText.isEmpty && expires == nil {
            problem("\(id): udløbsdatoen skal være en dato.", "\(id): the expiry must be a date.")
            fine = false
        }
        guard fine, let approved else {
            if let old { draft.exemptions.append(old) }
            return
        }
        draft.exemptions.append(
            DraftPackage.Exemption(
                requirement: id, kind: kind, justification: justification, approvedBy: approver, approved: approved,
                expires: expires))
    }

    /// The phases a cumulative scale's answers may name (without "none" and the full cycle).
    static func phases(of scale: Scale) -> [String] {
        guard case .numeric(_, _, let bands, true) = scale.kind else { return [] }
        return bands.compactMap(\.phase).filter { $0 != "none" && $0 != "pdca" }
    }

    /// Free text from a form: line breaks as `\n`, surrounding space trimmed.
    static func text(_ value: String) -> String {
        value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A one-line value from a form: line breaks become spaces.
    static func oneLine(_ value: String) -> String {
        value.components(separatedBy: .newlines).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    private mutating func problem(_ da: String, _ en: String) {
        problems.append(LocalisedText(da: da, en: en))
    }
}
