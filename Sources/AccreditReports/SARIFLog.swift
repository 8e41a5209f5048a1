/// The part of SARIF 2.1.0 (OASIS) that accredit writes, as typed structs so the compiler
/// checks the shape, then one `JSONValue` (sorted keys, byte-stable, fast on large reports).
/// The official JSON schema checks the result in CI. Property names follow the specification.
struct SARIFLog {
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    var schema = SARIFLog.schemaURI
    var version = "2.1.0"
    var runs: [Run]

    struct Run {
        var tool: Tool
        var language: String
        var columnKind = "unicodeCodePoints"
        var results: [Result]
        var properties: RunProperties
        /// The bases `uriBaseId`s name (see `SARIFLog+BaseIDs.swift`).
        var originalUriBaseIds: [String: BaseURI] = [:]
    }

    /// Where a `uriBaseId` points: a folder's URI (ending in `/`), relative to another base,
    /// or none where only a person can tell (the root inside a zip archive), with words.
    struct BaseURI {
        var uri: String?
        var uriBaseId: String?
        var description: String
    }

    struct Tool {
        var driver: Driver
    }

    struct Driver {
        var name: String
        var version: String
        var semanticVersion: String
        var rules: [Rule]
    }

    struct Message {
        var text: String
    }

    struct Rule {
        var id: String
        var shortDescription: Message
        var fullDescription: Message
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct Configuration {
        var level: String
    }

    struct RuleProperties {
        var standard: String
        var level: String
        var theme: String?
        var critical: Bool
        var tags: [String]
    }

    struct Result {
        var ruleId: String
        var ruleIndex: Int
        var kind = "fail"
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]
        var partialFingerprints: [String: String]
        var properties: ResultProperties
    }

    struct ResultProperties {
        var status: String
        var code: String
        var findingKind: String
    }

    struct Location {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?
    }

    struct PhysicalLocation {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation {
        var uri: String
        var uriBaseId: String? = nil
    }

    struct Region {
        var startLine: Int
    }

    struct RunProperties {
        var assessmentDate: String
        var package: String
        var organisation: String
        var unit: String
        var verdict: String
        var advisory: Bool
        var reasons: [String]
        var summary: [String: Int]
        var ruleSets: [RuleSet]
        var catalogueSha256: String
    }

    struct RuleSet {
        var id, version, standard, standardVersion, sha256: String
    }
}

extension SARIFLog {
    var json: JSONValue {
        .object(["$schema": .string(schema), "version": .string(version), "runs": .array(runs.map(\.json))])
    }
}

extension SARIFLog.Run {
    var json: JSONValue {
        var members: [String: JSONValue] = [
            "tool": .object(["driver": tool.driver.json]), "language": .string(language),
            "columnKind": .string(columnKind), "results": .array(results.map(\.json)), "properties": properties.json,
            // The check ran to the end; a package that could not be evaluated says false.
            "invocations": .array([.object(["executionSuccessful": .bool(true)])]),
        ]
        if !originalUriBaseIds.isEmpty {
            members["originalUriBaseIds"] = .object(
                originalUriBaseIds.mapValues { base in
                    var location: [String: JSONValue] = ["description": .object(["text": .string(base.description)])]
                    location["uri"] = base.uri.map(JSONValue.string)
                    location["uriBaseId"] = base.uriBaseId.map(JSONValue.string)
                    return .object(location)
                })
        }
        return .object(members)
    }
}

extension SARIFLog.Driver {
    var json: JSONValue {
        .object([
            "name": .string(name), "version": .string(version), "semanticVersion": .string(semanticVersion),
            "rules": .array(rules.map(\.json)),
        ])
    }
}

extension SARIFLog.Message {
    var json: JSONValue { .object(["text": .string(text)]) }
}

extension SARIFLog.Rule {
    var json: JSONValue {
        var bag: [String: JSONValue] = [
            "standard": .string(properties.standard), "level": .string(properties.level),
            "critical": .bool(properties.critical), "tags": .array(properties.tags.map(JSONValue.string)),
        ]
        bag["theme"] = properties.theme.map(JSONValue.string)
        return .object([
            "id": .string(id), "shortDescription": shortDescription.json, "fullDescription": fullDescription.json,
            "defaultConfiguration": .object(["level": .string(defaultConfiguration.level)]),
            "properties": .object(bag),
        ])
    }
}

extension SARIFLog.Result {
    var json: JSONValue {
        .object([
            "ruleId": .string(ruleId), "ruleIndex": .int(ruleIndex), "kind": .string(kind), "level": .string(level),
            "message": message.json, "locations": .array(locations.map(\.json)),
            "relatedLocations": .array(relatedLocations.map(\.json)),
            "partialFingerprints": .object(partialFingerprints.mapValues(JSONValue.string)),
            "properties": .object([
                "status": .string(properties.status), "code": .string(properties.code),
                "findingKind": .string(properties.findingKind),
            ]),
        ])
    }
}

extension SARIFLog.Location {
    var json: JSONValue {
        var members: [String: JSONValue] = ["physicalLocation": physicalLocation.json]
        members["id"] = id.map(JSONValue.int)
        members["message"] = message?.json
        return .object(members)
    }
}

extension SARIFLog.PhysicalLocation {
    var json: JSONValue {
        var artifact: [String: JSONValue] = ["uri": .string(artifactLocation.uri)]
        artifact["uriBaseId"] = artifactLocation.uriBaseId.map(JSONValue.string)
        var members: [String: JSONValue] = ["artifactLocation": .object(artifact)]
        members["region"] = region.map { .object(["startLine": .int($0.startLine)]) }
        return .object(members)
    }
}

extension SARIFLog.RunProperties {
    var json: JSONValue {
        .object([
            "assessmentDate": .string(assessmentDate), "package": .string(package), "organisation": .string(organisation),
            "unit": .string(unit), "verdict": .string(verdict), "advisory": .bool(advisory),
            "reasons": .array(reasons.map(JSONValue.string)), "summary": .object(summary.mapValues(JSONValue.int)),
            "ruleSets": .array(
                ruleSets.map {
                    .object([
                        "id": .string($0.id), "version": .string($0.version), "standard": .string($0.standard),
                        "standardVersion": .string($0.standardVersion), "sha256": .string($0.sha256),
                    ])
                }),
            "catalogueSha256": .string(catalogueSha256),
        ])
    }
}
