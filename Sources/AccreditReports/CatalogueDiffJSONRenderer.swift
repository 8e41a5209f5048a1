import AccreditAuthoring
import AccreditCore

/// A catalogue diff as one JSON document for scripts: every difference with its field changes,
/// the sector requirements affected, and the counts. Codes, not words, so the language is not
/// used.
struct CatalogueDiffJSONRenderer: CatalogueDiffRenderer {
    /// The old version as the user named it.
    let old: String
    /// The new version as the user named it.
    let new: String

    func render(_ diff: CatalogueDiff, language: Language) -> String {
        func change(_ c: CatalogueDiff.FieldChange) -> JSONValue {
            var members: [String: JSONValue] = ["field": .string(c.field.rawValue), "old": .string(c.old), "new": .string(c.new)]
            if let language = c.language { members["language"] = .string(language.rawValue) }
            return .object(members)
        }
        let differences: [JSONValue] = diff.differences.map { d in
            var members: [String: JSONValue] = [
                "subject": .string(d.subject.rawValue), "kind": .string(d.kind.rawValue),
                "id": .string(d.id), "changes": .array(d.changes.map(change)),
            ]
            if let owner = d.owner { members["owner"] = .string(owner) }
            return .object(members)
        }
        let affected: [JSONValue] = diff.affected.map { a in
            .object([
                "requirement": .string(a.sector), "standard": .string(a.standard),
                "causes": .array(
                    a.causes.map { c in
                        .object([
                            "concern": .string(c.concern), "relation": .string(c.relation.rawValue),
                            "kind": .string(c.kind.rawValue),
                            "fields": .array(c.fields.map { .string($0.rawValue) }),
                        ])
                    }),
            ])
        }
        let summary: [String: JSONValue] = Dictionary(
            uniqueKeysWithValues: CatalogueDiff.Kind.allCases.map { ($0.rawValue, .int(diff.count($0))) }
        )
        .merging(["affected": .int(diff.affected.count)]) { a, _ in a }
        return JSONValue.object([
            "old": .string(old), "new": .string(new),
            "differences": .array(differences), "affected": .array(affected), "summary": .object(summary),
        ]).serialized()
    }
}
