import AccreditXML

/// Turns a streamed manifest into an `EvaluationPackage`, one entry at a time, checking each
/// entry against the grammar of `Schemas/package.xsd` and refusing what the schema cannot
/// express: duplicate entries, impossible dates, and evidence paths that leave the package.
struct ManifestReader {
    let file: String
    /// The package as the user named it, for reports.
    let root: String
    let canonicalRoot: String
    let limits: PackageLimits
    var problems: [AccreditError] = []
    private(set) var package: EvaluationPackage
    private var entries = 0
    private var evidenceIDs: [String: SourceLocation] = [:]
    private var stage = 0  // 0 organisation, 1 unit, 2 assessment, 3 claims, 4 entries
    private var rootLocation: SourceLocation
    private static let header = ["organisation", "unit", "assessment", "claim"]

    /// `manifestBytes` sizes the tables up front: a large manifest would otherwise make each
    /// of them grow, and rehash, many times over.
    init(file: String, root: String, canonicalRoot: String, limits: PackageLimits, manifestBytes: Int = 0) {
        self.file = file
        self.root = root
        self.canonicalRoot = canonicalRoot
        self.limits = limits
        self.rootLocation = SourceLocation(file: file, line: 1)
        self.package = EvaluationPackage(
            root: root, manifest: file, organisation: "", organisationID: nil, unitID: "", unitName: "", unitLevel: nil,
            assessmentDate: Day(ordinal: 0), periodStart: Day(ordinal: 0), periodEnd: Day(ordinal: 0),
            claims: [], answers: [:], evidence: [], evidenceByRequirement: [:], indicators: [:], exemptions: [:],
            location: rootLocation)
        // About 200 bytes an entry in practice, three in four of them evidence. Hash tables
        // get no more than that: one reserved beyond its need doubles in memory. An array
        // may: room it never fills is never touched.
        let entries = min(manifestBytes / 200, limits.maxEntries)
        package.evidence.reserveCapacity(entries)
        evidenceIDs.reserveCapacity(entries * 3 / 4)
        package.evidenceByRequirement.reserveCapacity(entries / 4)
        package.answers.reserveCapacity(entries / 4)
    }

    /// Starts the package with its root element (whose name, namespace and version the caller checked).
    mutating func begin(_ element: XMLElementValue) {
        rootLocation = element.location(in: file)
        package.location = rootLocation
        if element.attributeCount != 1 {
            refuse(
                .invalid, rootLocation, da: "<package> har kun attributten formatVersion",
                en: "<package> takes only the attribute formatVersion", hintDa: "Fjern de øvrige attributter.",
                hintEn: "Remove the other attributes.")
        }
    }

    /// Reads one entry (a child of the root), in document order.
    mutating func read(_ child: XMLElementValue) {
        guard problems.count < 50 else { return }
        let location = child.location(in: file)
        let name = child.name
        let header = Self.header
        entries += 1
        if entries == limits.maxEntries + 1 {
            refuse(
                .tooLarge, location, da: "manifestet har mere end \(limits.maxEntries) poster",
                en: "the manifest has more than \(limits.maxEntries) entries",
                hintDa: "Del pakken op, eller hæv grænsen med --max-entries.",
                hintEn: "Split the package, or raise the limit with --max-entries.")
        }
        if entries > limits.maxEntries { return }
        if let problem = ManifestGrammar.problem(with: child, named: name) {
            refuse(
                .invalid, location, da: problem.text(.da), en: problem.text(.en),
                hintDa: "Ret elementet efter Schemas/package.xsd.", hintEn: "Fix the element according to Schemas/package.xsd.")
            return
        }
        if let position = header.firstIndex(of: name) {
            if position == stage || (name == "claim" && stage == 3) {
                stage = min(position + 1, 3)
                if name == "claim" { stage = 3 }
            } else {
                let expected = stage < 3 ? "<\(header[stage])>" : "<answer>, <evidence>, <indicator> or <exemption>"
                refuse(
                    .invalid, location, da: "<\(name)> står forkert; her forventes \(expected)",
                    en: "<\(name)> is out of place; \(expected) is expected here",
                    hintDa: "Rækkefølgen er organisation, unit, assessment, claim, og derefter posterne.",
                    hintEn: "The order is organisation, unit, assessment, claim, then the entries.")
                return
            }
        } else if stage < 3 || package.claims.isEmpty {
            refuse(
                .invalid, location, da: "<\(name)> står før manifestets hoved er færdigt",
                en: "<\(name)> comes before the manifest's header is complete",
                hintDa: "Start med organisation, unit, assessment og mindst én claim.",
                hintEn: "Start with organisation, unit, assessment and at least one claim.")
            return
        } else {
            stage = 4
        }
        switch name {
        case "organisation":
            package.organisation = child.attribute("name") ?? ""
            package.organisationID = child.attribute("id")
        case "unit":
            package.unitID = child.attribute("id") ?? ""
            package.unitName = child.attribute("name") ?? ""
            package.unitLevel = child.attribute("level").flatMap(Level.init(rawValue:))
        case "assessment":
            package.assessmentDate = day(child, "date")
            package.periodStart = day(child, "periodStart")
            package.periodEnd = day(child, "periodEnd")
            if package.periodEnd < package.periodStart {
                refuse(
                    .invalid, location, da: "perioden slutter før den begynder", en: "the period ends before it starts",
                    hintDa: "Ret periodStart og periodEnd.", hintEn: "Fix periodStart and periodEnd.")
            }
        case "claim":
            let claim = EvaluationPackage.Claim(
                standard: child.attribute("standard") ?? "",
                version: child.attribute("version") ?? "", location: location)
            if package.claims.contains(where: { $0.standard == claim.standard }) {
                duplicate("standard", claim.standard, location)
            }
            package.claims.append(claim)
        case "answer":
            let answer = EvaluationPackage.Answer(
                requirement: child.attribute("requirement") ?? "", score: child.attribute("score") ?? "",
                phases: child.attribute("phases").map { $0.split(separator: " ").map(String.init) },
                comment: child.text.collapsingWhitespace, location: location)
            if package.answers[answer.requirement] != nil { duplicate("answer", answer.requirement, location) }
            package.answers[answer.requirement] = answer
        case "evidence":
            let evidence = readEvidence(child, location: location)
            if let first = evidenceIDs[evidence.id] { duplicate("evidence", evidence.id, location, first: first) }
            evidenceIDs[evidence.id] = location
            for requirement in evidence.requirements {
                package.evidenceByRequirement[requirement, default: []].append(package.evidence.count)
            }
            package.evidence.append(evidence)
        case "indicator":
            readIndicator(child, location: location)
        case "exemption":
            let exemption = EvaluationPackage.Exemption(
                requirement: child.attribute("requirement") ?? "",
                kind: child.attribute("type") == "waiver" ? .waiver : .notApplicable,
                justification: child.text(ofChild: "justification")?.collapsingWhitespace ?? "",
                approvedBy: child.attribute("approvedBy") ?? "", approved: day(child, "approved"),
                expires: child.attribute("expires").flatMap(Day.init(iso:)), location: location)
            if package.exemptions[exemption.requirement] != nil { duplicate("exemption", exemption.requirement, location) }
            package.exemptions[exemption.requirement] = exemption
        default: break
        }
    }

    /// Ends the package; problems that only the whole manifest shows are added here.
    mutating func finish() {
        if package.claims.isEmpty && problems.isEmpty {
            refuse(
                .invalid, rootLocation, da: "manifestet skal have organisation, unit, assessment og mindst én claim",
                en: "the manifest needs organisation, unit, assessment and at least one claim",
                hintDa: "Tilføj de manglende elementer.", hintEn: "Add the missing elements.")
        }
    }

    /// One value of an indicator's series: the latest period's is the indicator's value.
    private mutating func readIndicator(_ element: XMLElementValue, location: SourceLocation) {
        let text = element.attribute("value")
        let missing = ["true", "1"].contains(element.attribute("missing") ?? "")
        var value = EvaluationPackage.IndicatorValue(
            id: element.attribute("id") ?? "", value: text.flatMap { Double($0) } ?? .nan, text: text ?? "",
            unit: element.attribute("unit") ?? "", periodStart: day(element, "periodStart"), periodEnd: day(element, "periodEnd"),
            location: location)
        value.missing = missing
        if missing == (text != nil) {
            refuse(
                .invalid, location, da: "indikatoren \"\(value.id)\" skal have enten value eller missing=\"true\"",
                en: "indicator \"\(value.id)\" needs either value or missing=\"true\"",
                hintDa: "Angiv værdien, eller markér den som manglende.", hintEn: "Give the value, or mark it missing.")
        }
        guard let current = package.indicators[value.id] else {
            package.indicators[value.id] = value
            return
        }
        var series = package.indicatorSeries.removeValue(forKey: value.id) ?? [current]
        if series.contains(where: { $0.periodStart == value.periodStart && $0.periodEnd == value.periodEnd }) {
            refuse(
                .invalid, location,
                da:
                    "indikatoren \"\(value.id)\" for perioden \(value.periodStart) til \(value.periodEnd) står to gange i manifestet",
                en:
                    "indicator \"\(value.id)\" for the period \(value.periodStart) to \(value.periodEnd) appears twice in the manifest",
                hintDa: "Slet den ene værdi, eller ret dens periode.", hintEn: "Remove one of the values, or fix its period.")
        }
        let index = series.firstIndex { ($0.periodEnd, $0.periodStart) > (value.periodEnd, value.periodStart) } ?? series.count
        series.insert(value, at: index)
        package.indicators[value.id] = series[series.count - 1]
        package.indicatorSeries[value.id] = series
    }

    private mutating func readEvidence(_ element: XMLElementValue, location: SourceLocation) -> EvaluationPackage.Evidence {
        let path = element.attribute("path") ?? ""
        let sha256 = element.attribute("sha256").map(Self.lowercasedHex)
        let seen = package.evidenceFiles[path]
        if seen != true { package.evidenceFiles[path] = sha256 != nil }
        if seen == nil {
            switch PackagePath.resolve(path, canonicalRoot: canonicalRoot, allowHardLinks: limits.allowHardLinks) {
            case .escapes(let reason):
                problems.append(
                    AccreditError(
                        .unsafe, at: location, message: reason,
                        hint: LocalisedText(
                            da:
                                "Læg dokumentet i pakkemappen og angiv en relativ sti uden .. og uden symbolske links ud af pakken.",
                            en:
                                "Put the document inside the package folder and give a relative path without .. or symbolic links out of the package."
                        )))
            case .notRegular(let reason):
                problems.append(
                    AccreditError(
                        .unsafe, at: location,
                        message: LocalisedText(
                            da: "filen \"\(path)\" læses ikke: " + reason.text(.da),
                            en: "the file \"\(path)\" is not read: " + reason.text(.en)),
                        hint: LocalisedText(
                            da:
                                "Læg selve dokumentet i pakken som en almindelig fil (en kopi, ikke et link); hårde links kan tillades med --allow-hard-links for betroede kilder.",
                            en:
                                "Put the document itself in the package as a regular file (a copy, not a link); hard links can be allowed with --allow-hard-links for trusted sources."
                        )))
            case .file, .missing: break
            }
        }
        return EvaluationPackage.Evidence(
            id: element.attribute("id") ?? "", requirements: element.list("requirements"), kind: element.attribute("kind") ?? "",
            path: path, issued: day(element, "issued"), expires: element.attribute("expires").flatMap(Day.init(iso:)),
            sha256: sha256, title: element.text(ofChild: "title")?.collapsingWhitespace ?? "",
            location: location)
    }

    /// Checksums compare in lower case; the grammar has checked that this is hexadecimal.
    private static func lowercasedHex(_ digest: String) -> String {
        digest.withUTF8Bytes { $0.contains { (0x41...0x46).contains($0) } } ? digest.lowercased() : digest
    }

    /// A date attribute; the schema has checked its syntax, this catches impossible dates.
    private mutating func day(_ element: XMLElementValue, _ name: String) -> Day {
        let text = element.attribute(name) ?? ""
        if let day = Day(iso: text) { return day }
        refuse(
            .invalid, element.location(in: file), da: "\(name)=\"\(text)\" er ikke en dato (ÅÅÅÅ-MM-DD)",
            en: "\(name)=\"\(text)\" is not a date (YYYY-MM-DD)", hintDa: "Skriv en gyldig dato.", hintEn: "Write a valid date.")
        return Day(ordinal: 0)
    }

    private mutating func duplicate(_ what: String, _ id: String, _ location: SourceLocation, first: SourceLocation? = nil) {
        let da =
            [
                "standard": "standarden", "answer": "svaret på", "evidence": "dokumentationen", "indicator": "indikatoren",
                "exemption": "undtagelsen for",
            ][what] ?? what
        refuse(
            .invalid, location, da: "\(da) \"\(id)\" står to gange i manifestet",
            en: "\(what) \"\(id)\" appears twice in the manifest",
            hintDa: "Slet eller omdøb den ene.", hintEn: "Remove or rename one of them.")
    }

    private mutating func refuse(
        _ kind: AccreditError.Kind, _ location: SourceLocation, da: String, en: String,
        hintDa: String, hintEn: String
    ) {
        guard problems.count < 50 else { return }
        problems.append(
            AccreditError(
                kind, at: location, message: LocalisedText(da: da, en: en),
                hint: LocalisedText(da: hintDa, en: hintEn)))
    }
}
