/// Computes, from the declared relations, how the concern and sector levels overlap in one
/// package: what the sector inherits, what is documented twice, where the levels disagree,
/// and what the sector still owes. Only relations whose two standards are both claimed count,
/// the concern standard either by the package itself or by the concern level's own package.
struct OverlapAnalysis {
    let catalogue: Catalogue
    let package: EvaluationPackage
    /// The concern level checked from its own package, if the unit's check was given one.
    let concern: ConcernLevel?
    /// Relations in scope, in the sector standards' document order.
    let relations: [Relation]
    /// The assessment date, at which the age of inherited evidence is judged.
    let asOf: Day
    /// Sector requirements refused inheritance because the covering concern requirement's
    /// evidence is too old for their rules (set by `applyInheritance`).
    private(set) var tooOld: Set<String> = []

    init(catalogue: Catalogue, package: EvaluationPackage, claimed: [Standard], concern: ConcernLevel? = nil, asOf: Day) {
        self.catalogue = catalogue
        self.package = package
        self.concern = concern
        self.asOf = asOf
        let claimedIDs = Set(claimed.map(\.id)).union(concern?.standards ?? [])
        relations = claimed.filter { $0.level == .sector }.flatMap { standard in
            standard.requirements.flatMap(\.relations).filter { relation in
                catalogue.requirementIndex[relation.concern].map(claimedIDs.contains) ?? false
            }
        }
    }

    /// A sector requirement that is not met and not documented by the unit itself is
    /// inherited when a met concern requirement covers it (equal or subset), and that
    /// requirement's evidence is recent enough for every age limit of the sector requirement's
    /// own rules: no credit for stale evidence, whichever level holds it.
    mutating func applyInheritance(to results: inout [Report.RequirementResult], statuses: inout [String: RequirementStatus]) {
        // The concern level's statuses where the package does not judge the requirement itself.
        if let concern { statuses.merge(concern.statuses) { own, _ in own } }
        let bySector = Dictionary(grouping: relations, by: \.sector)
        guard !bySector.isEmpty else { return }
        // Fields are read in place: copying each result out would retain all of its parts.
        for index in results.indices where results[index].level == .sector && results[index].status == .notMet {
            let id = results[index].id
            let candidates = (bySector[id] ?? []).filter { $0.type.concernCoversSector && statuses[$0.concern] == .met }
            guard !package.documents(id), let first = candidates.first else { continue }
            let standard = results[index].standard
            guard let covering = candidates.first(where: { ageRefusal(for: id, of: standard, inheriting: $0.concern) == nil })
            else {
                let refusal = ageRefusal(for: id, of: standard, inheriting: first.concern)!
                tooOld.insert(id)
                results[index].findings.append(
                    Finding(
                        "inheritance.evidence-too-old", .gap, refusal.message, at: results[index].location,
                        ruleLocation: refusal.rule, subject: "requirement:\(first.concern)"))
                continue
            }
            results[index].status = .inherited
            statuses[id] = .inherited
            // The unit's own gaps no longer apply: the concern level covers them.
            results[index].findings.removeAll { $0.kind == .gap }
            results[index].findings.append(
                Finding(
                    "inherited", .note,
                    LocalisedText(
                        da:
                            "dækkes af koncernkravet \(covering.concern), som er opfyldt (relation: \(covering.type.name.text(.da)))",
                        en:
                            "covered by concern requirement \(covering.concern), which is met (relation: \(covering.type.rawValue))"
                    ),
                    at: results[index].location, ruleLocation: covering.location,
                    subject: "requirement:\(covering.concern)"))
        }
    }

    /// Why `concern`'s evidence is too old to meet sector requirement `id`: the first of its
    /// rules with an age limit (`maxAgeDays`) that none of the evidence is within, judging
    /// evidence of the rule's kinds if the concern requirement has any, else all of it. Nil
    /// when every limit is kept (or there is none).
    private func ageRefusal(for id: String, of standard: String, inheriting concern: String) -> (
        message: LocalisedText, rule: SourceLocation
    )? {
        guard let uses = catalogue.ruleSet(for: standard)?.verifications[id] else { return nil }
        let evidence = concernEvidence(concern)
        for use in uses {
            guard let check = use.prepared as? EvidenceCheck, let maxAge = check.maxAge else { continue }
            let ofKind = evidence.filter { check.kinds.contains($0.kind) }
            let current = (ofKind.isEmpty ? evidence : ofKind).filter {
                $0.issued <= asOf && ($0.expires.map { $0 >= asOf } ?? true)
            }
            guard !current.contains(where: { $0.issued.days(until: asOf) <= maxAge }) else { continue }
            let newest = current.max { $0.issued < $1.issued }
            return (
                RecordWording.inheritanceRefused(
                    concern: concern, rule: use.rule.id, maxAge: maxAge, asOf: asOf,
                    newest: newest.map { ($0.id, $0.issued) }),
                use.location
            )
        }
        return nil
    }

    /// The evidence behind a concern requirement's status: the package's own when it documents
    /// the requirement, else the concern level's package's.
    private func concernEvidence(_ concern: String) -> [EvaluationPackage.Evidence] {
        if let own = package.evidenceByRequirement[concern] { return own.map { package.evidence[$0] } }
        return self.concern?.evidence[concern] ?? []
    }

    func overlaps(statuses: [String: RequirementStatus]) -> [Overlap] {
        relations.map { relation in
            let concern = statuses[relation.concern] ?? .notAssessed
            let sector = statuses[relation.sector] ?? .notAssessed
            let (state, message) = judge(relation, concern: concern, sector: sector)
            return Overlap(
                concern: relation.concern, sector: relation.sector, relation: relation.type, state: state,
                concernStatus: concern, sectorStatus: sector, message: message, location: relation.location)
        }
    }

    private func judge(
        _ relation: Relation, concern: RequirementStatus,
        sector: RequirementStatus
    ) -> (Overlap.State, LocalisedText) {
        let c = relation.concern
        let s = relation.sector
        let comparable: Set<RequirementStatus> = [.met, .partiallyMet, .notMet, .inherited]
        guard comparable.contains(concern), comparable.contains(sector) else {
            return (
                .notComparable,
                LocalisedText(
                    da: "\(c) er \(concern.name.text(.da)) og \(s) er \(sector.name.text(.da)); intet at sammenligne",
                    en: "\(c) is \(concern.name.text(.en)) and \(s) is \(sector.name.text(.en)); nothing to compare")
            )
        }
        if sector == .inherited {
            return (
                .inherited,
                LocalisedText(da: "\(s) arves fra koncernniveauets \(c)", en: "\(s) is inherited from the concern level's \(c)")
            )
        }
        let concernMet = concern == .met
        let sectorMet = sector == .met
        let sectorDocumented = package.documents(s)
        let concernDocumented = package.documents(c) || (self.concern?.documented.contains(c) ?? false)
        if concernMet && sectorMet {
            if relation.type.concernCoversSector {
                return (
                    .duplicated,
                    LocalisedText(
                        da: "\(s) dokumenteres både på koncern- og sektorniveau, selvom \(c) dækker det: dobbeltarbejde",
                        en: "\(s) is documented at both levels although \(c) covers it: duplicate work")
                )
            }
            return (
                .complementary,
                LocalisedText(
                    da: "begge niveauer er opfyldt; \(s) dækker sin egen del ud over \(c)",
                    en: "both levels are met; \(s) covers its own part beyond \(c)")
            )
        }
        if concernMet && sectorDocumented && relation.type.concernCoversSector {
            return (
                .conflicting,
                LocalisedText(
                    da:
                        "uenighed: \(c) er opfyldt på koncernniveau, men \(s) er dokumenteret som \(sector.name.text(.da)) i sektoren",
                    en: "conflict: \(c) is met at concern level, but \(s) is documented as \(sector.name.text(.en)) in the sector"
                )
            )
        }
        if sectorMet && concernDocumented && relation.type.sectorCoversConcern {
            return (
                .conflicting,
                LocalisedText(
                    da: "uenighed: \(s) er opfyldt i sektoren, men \(c) er \(concern.name.text(.da)) på koncernniveau",
                    en: "conflict: \(s) is met in the sector, but \(c) is \(concern.name.text(.en)) at concern level")
            )
        }
        if sectorMet {
            return (
                .concernGap,
                LocalisedText(
                    da: "\(s) er opfyldt i sektoren; koncernkravet \(c) er \(concern.name.text(.da))",
                    en: "\(s) is met in the sector; concern requirement \(c) is \(concern.name.text(.en))")
            )
        }
        if concernMet && tooOld.contains(s) { return (.sectorOwes, RecordWording.overlapTooOld(concern: c, sector: s)) }
        let why =
            concernMet
            ? LocalisedText(
                da: "\(c) er opfyldt, men relationen \(relation.type.name.text(.da)) dækker ikke hele \(s)",
                en: "\(c) is met, but the relation \(relation.type.rawValue) does not cover all of \(s)")
            : LocalisedText(
                da: "\(c) er \(concern.name.text(.da)) på koncernniveau og dækker ikke \(s)",
                en: "\(c) is \(concern.name.text(.en)) at concern level and does not cover \(s)")
        return (
            .sectorOwes,
            LocalisedText(
                da: "sektoren skylder stadig \(s): " + why.text(.da),
                en: "the sector still owes \(s): " + why.text(.en))
        )
    }
}
