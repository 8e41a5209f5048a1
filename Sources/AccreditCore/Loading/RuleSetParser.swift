import AccreditXML

/// Builds a `RuleSet` from a schema-valid rule file. Cross-file references are checked later,
/// by `CatalogueValidator`, once every file is loaded.
struct RuleSetParser {
    let file: String
    var problems: [CatalogueProblem] = []

    init(file: String) { self.file = file }

    mutating func parse(_ root: XMLElement, contentHash: String) -> (RuleSet, [UnresolvedUse]) {
        let id = root.attribute("id") ?? ""
        var rules: [String: Rule] = [:]
        var uses: [UnresolvedUse] = []
        var manual: [String: ManualAssessment] = [:]
        var policy: Policy?
        var verified: [String: SourceLocation] = [:]
        root.forEachChild { child in
            switch child.name {
            case "policy":
                policy = parsePolicy(child)
            case "rule":
                let rule = Rule(
                    id: child.attribute("id") ?? "",
                    check: CheckKind(rawValue: child.attribute("check") ?? "") ?? .evidence,
                    title: child.localised("title"), parameters: arguments(child, "param"),
                    ruleSetID: id, location: child.location(in: file))
                if rules[rule.id] != nil {
                    problem(
                        .duplicateID, child, da: "reglen \"\(rule.id)\" er defineret to gange",
                        en: "rule \"\(rule.id)\" is defined twice")
                }
                rules[rule.id] = rule
            case "verify":
                let requirement = child.attribute("requirement") ?? ""
                if verified[requirement] != nil || manual[requirement] != nil {
                    problem(
                        .duplicateID, child, da: "kravet \"\(requirement)\" er angivet to gange",
                        en: "requirement \"\(requirement)\" is listed twice")
                }
                verified[requirement] = child.location(in: file)
                child.forEachChild { use in
                    guard use.isNamed("use") else { return }
                    uses.append(
                        UnresolvedUse(
                            requirement: requirement, ruleID: use.attribute("rule") ?? "",
                            step: use.attribute("step").flatMap { Int($0) },
                            arguments: arguments(use, "with"), location: use.location(in: file)))
                }
            case "manual":
                let requirement = child.attribute("requirement") ?? ""
                if verified[requirement] != nil || manual[requirement] != nil {
                    problem(
                        .duplicateID, child, da: "kravet \"\(requirement)\" er angivet to gange",
                        en: "requirement \"\(requirement)\" is listed twice")
                }
                manual[requirement] = ManualAssessment(reason: child.localised("reason"), location: child.location(in: file))
            default: break
            }
        }
        let ruleSet = RuleSet(
            id: id, version: root.attribute("version") ?? "", title: root.localised("title"),
            description: root.localised("description"), standardID: root.attribute("standard"), extends: root.list("extends"),
            policy: policy, rules: rules, verifications: [:], manual: manual,
            location: root.location(in: file), contentHash: contentHash)
        return (ruleSet, uses)
    }

    private mutating func parsePolicy(_ element: XMLElement) -> Policy {
        let ready = Policy.basisPoints(element.attribute("ready") ?? "") ?? 10_000
        let remarks = Policy.basisPoints(element.attribute("readyWithRemarks") ?? "") ?? ready
        if remarks > ready {
            problem(
                .inconsistentPolicy, element, da: "readyWithRemarks må ikke være større end ready",
                en: "readyWithRemarks must not exceed ready")
        }
        var critical: [String] = []
        element.forEachChild { if $0.name == "critical", let id = $0.attribute("requirement") { critical.append(id) } }
        return Policy(
            decision: element.attribute("decision") == "advisory" ? .advisory : .automatic,
            readyBasisPoints: ready, readyWithRemarksBasisPoints: remarks, critical: critical,
            note: element.localised("note"), location: element.location(in: file))
    }

    private func arguments(_ element: XMLElement, _ name: String) -> [String: String] {
        var result: [String: String] = [:]
        element.forEachChild { child in
            if child.isNamed(name), let key = child.attribute("name") { result[key] = child.text.trimmedSpaces }
        }
        return result
    }

    private mutating func problem(_ check: CatalogueCheck, _ element: XMLElement, da: String, en: String) {
        problems.append(
            CatalogueProblem(
                check, at: element.location(in: file), message: LocalisedText(da: da, en: en),
                hint: LocalisedText(da: "Ret regelfilen.", en: "Fix the rule file.")))
    }
}

/// A `<use>` before its rule is looked up across files.
struct UnresolvedUse {
    var requirement: String
    var ruleID: String
    var step: Int?
    var arguments: [String: String]
    var location: SourceLocation
}

extension String {
    package var trimmedSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
