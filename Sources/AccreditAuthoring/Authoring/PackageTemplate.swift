import AccreditCore

/// A new evaluation package for one unit, ready to fill in: a manifest that claims the given
/// standards and lists, as comments, every requirement with what to supply and an example
/// entry to copy. `check` accepts it as it is and reports it not ready until it is filled in.
public struct PackageTemplate: Sendable {
    public var standards: [Standard]
    public var organisation: String
    public var unitName: String
    public var assessmentDate: Day
    public var language: Language

    public init(standards: [Standard], organisation: String, unitName: String, assessmentDate: Day, language: Language) {
        self.standards = standards
        self.organisation = organisation
        self.unitName = unitName
        self.assessmentDate = assessmentDate
        self.language = language
    }

    /// A unit id made from its name: lower case, Danish letters spelled out, words joined by "-".
    public var unitID: String { IdentifierSlug.make(unitName, fallback: "enhed") }

    /// The assessment period: the calendar year before the assessment date.
    var period: (start: String, end: String) {
        let year = Int(assessmentDate.description.prefix(4)) ?? 2000
        return ("\(year - 1)-01-01", "\(year - 1)-12-31")
    }

    /// The files to write, relative to the package folder, in a stable order.
    public func files(in catalogue: Catalogue) -> [(path: String, text: String)] {
        [(PackageLoader.manifestName, manifest(in: catalogue)), ("evidence/README.md", evidenceReadme)]
    }

    public func manifest(in catalogue: Catalogue) -> String {
        let da = language == .da
        let level = standards.allSatisfy { $0.level == .concern } ? "concern" : "sector"
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<package xmlns="urn:accredit:package" formatVersion="\#(FormatVersion.package)">"#,
            "  <!-- "
                + comment(
                    da
                        ? "Udfyld pakken: kopiér eksemplerne under hvert krav ud af kommentaren, udfyld dem, og læg dokumenterne i evidence/. Kør derefter accredit check på mappen."
                        : "Fill in the package: copy the examples under each requirement out of the comment, fill them in and put the documents in evidence/. Then run accredit check on the folder."
                ) + " -->",
            #"  <organisation name="\#(escaped(organisation))"/>"#,
            #"  <unit id="\#(unitID)" name="\#(escaped(unitName))" level="\#(level)"/>"#,
            #"  <assessment date="\#(assessmentDate)" periodStart="\#(period.start)" periodEnd="\#(period.end)"/>"#,
        ]
        lines += standards.map { #"  <claim standard="\#($0.id)" version="\#(escaped($0.version))"/>"# }
        for standard in standards {
            lines.append("")
            lines.append("  <!-- ===== \(comment(standard.id)): \(comment(standard.title.text(language))) ===== -->")
            let manual = catalogue.ruleSet(for: standard.id)?.manual ?? [:]
            for requirement in standard.requirements {
                lines.append("")
                lines += block(for: requirement, manual: manual[requirement.id], catalogue: catalogue)
            }
        }
        lines.append("</package>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func block(for requirement: Requirement, manual: ManualAssessment?, catalogue: Catalogue) -> [String] {
        let da = language == .da
        var lines = ["  <!-- \(requirement.id)  \(comment(requirement.title.text(language)))"]
        if let manual {
            lines.append("       " + (da ? "Vurderes manuelt: " : "Assessed by people: ") + comment(manual.reason.text(language)))
            lines[lines.count - 1] += " -->"
            return lines
        }
        let items = SupplyItem.items(for: requirement, in: catalogue)
        lines.append("       " + (da ? "Skal indeholde:" : "Supply:"))
        for item in items { lines.append("         - " + comment(item.text.text(language))) }
        var examples: [String] = []
        if items.contains(where: \.answer) {
            let phases =
                requirement.scaleID.flatMap { catalogue.standards[requirement.standardID]?.scales[$0] }
                .map { if case .numeric(_, _, _, true) = $0.kind { return #" phases="""# } else { return "" } } ?? ""
            examples.append(#"<answer requirement="\#(requirement.id)" score=""\#(phases)></answer>"#)
        }
        var kinds: [String] = []
        for item in items {
            for kind in item.evidenceKinds.prefix(1) where !kinds.contains(kind) { kinds.append(kind) }
        }
        for (index, kind) in kinds.enumerated() {
            examples.append(
                #"<evidence id="\#(requirement.id)-\#(index + 1)" requirements="\#(requirement.id)" kind="\#(kind)" path="evidence/" issued=""><title></title></evidence>"#
            )
        }
        for item in items {
            guard let indicator = item.indicator else { continue }
            examples.append(#"<indicator id="\#(indicator)" value="" unit="" periodStart="" periodEnd=""/>"#)
        }
        lines += examples.map { "       " + $0 }
        lines[lines.count - 1] += " -->"
        return lines
    }

    private var evidenceReadme: String {
        language == .da
            ? "# Dokumentation\n\nLæg enhedens dokumenter her, og henvis til dem fra manifest.xml med path=\"evidence/…\".\n"
            : "# Evidence\n\nPut the unit's documents here and refer to them from manifest.xml with path=\"evidence/…\".\n"
    }

    /// Text safe inside an XML comment (no "--").
    private func comment(_ text: String) -> String {
        var out = text
        while out.contains("--") { out = out.replacingOccurrences(of: "--", with: "- -") }
        return out.hasSuffix("-") ? out + " " : out
    }

    private func escaped(_ text: String) -> String { MarkupEscape.xml(text) }
}
