import AccreditAuthoring
import AccreditCore

/// Renders an `Explanation` as plain text in one language.
enum ExplanationText {
    static func render(_ e: Explanation, language l: Language) -> String {
        let da = l == .da
        let r = e.requirement
        var out: [String] = []
        out.append("\(r.id)  \(r.title.text(l))")
        out.append(String(repeating: "=", count: min(78, r.id.count + 2 + r.title.text(l).count)))
        if !r.text.isEmpty { out.append(r.text.text(l)) }
        out.append("")
        out.append((da ? "Standard:  " : "Standard:  ") + "\(e.standard.id) \(e.standard.version) – \(e.standard.title.text(l))")
        out.append(
            (da ? "Niveau:    " : "Level:     ")
                + (r.level == .concern ? (da ? "koncern" : "concern") : (da ? "sektor" : "sector")))
        out.append((da ? "Tema:      " : "Theme:     ") + (r.theme?.rawValue ?? "–"))
        if !e.groupTitles.isEmpty {
            out.append((da ? "Gruppe:    " : "Group:     ") + e.groupTitles.map { $0.text(l) }.joined(separator: " › "))
        }
        if let scale = r.scaleID { out.append((da ? "Skala:     " : "Scale:     ") + scale) }
        out.append((da ? "Ordlyd:    " : "Wording:   ") + r.wording.rawValue)
        if e.critical {
            out.append(
                da ? "Kritisk:   ja (ikke opfyldt gør enheden ikke klar)" : "Critical:  yes (unmet makes the unit not ready)")
        }
        out.append((da ? "Defineret: " : "Defined:   ") + r.location.description)
        if !r.steps.isEmpty {
            out.append("")
            out.append(da ? "Trin" : "Steps")
            for step in r.steps { out.append("  \(step.number). [\(step.kind)] \(step.text.text(l))") }
        }
        out.append("")
        if let manual = e.manual {
            out.append(da ? "Vurderes manuelt (\(e.ruleSetID ?? "?"))" : "Assessed by people (\(e.ruleSetID ?? "?"))")
            out.append("  " + manual.reason.text(l))
            out.append("  " + manual.location.description)
        } else if e.verifications.isEmpty {
            out.append(da ? "Ingen regel verificerer kravet." : "No rule verifies this requirement.")
        } else {
            out.append((da ? "Regler" : "Rules") + " (\(e.ruleSetID ?? "?"))")
            for v in e.verifications {
                let step = v.step.map { da ? " trin \($0)" : " step \($0)" } ?? ""
                out.append("  \(v.rule.id) [\(v.rule.check.rawValue)]\(step): \(v.rule.title.text(l))  (\(v.location))")
                for p in v.parameters { out.append("    \(p.name) = \(p.value)") }
            }
            out.append("")
            out.append(da ? "Pakken skal indeholde" : "The package must supply")
            for item in e.supply { out.append("  - " + item.text.text(l)) }
        }
        out.append("")
        if e.related.isEmpty {
            out.append(da ? "Ingen erklærede relationer til det andet niveau." : "No declared relations to the other level.")
        } else {
            out.append(
                r.level == .sector
                    ? (da ? "Relationer til koncernniveauet" : "Relations to the concern level")
                    : (da ? "Sektorkrav med relation hertil" : "Sector requirements relating to it"))
            for rel in e.related {
                let (sector, concern) = r.level == .sector ? (r.id, rel.id) : (rel.id, r.id)
                let reading = "\(sector) \(rel.type.phrase.text(l)) \(concern) [\(rel.type.rawValue)]"
                out.append("  \(rel.id) (\(rel.standardID)) \(rel.title.text(l))")
                out.append("    \(reading)  (\(rel.location))")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
