import AccreditAuthoring
import AccreditCore
import AccreditReports

/// Renders a `CatalogueDiff` as plain text in one language, or as JSON.
enum CatalogueDiffText {
    static func render(_ diff: CatalogueDiff, old: String, new: String, language l: Language) -> String {
        let da = l == .da
        var out = [(da ? "Forskelle fra " : "Differences from ") + old + (da ? " til " : " to ") + new, ""]
        guard !diff.isEmpty else {
            out.append(da ? "Ingen forskelle." : "No differences.")
            return out.joined(separator: "\n") + "\n"
        }
        for subject in CatalogueDiff.Subject.allCases {
            let differences = diff.differences.filter { $0.subject == subject }
            guard !differences.isEmpty else { continue }
            out.append(subject.name.text(l) + " (\(differences.count))")
            for difference in differences {
                let owner = difference.owner.map { " (\($0))" } ?? ""
                out.append("  " + pad(difference.kind.name.text(l), 10) + difference.id + owner)
                for change in difference.changes {
                    let language = change.language.map { " [\($0.rawValue)]" } ?? ""
                    out.append("      \(change.field.name.text(l))\(language): \(quoted(change.old)) → \(quoted(change.new))")
                }
            }
            out.append("")
        }
        out.append(
            (da
                ? "Sektorkrav berørt af ændringer på koncernniveau"
                : "Sector requirements affected by changes at the concern level")
                + " (\(diff.affected.count))")
        for affected in diff.affected {
            let causes = affected.causes.map { cause in
                let fields = cause.fields.isEmpty ? "" : ": " + cause.fields.map { $0.name.text(l) }.joined(separator: ", ")
                return "\(cause.concern) (\(cause.relation.rawValue)) \(cause.kind.name.text(l))\(fields)"
            }
            out.append("  \(affected.sector) (\(affected.standard)) ← " + causes.joined(separator: "; "))
        }
        if diff.affected.isEmpty { out.append(da ? "  ingen" : "  none") }
        out.append("")
        let counts = CatalogueDiff.Kind.allCases.map { "\(diff.count($0)) \($0.name.text(l))" }.joined(separator: ", ")
        out.append(
            (da ? "I alt: " : "Total: ") + counts + "; " + "\(diff.affected.count) "
                + (da ? "sektorkrav berørt" : "sector requirements affected"))
        return out.joined(separator: "\n") + "\n"
    }

    static func json(_ diff: CatalogueDiff, old: String, new: String) -> String {
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

    private static func quoted(_ value: String) -> String { value.isEmpty ? "–" : "\"\(value)\"" }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
