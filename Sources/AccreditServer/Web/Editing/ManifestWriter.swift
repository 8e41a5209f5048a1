import AccreditCore

/// Writes a draft's manifest.xml in the layout of Schemas/package.xsd: header, claims, then
/// answers, evidence, indicators and exemptions. Every value passes through `MarkupEscape`, the
/// escaper `accredit init` (`PackageTemplate`) and the reports use: markup characters as
/// entities, characters XML 1.0 cannot hold (control characters a browser may send) as U+FFFD,
/// line breaks in attributes as character references, so the manifest is always well-formed.
///
/// `PackageTemplate` writes only an empty skeleton with the requirements as comments, not
/// answers, evidence or exemptions, so the editor writes filled-in manifests here.
enum ManifestWriter {
    static func manifest(_ draft: DraftPackage) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<package xmlns="\#(Namespace.package)" formatVersion="\#(FormatVersion.package)">"#,
        ]
        var organisation = "  <organisation"
        if let id = draft.organisationID, !id.isEmpty { organisation += attribute("id", id) }
        lines.append(organisation + attribute("name", draft.organisation) + "/>")
        var unit = "  <unit" + attribute("id", draft.unitID) + attribute("name", draft.unitName)
        if let level = draft.unitLevel { unit += attribute("level", level.rawValue) }
        lines.append(unit + "/>")
        lines.append(
            "  <assessment" + attribute("date", draft.assessmentDate.description)
                + attribute("periodStart", draft.periodStart.description)
                + attribute("periodEnd", draft.periodEnd.description) + "/>")
        for claim in draft.claims {
            lines.append("  <claim" + attribute("standard", claim.standard) + attribute("version", claim.version) + "/>")
        }
        if !draft.answers.isEmpty { lines += ["", "  <!-- Selvevaluering / Self-assessment -->"] }
        for answer in draft.answers {
            var line = "  <answer" + attribute("requirement", answer.requirement) + attribute("score", answer.score)
            if let phases = answer.phases { line += attribute("phases", phases.joined(separator: " ")) }
            lines.append(line + ">" + text(answer.comment) + "</answer>")
        }
        if !draft.evidence.isEmpty { lines += ["", "  <!-- Dokumentation / Evidence -->"] }
        for evidence in draft.evidence {
            var line =
                "  <evidence" + attribute("id", evidence.id)
                + attribute("requirements", evidence.requirements.joined(separator: " ")) + attribute("kind", evidence.kind)
                + attribute("path", evidence.path) + attribute("issued", evidence.issued.description)
            if let expires = evidence.expires { line += attribute("expires", expires.description) }
            if let sha256 = evidence.sha256 { line += attribute("sha256", sha256) }
            lines.append(
                evidence.title.isEmpty ? line + "/>" : line + ">\n    <title>" + text(evidence.title) + "</title>\n  </evidence>")
        }
        if !draft.indicators.isEmpty { lines += ["", "  <!-- Indikatorer / Indicators -->"] }
        for indicator in draft.indicators {
            var line = "  <indicator" + attribute("id", indicator.id)
            line += indicator.value.map { attribute("value", $0) } ?? attribute("missing", "true")
            line +=
                attribute("unit", indicator.unit) + attribute("periodStart", indicator.periodStart.description)
                + attribute("periodEnd", indicator.periodEnd.description)
            lines.append(line + "/>")
        }
        if !draft.exemptions.isEmpty { lines += ["", "  <!-- Undtagelser / Exemptions -->"] }
        for exemption in draft.exemptions {
            var line =
                "  <exemption" + attribute("requirement", exemption.requirement) + attribute("type", exemption.kind.rawValue)
                + attribute("approvedBy", exemption.approvedBy) + attribute("approved", exemption.approved.description)
            if let expires = exemption.expires { line += attribute("expires", expires.description) }
            lines.append(line + ">\n    <justification>" + text(exemption.justification) + "</justification>\n  </exemption>")
        }
        lines.append("</package>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// ` name="value"`, escaped for a double-quoted attribute (line breaks as references).
    static func attribute(_ name: String, _ value: String) -> String {
        " \(name)=\"" + MarkupEscape.xml(value) + "\""
    }

    /// Element content, escaped, line breaks kept.
    static func text(_ value: String) -> String { MarkupEscape.xmlText(value) }
}
