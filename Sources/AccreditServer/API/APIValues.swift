import Foundation

/// The JSON shapes of the REST API (Resources/openapi.json), apart from the stored models so
/// that renaming a column never renames a field pipelines depend on. Optional fields are
/// written as `null`, never left out.
struct UnitValue: Codable, Sendable {
    var id: String
    var name: String
    var level: String
    var parent: String?

    init(_ unit: Unit) {
        id = unit.id
        name = unit.name
        level = unit.level.rawValue
        parent = unit.parent
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(level, forKey: .level)
        try container.encode(parent, forKey: .parent)
    }
}

struct SummaryValue: Encodable, Sendable {
    var summary: RunSummary

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(summary.counts, forKey: .counts)
        try container.encode(summary.fulfilled, forKey: .fulfilled)
        try container.encode(summary.assessable, forKey: .assessable)
        try container.encode(summary.gaps, forKey: .gaps)
        try container.encode(summary.shareMet, forKey: .shareMet)
    }

    enum Keys: String, CodingKey { case counts, fulfilled, assessable, gaps, shareMet }
}

struct RunValue: Encodable, Sendable {
    var run: RunRecord

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(run.id, forKey: .id)
        try container.encode(run.unit, forKey: .unit)
        try container.encode(run.createdAt, forKey: .createdAt)
        try container.encode(run.createdBy, forKey: .createdBy)
        try container.encode(run.asOf, forKey: .asOf)
        try container.encode(run.verdict, forKey: .verdict)
        try container.encode(run.summary.map(SummaryValue.init), forKey: .summary)
        try container.encode(run.error, forKey: .error)
        try container.encode(run.standards, forKey: .standards)
        try container.encode(run.ruleSets, forKey: .ruleSets)
        try container.encode(run.catalogueHash, forKey: .catalogueHash)
        try container.encode(run.packageSHA256, forKey: .packageSha256)
    }

    enum Keys: String, CodingKey {
        case id, unit, createdAt, createdBy, asOf, verdict, summary, error, standards, ruleSets, catalogueHash
        case packageSha256
    }
}

/// The answer to an upload: 201 with the verdict, or 422 with why it could not be evaluated.
struct RunCreatedValue: Encodable, Sendable {
    var run: RunRecord

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(run.id, forKey: .id)
        if let error = run.error {
            try container.encode(APIError.ErrorBody(status: 422, message: error), forKey: .error)
        } else {
            try container.encode(run.verdict, forKey: .verdict)
            try container.encode(run.summary.map(SummaryValue.init), forKey: .summary)
        }
    }

    enum Keys: String, CodingKey { case id, verdict, summary, error }
}
