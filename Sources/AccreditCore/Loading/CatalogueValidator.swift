import AccreditXML

/// Checks what no single file can: unique ids, references between files, layering without
/// cycles, rule parameters of the right type, XPath that compiles, and that every requirement
/// is either verified by a rule or marked manual. Resolves `<use>` into `RuleUse`s.
struct CatalogueValidator {
    let standards: [Standard]
    let ruleSets: [(RuleSet, [UnresolvedUse])]
    var problems: [CatalogueProblem] = []

    init(standards: [Standard], ruleSets: [(RuleSet, [UnresolvedUse])]) {
        self.standards = standards
        self.ruleSets = ruleSets
    }

    mutating func resolve(contentHash: String) -> Catalogue {
        var standardsByID: [String: Standard] = [:]
        var requirementOwner: [String: DefinedRequirement] = [:]
        requirementOwner.reserveCapacity(standards.reduce(0) { $0 + $1.requirements.count })
        for standard in standards {
            if let other = standardsByID[standard.id] {
                fail(
                    .duplicateID, standard.location, da: "standarden \"\(standard.id)\" findes også i \(other.location.file)",
                    en: "standard \"\(standard.id)\" is also defined in \(other.location.file)")
                continue
            }
            standardsByID[standard.id] = standard
            // By index: a `for` loop would copy each requirement, retaining all it holds.
            let requirements = standard.requirements
            for index in requirements.indices {
                let id = requirements[index].id
                if let other = requirementOwner[id] {
                    fail(
                        .duplicateID, requirements[index].location, da: "kravet \"\(id)\" findes også i \(other.location)",
                        en: "requirement \"\(id)\" is also defined at \(other.location)")
                }
                requirementOwner[id] = DefinedRequirement(
                    level: requirements[index].level, location: requirements[index].location)
                checkScale(requirements[index], in: standard)
            }
        }
        checkRelations(standardsByID, requirementOwner)

        var setsByID: [String: RuleSet] = [:]
        for (ruleSet, _) in ruleSets {
            if let other = setsByID[ruleSet.id] {
                fail(
                    .duplicateID, ruleSet.location, da: "regelsættet \"\(ruleSet.id)\" findes også i \(other.location.file)",
                    en: "rule set \"\(ruleSet.id)\" is also defined in \(other.location.file)")
            }
            setsByID[ruleSet.id] = ruleSet
        }
        checkLayering(setsByID)

        var resolved: [String: RuleSet] = [:]
        var verifiedBy: [String: String] = [:]
        for (ruleSet, uses) in ruleSets where resolved[ruleSet.id] == nil {
            var set = ruleSet
            set.verifications = resolveUses(uses, in: ruleSet, sets: setsByID)
            checkTargets(set, standardsByID, requirementOwner)
            if let standardID = set.standardID {
                if let other = verifiedBy[standardID] {
                    fail(
                        .duplicateID, set.location,
                        da: "standarden \"\(standardID)\" verificeres også af regelsættet \"\(other)\"",
                        en: "standard \"\(standardID)\" is also verified by rule set \"\(other)\"")
                }
                verifiedBy[standardID] = set.id
            }
            resolved[set.id] = set
        }
        checkCoverage(standardsByID, resolved)
        return Catalogue(standards: standardsByID, ruleSets: resolved, contentHash: contentHash)
    }

    /// What cross-checks need of a requirement: where it is defined and at which level.
    /// Kept instead of the requirement itself, so indexing a large standard copies little.
    private struct DefinedRequirement {
        let level: Level
        let location: SourceLocation
    }

    // MARK: - References

    private mutating func checkScale(_ requirement: Requirement, in standard: Standard) {
        guard let scaleID = requirement.scaleID, standard.scales.index(forKey: scaleID) == nil else { return }
        fail(
            .unknownReference, requirement.location, da: "skalaen \"\(scaleID)\" er ikke defineret i \(standard.id)",
            en: "scale \"\(scaleID)\" is not defined in \(standard.id)")
    }

    private mutating func checkRelations(_ standards: [String: Standard], _ requirements: [String: DefinedRequirement]) {
        for standard in standards.values.sorted(by: { $0.id < $1.id }) {
            for requirement in standard.requirements {
                for relation in requirement.relations {
                    guard standard.level == .sector else {
                        fail(
                            .danglingRelation, relation.location, da: "kun sektorkrav kan have relationer til koncernniveauet",
                            en: "only sector requirements can relate to the concern level")
                        continue
                    }
                    guard let target = requirements[relation.concern] else {
                        // The concern standard may simply not be loaded; only an error if it is.
                        if let concernID = standard.concernStandardID, standards[concernID] != nil {
                            fail(
                                .danglingRelation, relation.location,
                                da: "relationen peger på \"\(relation.concern)\", som ikke findes i \(concernID)",
                                en: "the relation points to \"\(relation.concern)\", which \(concernID) does not define")
                        } else {
                            let named = standard.concernStandardID.map { "\"\($0)\"" } ?? "(concern=…)"
                            fail(
                                .danglingRelation, relation.location, severity: .warning,
                                da:
                                    "relationen til \"\(relation.concern)\" kan ikke kontrolleres: koncernstandarden \(named) er ikke indlæst",
                                en:
                                    "the relation to \"\(relation.concern)\" cannot be checked: the concern standard \(named) is not loaded"
                            )
                        }
                        continue
                    }
                    if target.level != .concern {
                        fail(
                            .danglingRelation, relation.location, da: "\"\(relation.concern)\" er ikke et koncernkrav",
                            en: "\"\(relation.concern)\" is not a concern requirement")
                    }
                }
            }
        }
    }

    private mutating func checkLayering(_ sets: [String: RuleSet]) {
        for set in sets.values.sorted(by: { $0.id < $1.id }) {
            for parent in set.extends where sets[parent] == nil {
                fail(
                    .unknownReference, set.location, da: "extends nævner \"\(parent)\", som ikke er indlæst",
                    en: "extends names \"\(parent)\", which is not loaded")
            }
            if let cycle = Self.cycle(from: set.id, in: sets) {
                fail(
                    .layeringCycle, set.location, da: "lagdelingen danner en cyklus: \(cycle.joined(separator: " → "))",
                    en: "the layering forms a cycle: \(cycle.joined(separator: " → "))")
            }
        }
    }

    /// The first cycle through `start` along `extends`, if any.
    static func cycle(from start: String, in sets: [String: RuleSet]) -> [String]? {
        var path: [String] = []
        var visited: Set<String> = []
        func visit(_ id: String) -> [String]? {
            if id == start && !path.isEmpty { return path + [id] }
            guard !visited.contains(id), let set = sets[id] else { return nil }
            visited.insert(id)
            path.append(id)
            defer { path.removeLast() }
            for parent in set.extends { if let found = visit(parent) { return found } }
            return nil
        }
        return visit(start)
    }

    /// Rules visible to `set`: its own, then those of the sets it extends (transitively).
    private func visibleRule(_ id: String, from set: RuleSet, sets: [String: RuleSet]) -> Rule? {
        var queue = [set.id]
        var seen: Set<String> = []
        while !queue.isEmpty {
            let current = queue.removeFirst()
            guard seen.insert(current).inserted, let candidate = sets[current] else { continue }
            if let rule = candidate.rules[id] { return rule }
            queue += candidate.extends
        }
        return nil
    }

    private mutating func resolveUses(
        _ uses: [UnresolvedUse], in set: RuleSet,
        sets: [String: RuleSet]
    ) -> [String: [RuleUse]] {
        var result: [String: [RuleUse]] = [:]
        result.reserveCapacity(uses.count / 2)
        // Rules visible from `set`, each looked up once: `slots` maps a rule id to its place in
        // `visible` (nil when no rule of that id is visible), where it is kept with the check
        // its own parameters prepare. Uses without arguments share that check, so parameters
        // are checked, and checks prepared, once per rule rather than once per use.
        var slots: [String: Int?] = [:]
        var visible: [(rule: Rule, defaults: PreparedCheck??)] = []
        // A rule file lists the uses of one requirement together: they are gathered here and
        // stored once per requirement, the array moved rather than its uses copied.
        var pending: [RuleUse] = []
        var pendingRequirement: String?
        func flush() {
            guard let requirement = pendingRequirement, !pending.isEmpty else { return }
            if result[requirement] == nil {
                result[requirement] = pending
            } else {
                result[requirement]! += pending
            }
            pending = []
        }
        for index in uses.indices {
            let ruleID = uses[index].ruleID
            if uses[index].requirement != pendingRequirement {
                flush()
                pendingRequirement = uses[index].requirement
            }
            let slot: Int?
            if let known = slots[ruleID] {
                slot = known
            } else {
                slot = visibleRule(ruleID, from: set, sets: sets).map { rule in
                    visible.append((rule, nil))
                    return visible.count - 1
                }
                slots[ruleID] = .some(slot)  // remembered also when no rule is visible
            }
            guard let slot else {
                fail(
                    .unknownReference, uses[index].location,
                    da: "reglen \"\(ruleID)\" findes hverken i \(set.id) eller i de regelsæt, det udvider",
                    en: "rule \"\(ruleID)\" is defined neither in \(set.id) nor in the rule sets it extends")
                continue
            }
            let arguments = uses[index].arguments
            if arguments.isEmpty, let known = visible[slot].defaults {
                pending.append(
                    RuleUse(
                        rule: visible[slot].rule, step: uses[index].step, parameters: visible[slot].rule.parameters,
                        location: uses[index].location, prepared: known))
                continue
            }
            let rule = visible[slot].rule
            let merged = arguments.isEmpty ? rule.parameters : rule.parameters.merging(arguments) { _, argument in argument }
            // The rule's own values are checked where it is defined; here what the use adds,
            // and what it still lacks.
            var issues: [ParameterIssue] = []
            let prepared = CheckPreparation.prepare(rule.check, merged, reporting: Set(arguments.keys), problems: &issues)
                .map(PreparedCheck.init)
            report(issues, of: rule, at: uses[index].location)
            if arguments.isEmpty { visible[slot].defaults = .some(prepared) }
            pending.append(
                RuleUse(
                    rule: rule, step: uses[index].step, parameters: merged, location: uses[index].location,
                    prepared: prepared))
        }
        flush()
        for rule in set.rules.values.sorted(by: { $0.id < $1.id }) {
            guard rule.check.isRegistered else {
                let known = CheckKind.registered.map(\.rawValue).joined(separator: ", ")
                fail(
                    .unknownReference, rule.location,
                    da: "kontroltypen \"\(rule.check.rawValue)\" findes ikke; de kendte er \(known)",
                    en: "check kind \"\(rule.check.rawValue)\" is not known; the known kinds are \(known)",
                    hint: LocalisedText(da: "Brug en af de kendte kontroltyper.", en: "Use one of the known check kinds."))
                continue
            }
            report(CheckPreparation.issues(rule.check, rule.parameters), of: rule, at: rule.location)
        }
        return result
    }

    /// Each parameter issue as a problem at `location`, worded as `lint` has always printed it.
    private mutating func report(_ issues: [ParameterIssue], of rule: Rule, at location: SourceLocation) {
        for issue in issues {
            switch issue {
            case .unknown(let name):
                fail(
                    .parameterType, location, da: "kontroltypen \(rule.check.rawValue) kender ikke parameteren \"\(name)\"",
                    en: "check kind \(rule.check.rawValue) has no parameter \"\(name)\"")
            case .missing(let name):
                fail(
                    .parameterType, location, da: "reglen \"\(rule.id)\" mangler parameteren \"\(name)\"",
                    en: "rule \"\(rule.id)\" needs parameter \"\(name)\"")
            case .rejected(let name, let value, .type(let problem)):
                fail(
                    .parameterType, location, da: "parameteren \"\(name)\" = \"\(value)\": \(problem)",
                    en: "parameter \"\(name)\" = \"\(value)\" \(problem)")
            case .rejected(_, _, .xpath(let summary)):
                fail(
                    .xpathDoesNotCompile, location, da: "XPath-udtrykket kan ikke oversættes: \(summary)",
                    en: "the XPath expression does not compile: \(summary)")
            case .rejected(_, _, .missing(let name)):
                fail(
                    .parameterType, location, da: "reglen \"\(rule.id)\" mangler parameteren \"\(name)\"",
                    en: "rule \"\(rule.id)\" needs parameter \"\(name)\"")
            }
        }
    }

    private mutating func checkTargets(
        _ set: RuleSet, _ standards: [String: Standard], _ requirements: [String: DefinedRequirement]
    ) {
        guard let standardID = set.standardID else {
            if !set.verifications.isEmpty || !set.manual.isEmpty || set.policy != nil {
                fail(
                    .unknownReference, set.location, da: "et regelbibliotek uden standard kan ikke verificere krav",
                    en: "a rule library without a standard cannot verify requirements")
            }
            return
        }
        guard let standard = standards[standardID] else {
            fail(
                .unknownReference, set.location, da: "standarden \"\(standardID)\" er ikke indlæst",
                en: "standard \"\(standardID)\" is not loaded")
            return
        }
        let own = Set(standard.requirements.map(\.id))
        // Sorted only when something is wrong, so problems come out in a stable order.
        if set.verifications.keys.contains(where: { !own.contains($0) }) {
            reportStrangers(set, own: own, standardID: standardID)
        }
        if set.manual.keys.contains(where: { !own.contains($0) }) {
            for (id, manual) in set.manual.sorted(by: { $0.key < $1.key }) where !own.contains(id) {
                fail(
                    .unknownReference, manual.location, da: "\"\(id)\" er ikke et krav i \(standardID)",
                    en: "\"\(id)\" is not a requirement of \(standardID)")
            }
        }
        for id in set.policy?.critical ?? [] where !own.contains(id) {
            fail(
                .unknownReference, set.policy!.location, da: "det kritiske krav \"\(id)\" findes ikke i \(standardID)",
                en: "critical requirement \"\(id)\" is not in \(standardID)")
        }
        _ = requirements
    }

    private mutating func reportStrangers(_ set: RuleSet, own: Set<String>, standardID: String) {
        for (id, uses) in set.verifications.sorted(by: { $0.key < $1.key }) where !own.contains(id) {
            fail(
                .unknownReference, uses[0].location, da: "\"\(id)\" er ikke et krav i \(standardID)",
                en: "\"\(id)\" is not a requirement of \(standardID)")
        }
    }

    private mutating func checkCoverage(_ standards: [String: Standard], _ sets: [String: RuleSet]) {
        for standard in standards.values.sorted(by: { $0.id < $1.id }) {
            guard let set = sets.values.first(where: { $0.standardID == standard.id }) else { continue }
            for requirement in standard.requirements
            where set.verifications[requirement.id] == nil && set.manual[requirement.id] == nil {
                fail(
                    .unverifiedRequirement, requirement.location,
                    da: "kravet \"\(requirement.id)\" verificeres ikke af nogen regel og er ikke markeret manuelt i \(set.id)",
                    en: "requirement \"\(requirement.id)\" is verified by no rule and not marked manual in \(set.id)")
            }
        }
    }

    private mutating func fail(
        _ check: CatalogueCheck, _ location: SourceLocation, severity: ProblemSeverity? = nil,
        da: String, en: String,
        hint: LocalisedText = LocalisedText(
            da: "Ret henvisningen, eller indlæs den manglende fil med --rules.",
            en: "Fix the reference, or load the missing file with --rules.")
    ) {
        problems.append(
            CatalogueProblem(
                check, severity: severity, at: location, message: LocalisedText(da: da, en: en),
                hint: hint, errorKind: .unknownReference))
    }
}
