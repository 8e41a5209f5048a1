import AccreditXML

/// Checks what no single file can: unique ids, references between files, layering without
/// cycles, rule parameters of the right type, XPath that compiles, and that every requirement
/// is either verified by a rule or marked manual. Resolves `<use>` into `RuleUse`s.
struct CatalogueValidator {
    let standards: [Standard]
    let ruleSets: [(RuleSet, [UnresolvedUse])]
    var problems: [LintFinding] = []

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
                fail(.duplicateID, standard.location, da: "standarden \"\(standard.id)\" findes også i \(other.location.file)",
                     en: "standard \"\(standard.id)\" is also defined in \(other.location.file)")
                continue
            }
            standardsByID[standard.id] = standard
            for requirement in standard.requirements {
                if let other = requirementOwner[requirement.id] {
                    fail(.duplicateID, requirement.location, da: "kravet \"\(requirement.id)\" findes også i \(other.location)",
                         en: "requirement \"\(requirement.id)\" is also defined at \(other.location)")
                }
                requirementOwner[requirement.id] = DefinedRequirement(level: requirement.level, location: requirement.location)
                checkScale(requirement, in: standard)
            }
        }
        checkRelations(standardsByID, requirementOwner)

        var setsByID: [String: RuleSet] = [:]
        for (ruleSet, _) in ruleSets {
            if let other = setsByID[ruleSet.id] {
                fail(.duplicateID, ruleSet.location, da: "regelsættet \"\(ruleSet.id)\" findes også i \(other.location.file)",
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
                    fail(.duplicateID, set.location, da: "standarden \"\(standardID)\" verificeres også af regelsættet \"\(other)\"",
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
        guard let scaleID = requirement.scaleID, standard.scales[scaleID] == nil else { return }
        fail(.unknownReference, requirement.location, da: "skalaen \"\(scaleID)\" er ikke defineret i \(standard.id)",
             en: "scale \"\(scaleID)\" is not defined in \(standard.id)")
    }

    private mutating func checkRelations(_ standards: [String: Standard], _ requirements: [String: DefinedRequirement]) {
        for standard in standards.values.sorted(by: { $0.id < $1.id }) {
            for requirement in standard.requirements {
                for relation in requirement.relations {
                    guard standard.level == .sector else {
                        fail(.danglingRelation, relation.location, da: "kun sektorkrav kan have relationer til koncernniveauet",
                             en: "only sector requirements can relate to the concern level")
                        continue
                    }
                    guard let target = requirements[relation.concern] else {
                        // The concern standard may simply not be loaded; only an error if it is.
                        if let concernID = standard.concernStandardID, standards[concernID] != nil {
                            fail(.danglingRelation, relation.location, da: "relationen peger på \"\(relation.concern)\", som ikke findes i \(concernID)",
                                 en: "the relation points to \"\(relation.concern)\", which \(concernID) does not define")
                        } else {
                            let named = standard.concernStandardID.map { "\"\($0)\"" } ?? "(concern=…)"
                            fail(.danglingRelation, relation.location, severity: .warning,
                                 da: "relationen til \"\(relation.concern)\" kan ikke kontrolleres: koncernstandarden \(named) er ikke indlæst",
                                 en: "the relation to \"\(relation.concern)\" cannot be checked: the concern standard \(named) is not loaded")
                        }
                        continue
                    }
                    if target.level != .concern {
                        fail(.danglingRelation, relation.location, da: "\"\(relation.concern)\" er ikke et koncernkrav",
                             en: "\"\(relation.concern)\" is not a concern requirement")
                    }
                }
            }
        }
    }

    private mutating func checkLayering(_ sets: [String: RuleSet]) {
        for set in sets.values.sorted(by: { $0.id < $1.id }) {
            for parent in set.extends where sets[parent] == nil {
                fail(.unknownReference, set.location, da: "extends nævner \"\(parent)\", som ikke er indlæst",
                     en: "extends names \"\(parent)\", which is not loaded")
            }
            if let cycle = Self.cycle(from: set.id, in: sets) {
                fail(.layeringCycle, set.location, da: "lagdelingen danner en cyklus: \(cycle.joined(separator: " → "))",
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

    private mutating func resolveUses(_ uses: [UnresolvedUse], in set: RuleSet,
                                      sets: [String: RuleSet]) -> [String: [RuleUse]] {
        var result: [String: [RuleUse]] = [:]
        result.reserveCapacity(uses.count / 2)
        // Per rule id: the rule visible from `set` (nil if none), and the check its own
        // parameters prepare, shared by its uses without arguments. Their parameters are
        // checked, and the check prepared, once per rule rather than once per use.
        var visible: [String: (rule: Rule?, defaults: PreparedCheck?)] = [:]
        // A rule file lists the uses of one requirement together: they are gathered here and
        // stored once per requirement.
        var pending: [RuleUse] = []
        var pendingRequirement: String?
        func flush() {
            guard let requirement = pendingRequirement, !pending.isEmpty else { return }
            result[requirement, default: []] += pending
            pending.removeAll(keepingCapacity: true)
        }
        for use in uses {
            if use.requirement != pendingRequirement {
                flush()
                pendingRequirement = use.requirement
            }
            let cached = visible[use.ruleID]
            var entry = cached ?? (visibleRule(use.ruleID, from: set, sets: sets), nil)
            var changed = cached == nil
            defer { if changed { visible[use.ruleID] = entry } }
            guard let rule = entry.rule else {
                fail(.unknownReference, use.location, da: "reglen \"\(use.ruleID)\" findes hverken i \(set.id) eller i de regelsæt, det udvider",
                     en: "rule \"\(use.ruleID)\" is defined neither in \(set.id) nor in the rule sets it extends")
                continue
            }
            let merged: [String: String]
            let prepared: PreparedCheck
            if use.arguments.isEmpty, let known = entry.defaults {
                merged = rule.parameters
                prepared = known
            } else {
                merged = use.arguments.isEmpty ? rule.parameters : rule.parameters.merging(use.arguments) { _, argument in argument }
                // The rule's own values are checked where it is defined; here what the use adds.
                checkParameters(merged.filter { use.arguments[$0.key] != nil }, of: rule, at: use.location, requireAll: false)
                checkRequired(merged, of: rule, at: use.location)
                prepared = PreparedCheck(rule.check, merged)
                if use.arguments.isEmpty {
                    entry.defaults = prepared
                    changed = true
                }
            }
            pending.append(RuleUse(rule: rule, step: use.step, parameters: merged, location: use.location, prepared: prepared))
        }
        flush()
        for rule in set.rules.values.sorted(by: { $0.id < $1.id }) {
            checkParameters(rule.parameters, of: rule, at: rule.location, requireAll: false)
        }
        return result
    }

    private mutating func checkUnknownParameters(_ parameters: [String: String], of rule: Rule, at location: SourceLocation) {
        let known = Set(rule.check.parameters.map(\.name))
        for name in parameters.keys.sorted() where !known.contains(name) {
            fail(.parameterType, location, da: "kontroltypen \(rule.check.rawValue) kender ikke parameteren \"\(name)\"",
                 en: "check kind \(rule.check.rawValue) has no parameter \"\(name)\"")
        }
    }

    private mutating func checkRequired(_ parameters: [String: String], of rule: Rule, at location: SourceLocation) {
        for spec in rule.check.parameters where spec.required && parameters[spec.name] == nil {
            fail(.parameterType, location, da: "reglen \"\(rule.id)\" mangler parameteren \"\(spec.name)\"",
                 en: "rule \"\(rule.id)\" needs parameter \"\(spec.name)\"")
        }
    }

    private mutating func checkParameters(_ parameters: [String: String], of rule: Rule, at location: SourceLocation,
                                          requireAll: Bool) {
        checkUnknownParameters(parameters, of: rule, at: location)
        if requireAll { checkRequired(parameters, of: rule, at: location) }
        for spec in rule.check.parameters {
            guard let value = parameters[spec.name] else { continue }
            if let problem = spec.problem(with: value) {
                fail(.parameterType, location, da: "parameteren \"\(spec.name)\" = \"\(value)\": \(problem)",
                     en: "parameter \"\(spec.name)\" = \"\(value)\" \(problem)")
            }
            if spec.type == .xpath {
                do {
                    _ = try XPathExpression(value, namespaces: XPathCheck.namespaces)
                } catch {
                    fail(.xpathDoesNotCompile, location, da: "XPath-udtrykket kan ikke oversættes: \(error.summary)",
                         en: "the XPath expression does not compile: \(error.summary)")
                }
            }
        }
    }

    private mutating func checkTargets(_ set: RuleSet, _ standards: [String: Standard], _ requirements: [String: DefinedRequirement]) {
        guard let standardID = set.standardID else {
            if !set.verifications.isEmpty || !set.manual.isEmpty || set.policy != nil {
                fail(.unknownReference, set.location, da: "et regelbibliotek uden standard kan ikke verificere krav",
                     en: "a rule library without a standard cannot verify requirements")
            }
            return
        }
        guard let standard = standards[standardID] else {
            fail(.unknownReference, set.location, da: "standarden \"\(standardID)\" er ikke indlæst", en: "standard \"\(standardID)\" is not loaded")
            return
        }
        let own = Set(standard.requirements.map(\.id))
        // Sorted only when something is wrong, so problems come out in a stable order.
        if set.verifications.keys.contains(where: { !own.contains($0) }) {
            reportStrangers(set, own: own, standardID: standardID)
        }
        if set.manual.keys.contains(where: { !own.contains($0) }) {
            for (id, manual) in set.manual.sorted(by: { $0.key < $1.key }) where !own.contains(id) {
                fail(.unknownReference, manual.location, da: "\"\(id)\" er ikke et krav i \(standardID)", en: "\"\(id)\" is not a requirement of \(standardID)")
            }
        }
        for id in set.policy?.critical ?? [] where !own.contains(id) {
            fail(.unknownReference, set.policy!.location, da: "det kritiske krav \"\(id)\" findes ikke i \(standardID)",
                 en: "critical requirement \"\(id)\" is not in \(standardID)")
        }
        _ = requirements
    }

    private mutating func reportStrangers(_ set: RuleSet, own: Set<String>, standardID: String) {
        for (id, uses) in set.verifications.sorted(by: { $0.key < $1.key }) where !own.contains(id) {
            fail(.unknownReference, uses[0].location, da: "\"\(id)\" er ikke et krav i \(standardID)", en: "\"\(id)\" is not a requirement of \(standardID)")
        }
    }

    private mutating func checkCoverage(_ standards: [String: Standard], _ sets: [String: RuleSet]) {
        for standard in standards.values.sorted(by: { $0.id < $1.id }) {
            guard let set = sets.values.first(where: { $0.standardID == standard.id }) else { continue }
            for requirement in standard.requirements
            where set.verifications[requirement.id] == nil && set.manual[requirement.id] == nil {
                fail(.unverifiedRequirement, requirement.location,
                     da: "kravet \"\(requirement.id)\" verificeres ikke af nogen regel og er ikke markeret manuelt i \(set.id)",
                     en: "requirement \"\(requirement.id)\" is verified by no rule and not marked manual in \(set.id)")
            }
        }
    }

    private mutating func fail(_ check: LintCheck, _ location: SourceLocation, severity: LintSeverity? = nil,
                               da: String, en: String) {
        problems.append(LintFinding(check, severity: severity, at: location, message: LocalisedText(da: da, en: en),
                                    hint: LocalisedText(da: "Ret henvisningen, eller indlæs den manglende fil med --rules.",
                                                        en: "Fix the reference, or load the missing file with --rules."),
                                    errorKind: .unknownReference))
    }
}
