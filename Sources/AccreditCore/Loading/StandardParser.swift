import AccreditXML

/// Builds a `Standard` from a schema-valid standard file.
struct StandardParser {
    let file: String
    var problems: [CatalogueProblem] = []

    init(file: String) { self.file = file }

    mutating func parse(_ root: XMLElement, contentHash: String) -> Standard {
        let id = root.attribute("id") ?? ""
        let level = Level(rawValue: root.attribute("level") ?? "") ?? .sector
        var scales: [String: Scale] = [:]
        var groups: [Standard.Group] = []
        var requirements: [Requirement] = []
        requireBothLanguages(root, "title")
        root.forEachChild { child in
            switch child.name {
            case "scale":
                let scale = parseScale(child)
                if scales[scale.id] != nil { duplicate("scale", scale.id, child) }
                scales[scale.id] = scale
            case "group":
                parseGroup(
                    child, standardID: id, level: level, parents: [], theme: nil,
                    scale: root.attribute("scale"), groups: &groups, requirements: &requirements)
            default: break
            }
        }
        return Standard(
            id: id, version: root.attribute("version") ?? "", level: level,
            title: root.localised("title"), concernStandardID: root.attribute("concern"),
            scales: scales, groups: groups, requirements: requirements,
            location: root.location(in: file), contentHash: contentHash)
    }

    private mutating func parseScale(_ element: XMLElement) -> Scale {
        let id = element.attribute("id") ?? ""
        var bands: [Scale.Band] = []
        var values: [Scale.Value] = []
        element.forEachChild { child in
            if child.name == "band" {
                requireBothLanguages(child, "label")
                bands.append(
                    Scale.Band(
                        min: Int(child.attribute("min") ?? "") ?? 0,
                        max: Int(child.attribute("max") ?? "") ?? 0,
                        phase: child.attribute("phase"), label: child.localised("label")))
            } else if child.name == "value" {
                requireBothLanguages(child, "label")
                values.append(
                    Scale.Value(
                        id: child.attribute("id") ?? "",
                        meets: child.attribute("meets") == "true",
                        notApplicable: child.attribute("notApplicable") == "true",
                        label: child.localised("label")))
            }
        }
        let kind: Scale.Kind
        if values.isEmpty {
            let min = Int(element.attribute("min") ?? "") ?? bands.map(\.min).min() ?? 0
            let max = Int(element.attribute("max") ?? "") ?? bands.map(\.max).max() ?? 0
            kind = .numeric(
                min: min, max: max, bands: bands.sorted { $0.min < $1.min },
                cumulative: element.attribute("cumulative") == "true")
        } else {
            kind = .ordinal(values)
        }
        return Scale(id: id, title: element.localised("title"), kind: kind)
    }

    // swiftlint:disable:next function_parameter_count
    private mutating func parseGroup(
        _ element: XMLElement, standardID: String, level: Level, parents: [String],
        theme inherited: Theme?, scale inheritedScale: String?,
        groups: inout [Standard.Group], requirements: inout [Requirement]
    ) {
        let id = element.attribute("id") ?? ""
        let theme = element.attribute("theme").flatMap(Theme.init(rawValue:)) ?? inherited
        let scale = element.attribute("scale") ?? inheritedScale
        requireBothLanguages(element, "title")
        groups.append(
            Standard.Group(
                id: id, title: element.localised("title"), theme: theme,
                kind: element.attribute("kind"), parents: parents,
                location: element.location(in: file)))
        element.forEachChild { child in
            if child.isNamed("group") {
                parseGroup(
                    child, standardID: standardID, level: level, parents: parents + [id], theme: theme,
                    scale: scale, groups: &groups, requirements: &requirements)
            } else if child.isNamed("requirement") {
                requirements.append(
                    parseRequirement(
                        child, standardID: standardID, level: level,
                        groupPath: parents + [id], theme: theme, scale: scale))
            }
        }
    }

    private mutating func parseRequirement(
        _ element: XMLElement, standardID: String, level: Level,
        groupPath: [String], theme: Theme?, scale: String?
    ) -> Requirement {
        let id = element.attribute("id") ?? ""
        requireBothLanguages(element, "title")
        var steps: [Requirement.Step] = []
        var relations: [Relation] = []
        element.forEachChild { child in
            if child.isNamed("step") {
                steps.append(
                    Requirement.Step(
                        number: Int(child.attribute("n") ?? "") ?? 0,
                        kind: child.attribute("kind") ?? "", text: child.localised("text")))
            } else if child.isNamed("relation") {
                relations.append(
                    Relation(
                        sector: id, concern: child.attribute("concern") ?? "",
                        type: RelationType(rawValue: child.attribute("type") ?? "") ?? .intersects,
                        location: child.location(in: file)))
            }
        }
        return Requirement(
            id: id, standardID: standardID, level: level,
            theme: element.attribute("theme").flatMap(Theme.init(rawValue:)) ?? theme,
            groupPath: groupPath, title: element.localised("title"), text: element.localised("text"),
            steps: steps, relations: relations, scaleID: element.attribute("scale") ?? scale,
            wording: Requirement.Wording(rawValue: element.attribute("wording") ?? "") ?? .confirmed,
            location: element.location(in: file))
    }

    private mutating func requireBothLanguages(_ element: XMLElement, _ name: String) {
        for bad in element.unlocalisedChildren(name) {
            problems.append(
                CatalogueProblem(
                    .schemaViolation, at: bad.location(in: file),
                    message: LocalisedText(
                        da: "<\(name)> mangler xml:lang=\"da\" eller \"en\"",
                        en: "<\(name)> lacks xml:lang=\"da\" or \"en\""),
                    hint: LocalisedText(da: "Angiv sproget med xml:lang.", en: "State the language with xml:lang.")))
        }
    }

    private mutating func duplicate(_ what: String, _ id: String, _ element: XMLElement) {
        problems.append(
            CatalogueProblem(
                .duplicateID, at: element.location(in: file),
                message: LocalisedText(da: "\(what) \"\(id)\" er defineret to gange", en: "\(what) \"\(id)\" is defined twice"),
                hint: LocalisedText(da: "Giv hver \(what) et entydigt id.", en: "Give each \(what) a unique id.")))
    }
}
