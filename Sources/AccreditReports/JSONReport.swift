import AccreditCore

/// The JSON report, schema `Schemas/report.schema.json`, version `FormatVersion.report`.
/// Typed structs first, so the shape is checked by the compiler; then one JSON value.
struct JSONReport {
    struct Location {
        var file: String
        var line: Int
        init(_ location: SourceLocation) {
            file = location.file
            line = location.line
        }
    }

    struct Tool { var name, version: String }
    struct Package {
        var path, manifest, organisation, unit, unitName: String
        var level: String?
        var periodStart, periodEnd: String
    }
    struct RuleSet { var id, version, standard, standardVersion, sha256: String }
    struct VerdictDetails {
        var decision: String
        var advisory: Bool
        var reasons: [String]
        var toChange: [String]
    }
    struct Standard {
        var id, version, title, level: String
        var verdict: VerdictDetails
        var fulfilled, assessable: Int
    }
    struct Finding {
        var code, kind, message: String
        var location: Location
        var rule: String?
        var ruleLocation: Location?
    }
    struct Requirement {
        var id, standard, level: String
        var theme: String?
        var title, status: String
        var critical: Bool
        var location: Location
        var definition: Location
        var findings: [Finding]
    }
    struct Overlap {
        var concern, sector, relation, state, concernStatus, sectorStatus, message: String
        var location: Location
    }

    var formatVersion = FormatVersion.report
    var language: String
    var tool: Tool
    var assessmentDate: String
    var package: Package
    var ruleSets: [RuleSet]
    var catalogueSha256: String
    var verdict: String
    var decision: VerdictDetails
    var standards: [Standard]
    var summary: [String: Int]
    var requirements: [Requirement]
    var overlaps: [Overlap]
    var sectorOwes: [String]

    init(_ report: Report, language l: Language) {
        func details(_ verdict: Verdict) -> VerdictDetails {
            VerdictDetails(decision: verdict.decision.rawValue, advisory: verdict.advisory,
                           reasons: verdict.reasons.map { $0.text(l) }, toChange: verdict.toChange)
        }
        language = l.rawValue
        tool = Tool(name: report.tool.name, version: report.tool.version)
        assessmentDate = report.assessmentDate.description
        let p = report.package
        package = Package(path: p.path, manifest: p.manifest, organisation: p.organisation, unit: p.unitID,
                          unitName: p.unitName, level: p.unitLevel?.rawValue,
                          periodStart: p.periodStart.description, periodEnd: p.periodEnd.description)
        ruleSets = report.ruleSets.map {
            RuleSet(id: $0.id, version: $0.version, standard: $0.standard, standardVersion: $0.standardVersion, sha256: $0.contentHash)
        }
        catalogueSha256 = report.catalogueHash
        verdict = report.verdict.decision.rawValue
        decision = details(report.verdict)
        standards = report.standards.map {
            Standard(id: $0.id, version: $0.version, title: $0.title.text(l), level: $0.level.rawValue,
                     verdict: details($0.verdict), fulfilled: $0.fulfilled, assessable: $0.assessable)
        }
        summary = Dictionary(uniqueKeysWithValues: report.summary.map { ($0.key.rawValue, $0.value) })
        requirements = report.requirements.map { r in
            Requirement(id: r.id, standard: r.standard, level: r.level.rawValue, theme: r.theme?.rawValue,
                        title: r.title.text(l), status: r.status.rawValue, critical: r.critical,
                        location: Location(r.location), definition: Location(r.definition),
                        findings: r.findings.map {
                            Finding(code: $0.code, kind: $0.kind.rawValue, message: $0.message.text(l),
                                    location: Location($0.location), rule: $0.rule, ruleLocation: $0.ruleLocation.map(Location.init))
                        })
        }
        overlaps = report.overlaps.map {
            Overlap(concern: $0.concern, sector: $0.sector, relation: $0.relation.rawValue, state: $0.state.rawValue,
                    concernStatus: $0.concernStatus.rawValue, sectorStatus: $0.sectorStatus.rawValue,
                    message: $0.message.text(l), location: Location($0.location))
        }
        sectorOwes = report.sectorOwes
    }

    var json: JSONValue {
        func location(_ l: Location) -> JSONValue { .object(["file": .string(l.file), "line": .int(l.line)]) }
        func optional(_ text: String?) -> JSONValue? { text.map(JSONValue.string) }
        func strings(_ items: [String]) -> JSONValue { .array(items.map(JSONValue.string)) }
        func details(_ d: VerdictDetails) -> JSONValue {
            .object(["decision": .string(d.decision), "advisory": .bool(d.advisory), "reasons": strings(d.reasons),
                     "toChange": strings(d.toChange)])
        }
        var packageMembers: [String: JSONValue] = [
            "path": .string(package.path), "manifest": .string(package.manifest), "organisation": .string(package.organisation),
            "unit": .string(package.unit), "unitName": .string(package.unitName),
            "periodStart": .string(package.periodStart), "periodEnd": .string(package.periodEnd),
        ]
        packageMembers["level"] = optional(package.level)
        return .object([
            "formatVersion": .int(formatVersion),
            "language": .string(language),
            "tool": .object(["name": .string(tool.name), "version": .string(tool.version)]),
            "assessmentDate": .string(assessmentDate),
            "package": .object(packageMembers),
            "ruleSets": .array(ruleSets.map {
                .object(["id": .string($0.id), "version": .string($0.version), "standard": .string($0.standard),
                         "standardVersion": .string($0.standardVersion), "sha256": .string($0.sha256)])
            }),
            "catalogueSha256": .string(catalogueSha256),
            "verdict": .string(verdict),
            "decision": details(decision),
            "standards": .array(standards.map {
                .object(["id": .string($0.id), "version": .string($0.version), "title": .string($0.title), "level": .string($0.level),
                         "verdict": details($0.verdict), "fulfilled": .int($0.fulfilled), "assessable": .int($0.assessable)])
            }),
            "summary": .object(summary.mapValues(JSONValue.int)),
            "requirements": .array(requirements.map { r in
                var members: [String: JSONValue] = [
                    "id": .string(r.id), "standard": .string(r.standard), "level": .string(r.level), "title": .string(r.title),
                    "status": .string(r.status), "critical": .bool(r.critical), "location": location(r.location),
                    "definition": location(r.definition),
                    "findings": .array(r.findings.map { f in
                        var finding: [String: JSONValue] = ["code": .string(f.code), "kind": .string(f.kind),
                                                            "message": .string(f.message), "location": location(f.location)]
                        finding["rule"] = optional(f.rule)
                        finding["ruleLocation"] = f.ruleLocation.map(location)
                        return .object(finding)
                    }),
                ]
                members["theme"] = optional(r.theme)
                return .object(members)
            }),
            "overlaps": .array(overlaps.map {
                .object(["concern": .string($0.concern), "sector": .string($0.sector), "relation": .string($0.relation),
                         "state": .string($0.state), "concernStatus": .string($0.concernStatus),
                         "sectorStatus": .string($0.sectorStatus), "message": .string($0.message), "location": location($0.location)])
            }),
            "sectorOwes": strings(sectorOwes),
        ])
    }
}
