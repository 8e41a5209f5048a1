import Foundation

/// Evaluates a loaded package against a catalogue and returns the report. The one entry
/// point of the core: no printing, no exit codes, no clock (the date comes from the package
/// or from the caller).
public struct Evaluator: Sendable {
    public let catalogue: Catalogue
    public var limits: PackageLimits
    /// How many cores one evaluation may use. Batch runs set 1: they already evaluate one
    /// package per core.
    package var concurrency = Cores.available
    /// Packages with fewer requirements are evaluated on one core: below this the threads cost
    /// more than they save.
    package var parallelThreshold = 2_000
    /// When the evaluation gives up; see `CheckOptions.timeout`.
    package var deadline: Deadline?

    public init(catalogue: Catalogue, limits: PackageLimits = PackageLimits()) {
        self.catalogue = catalogue
        self.limits = limits
    }

    /// Checks the package's claims against the catalogue: unknown standards, other versions,
    /// standards without rules. These make the package impossible to evaluate.
    public func checkClaims(_ package: EvaluationPackage) throws(AccreditErrors) {
        var errors: [AccreditError] = []
        for claim in package.claims {
            guard let standard = catalogue.standards[claim.standard] else {
                let known = catalogue.standards.keys.sorted().joined(separator: ", ")
                errors.append(
                    AccreditError(
                        .unknownReference, at: claim.location,
                        message: LocalisedText(
                            da: "ukendt standard \"\(claim.standard)\"",
                            en: "unknown standard \"\(claim.standard)\""),
                        hint: LocalisedText(
                            da: "Kendte standarder: \(known). Ret claim, eller indlæs standarden med --rules.",
                            en: "Known standards: \(known). Fix the claim, or load the standard with --rules.")))
                continue
            }
            if standard.version != claim.version {
                errors.append(
                    AccreditError(
                        .unknownReference, at: claim.location,
                        message: LocalisedText(
                            da:
                                "pakken angiver \(claim.standard) version \(claim.version), men reglerne har version \(standard.version)",
                            en:
                                "the package claims \(claim.standard) version \(claim.version), but the rules have version \(standard.version)"
                        ),
                        hint: LocalisedText(
                            da:
                                "Opdatér pakken til version \(standard.version), eller indlæs regler for version \(claim.version).",
                            en: "Update the package to version \(standard.version), or load rules for version \(claim.version)."))
                )
            }
            if catalogue.ruleSet(for: claim.standard) == nil {
                errors.append(
                    AccreditError(
                        .unknownReference, at: claim.location,
                        message: LocalisedText(
                            da: "ingen regelfil verificerer \(claim.standard)",
                            en: "no rule file verifies \(claim.standard)"),
                        hint: LocalisedText(da: "Indlæs regelfilen med --rules.", en: "Load its rule file with --rules.")))
            }
        }
        // Entry ids are only worth checking once every claimed standard is known. Nearly every
        // package refers only to claimed requirements, so a first pass without sorting or
        // messages decides whether the located, ordered list is needed at all.
        if errors.isEmpty {
            let claimed = Set(package.claims.map(\.standard))
            guard !refersOnlyTo(claimed, package) else { return }
            var references: [(String, SourceLocation, String)] = []
            for id in package.answers.keys.sorted() { references.append((id, package.answers[id]!.location, "")) }
            for id in package.exemptions.keys.sorted() { references.append((id, package.exemptions[id]!.location, "")) }
            for evidence in package.evidence {
                for id in evidence.requirements { references.append((id, evidence.location, evidence.id)) }
            }
            for (id, location, evidenceID) in references {
                if let problem = referenceProblem(id, claimed: claimed, evidence: evidenceID) {
                    errors.append(
                        AccreditError(
                            .unknownReference, at: location, message: problem,
                            hint: LocalisedText(
                                da: "Ret kravets id, eller angiv standarden med <claim>.",
                                en: "Fix the requirement id, or claim its standard with <claim>.")))
                    if errors.count >= 50 { break }
                }
            }
        }
        if !errors.isEmpty { throw AccreditErrors(errors) }
    }

    private func refersOnlyTo(_ claimed: Set<String>, _ package: EvaluationPackage) -> Bool {
        func isClaimed(_ id: String) -> Bool { catalogue.requirementIndex[id].map(claimed.contains) ?? false }
        return package.answers.keys.allSatisfy(isClaimed) && package.exemptions.keys.allSatisfy(isClaimed)
            && package.evidenceByRequirement.keys.allSatisfy(isClaimed)
    }

    private func referenceProblem(_ id: String, claimed: Set<String>, evidence: String) -> LocalisedText? {
        let subject = evidence.isEmpty ? (da: "", en: "") : (da: "dokumentet \(evidence): ", en: "evidence \(evidence): ")
        guard let standard = catalogue.requirementIndex[id] else {
            return LocalisedText(da: subject.da + "ukendt krav \"\(id)\"", en: subject.en + "unknown requirement \"\(id)\"")
        }
        guard claimed.contains(standard) else {
            return LocalisedText(
                da: subject.da + "kravet \"\(id)\" hører til \(standard), som pakken ikke angiver",
                en: subject.en + "requirement \"\(id)\" belongs to \(standard), which the package does not claim")
        }
        return nil
    }

    private func claimedCount(_ standards: [Standard]) -> Int {
        standards.reduce(0) { $0 + $1.requirements.count }
    }

    /// Evaluates every requirement of every claimed standard at `asOf` (default: the package's
    /// assessment date).
    public func evaluate(_ loaded: LoadedPackage, asOf: Day? = nil, concern: ConcernLevel? = nil) throws(AccreditErrors) -> Report
    {
        let package = loaded.package
        try checkClaims(package)
        let date = asOf ?? package.assessmentDate
        let claimed = package.claims.compactMap { catalogue.standards[$0.standard] }
        var batch = RequirementBatch(claimed: claimed, catalogue: catalogue)
        batch.deadline = deadline
        guard
            var results = batch.evaluate(
                loaded, asOf: date, limits: limits,
                concurrency: claimedCount(claimed) >= parallelThreshold ? concurrency : 1),
            !(deadline?.hasPassed ?? false)
        else {
            throw AccreditErrors([(deadline ?? Deadline(seconds: 0)).error(at: package.root)])
        }
        // Results are read by index here: a `for` loop would copy each, retaining all it holds.
        var statusByID: [String: RequirementStatus] = [:]
        statusByID.reserveCapacity(results.count)
        for index in results.indices { statusByID[results[index].id] = results[index].status }

        var overlap = OverlapAnalysis(catalogue: catalogue, package: package, claimed: claimed, concern: concern, asOf: date)
        overlap.applyInheritance(to: &results, statuses: &statusByID)
        let overlaps = overlap.overlaps(statuses: statusByID)

        var tallies = Dictionary(claimed.map { ($0.id, StandardTally()) }, uniquingKeysWith: { first, _ in first })
        for index in results.indices { tallies[results[index].standard]?.add(results[index]) }
        var standardResults: [Report.StandardResult] = []
        for standard in claimed {
            let policy = catalogue.ruleSet(for: standard.id)!.policy ?? .strict(at: standard.location)
            let tally = tallies[standard.id]!
            standardResults.append(
                Report.StandardResult(
                    id: standard.id, version: standard.version, title: standard.title, level: standard.level,
                    verdict: VerdictDecider(policy: policy).decide(tally), fulfilled: tally.fulfilled,
                    assessable: tally.assessable, counts: tally.counts))
        }

        let identities = claimed.map { standard -> Report.RuleSetIdentity in
            let set = catalogue.ruleSet(for: standard.id)!
            return Report.RuleSetIdentity(
                id: set.id, version: set.version, standard: standard.id,
                standardVersion: standard.version, contentHash: set.contentHash)
        }
        let sectorOwes = results.compactMap { $0.level == .sector && $0.status.isGap ? $0.id : nil }
        return Report(
            tool: Report.Tool(name: "accredit", version: AccreditVersion.current), assessmentDate: date,
            package: Report.PackageInfo(
                path: package.root, manifest: package.manifest, organisation: package.organisation,
                unitID: package.unitID, unitName: package.unitName, unitLevel: package.unitLevel,
                periodStart: package.periodStart, periodEnd: package.periodEnd),
            ruleSets: identities, catalogueHash: catalogue.contentHash,
            verdict: Self.warnAboutSuperseded(claimed, at: date, in: VerdictDecider.overall(standardResults)),
            standards: standardResults, requirements: results,
            overlaps: overlaps, sectorOwes: sectorOwes,
            indicatorSeries: IndicatorSeries.collect(package, ruleSets: claimed.compactMap { catalogue.ruleSet(for: $0.id) }))
    }

    /// The verdict with a warning for every claimed standard a newer law or standard has taken
    /// over by the assessment date: the package is judged as claimed, but its readers should
    /// know the standard may no longer be the one that applies.
    static func warnAboutSuperseded(_ claimed: [Standard], at date: Day, in verdict: Verdict) -> Verdict {
        var verdict = verdict
        for standard in claimed {
            guard let superseded = standard.superseded, superseded.from <= date else { continue }
            verdict.reasons.append(
                LocalisedText(
                    da:
                        "advarsel: \(standard.id) \(standard.version) er fra \(superseded.from) delvist afløst: \(superseded.reason.text(.da))",
                    en:
                        "warning: \(standard.id) \(standard.version) is partly superseded from \(superseded.from): \(superseded.reason.text(.en))"
                ))
        }
        return verdict
    }
}
