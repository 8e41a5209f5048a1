import AccreditCore

/// What changed between two versions of a catalogue (standards and rule sets): standards,
/// requirements (titles, texts, theme, scale, relations...), rule sets, rule definitions, how
/// each requirement is verified (the rules it uses with their effective parameters, or a
/// manual mark) and decision policies; and the sector requirements affected because a
/// concern requirement they relate to changed, in its content or in how it is verified.
/// Deterministic: ordered by subject, then owner, then id; affected sector requirements by
/// standard id and document order, those in both versions only.
public struct CatalogueDiff: Sendable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case added, removed, changed

        public var name: LocalisedText {
            switch self {
            case .added: return LocalisedText(da: "tilføjet", en: "added")
            case .removed: return LocalisedText(da: "fjernet", en: "removed")
            case .changed: return LocalisedText(da: "ændret", en: "changed")
            }
        }
    }

    /// What a difference is about, in the order they are listed.
    public enum Subject: String, Sendable, Hashable, CaseIterable, Comparable {
        case standard, requirement, ruleSet = "rule-set", rule, verification, policy

        public var name: LocalisedText {
            switch self {
            case .standard: return LocalisedText(da: "Standarder", en: "Standards")
            case .requirement: return LocalisedText(da: "Krav", en: "Requirements")
            case .ruleSet: return LocalisedText(da: "Regelsæt", en: "Rule sets")
            case .rule: return LocalisedText(da: "Regler", en: "Rules")
            case .verification: return LocalisedText(da: "Verifikation af krav", en: "How requirements are verified")
            case .policy: return LocalisedText(da: "Beslutningsregler", en: "Policies")
            }
        }

        public static func < (a: Subject, b: Subject) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// A compared property.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case version, title, text, level, concern, theme, group, scale, steps, relations, wording
        case standard, extends, check, parameters, uses, manual
        case decision, ready, readyWithRemarks, critical, note

        public var name: LocalisedText {
            switch self {
            case .version: return LocalisedText(da: "version", en: "version")
            case .title: return LocalisedText(da: "titel", en: "title")
            case .text: return LocalisedText(da: "tekst", en: "text")
            case .level: return LocalisedText(da: "niveau", en: "level")
            case .concern: return LocalisedText(da: "koncernstandard", en: "concern standard")
            case .theme: return LocalisedText(da: "tema", en: "theme")
            case .group: return LocalisedText(da: "gruppe", en: "group")
            case .scale: return LocalisedText(da: "skala", en: "scale")
            case .steps: return LocalisedText(da: "trin", en: "steps")
            case .relations: return LocalisedText(da: "relationer", en: "relations")
            case .wording: return LocalisedText(da: "ordlyd", en: "wording")
            case .standard: return LocalisedText(da: "standard", en: "standard")
            case .extends: return LocalisedText(da: "udvider", en: "extends")
            case .check: return LocalisedText(da: "kontroltype", en: "check kind")
            case .parameters: return LocalisedText(da: "parametre", en: "parameters")
            case .uses: return LocalisedText(da: "regler", en: "rules")
            case .manual: return LocalisedText(da: "manuel vurdering", en: "manual assessment")
            case .decision: return LocalisedText(da: "beslutning", en: "decision")
            case .ready: return LocalisedText(da: "klar-tærskel", en: "ready threshold")
            case .readyWithRemarks: return LocalisedText(da: "klar-med-bemærkninger-tærskel", en: "ready-with-remarks threshold")
            case .critical: return LocalisedText(da: "kritiske krav", en: "critical requirements")
            case .note: return LocalisedText(da: "note", en: "note")
            }
        }
    }

    /// One property that differs; `language` is set for texts compared per language.
    public struct FieldChange: Sendable, Hashable {
        public var field: Field
        public var language: Language?
        public var old: String
        public var new: String

        public init(field: Field, language: Language?, old: String, new: String) {
            self.field = field
            self.language = language
            self.old = old
            self.new = new
        }
    }

    public struct Difference: Sendable, Hashable {
        public var subject: Subject
        public var kind: Kind
        /// The requirement, rule, rule set or standard id.
        public var id: String
        /// The standard (of a requirement) or rule set (of a rule or verification).
        public var owner: String?
        /// For changes, what changed.
        public var changes: [FieldChange]
    }

    /// A concern requirement that changed, seen from a sector requirement related to it.
    public struct Cause: Sendable, Hashable {
        public var concern: String
        public var relation: RelationType
        public var kind: Kind
        /// What changed in the concern requirement (`uses`/`manual` when its verification did).
        public var fields: [Field]
    }

    /// A sector requirement whose relation to the concern level means it is affected.
    public struct Affected: Sendable, Hashable {
        public var sector: String
        public var standard: String
        public var causes: [Cause]
    }

    public var differences: [Difference]
    public var affected: [Affected]

    public var isEmpty: Bool { differences.isEmpty }

    public func count(_ kind: Kind) -> Int { differences.filter { $0.kind == kind }.count }

    public init(old: Catalogue, new: Catalogue) {
        var found: [Difference] = []
        found += Self.standards(old, new)
        found += Self.requirements(old, new)
        found += Self.ruleSets(old, new)
        found += Self.rules(old, new)
        found += Self.verifications(old, new)
        found += Self.policies(old, new)
        differences = found.sorted { ($0.subject, $0.owner ?? "", $0.id) < ($1.subject, $1.owner ?? "", $1.id) }
        affected = Self.affected(differences, old, new)
    }

    // MARK: - Comparing

    private static func keyed<T>(
        _ old: [String: T], _ new: [String: T], owner: (T) -> String?, subject: Subject,
        compare: (T, T) -> [FieldChange]
    ) -> [Difference] {
        var result: [Difference] = []
        for id in Set(old.keys).union(new.keys).sorted() {
            switch (old[id], new[id]) {
            case (nil, let added?):
                result.append(Difference(subject: subject, kind: .added, id: id, owner: owner(added), changes: []))
            case (let removed?, nil):
                result.append(Difference(subject: subject, kind: .removed, id: id, owner: owner(removed), changes: []))
            case (let before?, let after?):
                let changes = compare(before, after)
                if !changes.isEmpty {
                    result.append(Difference(subject: subject, kind: .changed, id: id, owner: owner(after), changes: changes))
                }
            default: break
            }
        }
        return result
    }

    private static func plain(_ field: Field, _ old: String?, _ new: String?) -> [FieldChange] {
        old == new ? [] : [FieldChange(field: field, language: nil, old: old ?? "", new: new ?? "")]
    }

    private static func texts(_ field: Field, _ old: LocalisedText, _ new: LocalisedText) -> [FieldChange] {
        Language.allCases.compactMap { language in
            old[language] == new[language]
                ? nil
                : FieldChange(field: field, language: language, old: old[language] ?? "", new: new[language] ?? "")
        }
    }

    private static func standards(_ old: Catalogue, _ new: Catalogue) -> [Difference] {
        keyed(old.standards, new.standards, owner: { _ in nil }, subject: .standard) { a, b in
            plain(.version, a.version, b.version) + plain(.level, a.level.rawValue, b.level.rawValue)
                + plain(.concern, a.concernStandardID, b.concernStandardID) + texts(.title, a.title, b.title)
        }
    }

    private static func requirements(_ old: Catalogue, _ new: Catalogue) -> [Difference] {
        func index(_ catalogue: Catalogue) -> [String: Requirement] {
            var result: [String: Requirement] = [:]
            for standard in catalogue.standards.values {
                for requirement in standard.requirements { result[requirement.id] = requirement }
            }
            return result
        }
        return keyed(index(old), index(new), owner: { $0.standardID }, subject: .requirement) { a, b in
            var changes = texts(.title, a.title, b.title) + texts(.text, a.text, b.text)
            changes += plain(.level, a.level.rawValue, b.level.rawValue)
            changes += plain(.theme, a.theme?.rawValue, b.theme?.rawValue)
            changes += plain(.group, a.groupPath.joined(separator: " / "), b.groupPath.joined(separator: " / "))
            changes += plain(.scale, scale(a, in: old), scale(b, in: new))
            changes += texts(.steps, steps(a), steps(b))
            changes += plain(.relations, relations(a), relations(b))
            changes += plain(.wording, a.wording.rawValue, b.wording.rawValue)
            return changes
        }
    }

    /// The requirement's scale: its id and what the values or bands are, so an edited scale shows.
    private static func scale(_ requirement: Requirement, in catalogue: Catalogue) -> String? {
        guard let id = requirement.scaleID else { return nil }
        guard let scale = catalogue.standards[requirement.standardID]?.scales[id] else { return id }
        switch scale.kind {
        case .numeric(let min, let max, let bands, let cumulative):
            let described = bands.map { "\($0.min)-\($0.max)\($0.phase.map { " " + $0 } ?? "")" }.joined(separator: ", ")
            return "\(id) (\(min)-\(max)\(cumulative ? ", cumulative" : ""): \(described))"
        case .ordinal(let values):
            let described = values.map { "\($0.id)\($0.meets ? "=met" : "")\($0.notApplicable ? "=n/a" : "")" }.joined(
                separator: ", ")
            return "\(id) (\(described))"
        }
    }

    private static func steps(_ requirement: Requirement) -> LocalisedText {
        var text = LocalisedText()
        for language in Language.allCases where !requirement.steps.isEmpty {
            text[language] = requirement.steps.map { "\($0.number) \($0.kind): \($0.text[language] ?? "")" }.joined(
                separator: "; ")
        }
        return text
    }

    static func relations(_ requirement: Requirement) -> String {
        requirement.relations.map { "\($0.concern) \($0.type.rawValue)" }.sorted().joined(separator: ", ")
    }

    private static func ruleSets(_ old: Catalogue, _ new: Catalogue) -> [Difference] {
        keyed(old.ruleSets, new.ruleSets, owner: { _ in nil }, subject: .ruleSet) { a, b in
            plain(.version, a.version, b.version) + plain(.standard, a.standardID, b.standardID)
                + plain(.extends, a.extends.joined(separator: " "), b.extends.joined(separator: " "))
                + texts(.title, a.title, b.title)
        }
    }

    private static func rules(_ old: Catalogue, _ new: Catalogue) -> [Difference] {
        func index(_ catalogue: Catalogue) -> [String: Rule] {
            var result: [String: Rule] = [:]
            for set in catalogue.ruleSets.values { for rule in set.rules.values { result[set.id + "/" + rule.id] = rule } }
            return result
        }
        return keyed(index(old), index(new), owner: { $0.ruleSetID }, subject: .rule) { a, b in
            plain(.check, a.check.rawValue, b.check.rawValue) + texts(.title, a.title, b.title)
                + plain(.parameters, parameters(a.parameters), parameters(b.parameters))
        }.map { difference in
            var renamed = difference
            renamed.id = String(difference.id.drop { $0 != "/" }.dropFirst())
            return renamed
        }
    }

    static func parameters(_ values: [String: String]) -> String {
        values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }

    /// How one requirement is verified: the rules with step and effective parameters, or why it is manual.
    private struct Verification {
        var owner: String
        var uses: String?
        var manual: LocalisedText?
    }

    private static func verifications(_ old: Catalogue, _ new: Catalogue) -> [Difference] {
        func index(_ catalogue: Catalogue) -> [String: Verification] {
            var result: [String: Verification] = [:]
            for set in catalogue.ruleSets.values {
                for (requirement, uses) in set.verifications {
                    result[requirement] = Verification(
                        owner: set.id, uses: uses.map(describe).joined(separator: "; "), manual: nil)
                }
                for (requirement, manual) in set.manual {
                    result[requirement] = Verification(owner: set.id, uses: nil, manual: manual.reason)
                }
            }
            return result
        }
        return keyed(index(old), index(new), owner: { $0.owner }, subject: .verification) { a, b in
            plain(.uses, a.uses, b.uses)
                + (a.manual == nil && b.manual == nil
                    ? [] : texts(.manual, a.manual ?? LocalisedText(), b.manual ?? LocalisedText()))
        }
    }

    private static func describe(_ use: RuleUse) -> String {
        let step = use.step.map { " step \($0)" } ?? ""
        return "\(use.rule.id)\(step) (\(parameters(use.parameters)))"
    }

    private static func policies(_ old: Catalogue, _ new: Catalogue) -> [Difference] {
        func index(_ catalogue: Catalogue) -> [String: Policy] {
            var result: [String: Policy] = [:]
            for set in catalogue.ruleSets.values { if let policy = set.policy { result[set.id] = policy } }
            return result
        }
        return keyed(index(old), index(new), owner: { _ in nil }, subject: .policy) { p, q in
            plain(.decision, p.decision.rawValue, q.decision.rawValue)
                + plain(.ready, RuleSetResolver.decimal(p.readyBasisPoints), RuleSetResolver.decimal(q.readyBasisPoints))
                + plain(
                    .readyWithRemarks, RuleSetResolver.decimal(p.readyWithRemarksBasisPoints),
                    RuleSetResolver.decimal(q.readyWithRemarksBasisPoints))
                + plain(.critical, p.critical.sorted().joined(separator: ", "), q.critical.sorted().joined(separator: ", "))
                + texts(.note, p.note, q.note)
        }
    }

    // MARK: - Affected sector requirements

    private static func affected(_ differences: [Difference], _ old: Catalogue, _ new: Catalogue) -> [Affected] {
        // Concern requirement id → how it changed and which fields.
        var changed: [String: (Kind, [Field])] = [:]
        func isConcern(_ id: String) -> Bool {
            new.requirement(id)?.level == .concern || old.requirement(id)?.level == .concern
        }
        for difference in differences where isConcern(difference.id) {
            switch difference.subject {
            case .requirement:
                let before = changed[difference.id]
                changed[difference.id] = (difference.kind, ((before?.1 ?? []) + difference.changes.map(\.field)).uniqued())
            case .verification:
                let fields: [Field] = difference.kind == .changed ? difference.changes.map(\.field) : [.uses]
                let before = changed[difference.id]
                changed[difference.id] = (before?.0 ?? .changed, ((before?.1 ?? []) + fields).uniqued())
            default: break
            }
        }
        guard !changed.isEmpty else { return [] }
        // Sector requirements in both versions (new and removed ones are listed as such), with
        // the union of their old and new relations.
        var result: [Affected] = []
        for standard in new.standards.values.sorted(by: { $0.id < $1.id }) where standard.level == .sector {
            for requirement in standard.requirements {
                guard let before = old.requirement(requirement.id) else { continue }
                var causes: [Cause] = []
                var concerns: Set<String> = []
                for relation in requirement.relations + before.relations where concerns.insert(relation.concern).inserted {
                    guard let (kind, fields) = changed[relation.concern] else { continue }
                    causes.append(Cause(concern: relation.concern, relation: relation.type, kind: kind, fields: fields))
                }
                if !causes.isEmpty { result.append(Affected(sector: requirement.id, standard: standard.id, causes: causes)) }
            }
        }
        return result
    }
}

extension Array where Element: Hashable {
    fileprivate func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
