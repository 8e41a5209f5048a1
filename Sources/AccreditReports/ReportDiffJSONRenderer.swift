import AccreditCore

/// A run diff as one JSON document for scripts: both reports, the verdicts, each status
/// change, the new, unchanged and fixed findings with their fingerprints, and the counts.
/// Codes, not words: the language is not used (messages are as their reports word them).
struct ReportDiffJSONRenderer: ReportDiffRenderer {
    func render(_ diff: ReportDiff, language: Language) -> String {
        func finding(_ f: RecordedReport.Finding) -> JSONValue {
            var members: [String: JSONValue] = [
                "standard": .string(f.standard), "requirement": .string(f.requirement), "code": .string(f.code),
                "kind": .string(f.kind.rawValue), "message": .string(f.message), "fingerprint": .string(f.fingerprint.value),
                "location": .object(["file": .string(f.location.file), "line": .int(f.location.line)]),
            ]
            members["rule"] = f.rule.map(JSONValue.string)
            members["subject"] = f.subject.map(JSONValue.string)
            return .object(members)
        }
        let changes: [JSONValue] = diff.statusChanges.map { c in
            .object([
                "requirement": .string(c.requirement), "standard": .string(c.standard), "title": .string(c.title),
                "old": c.old.map { .string($0.rawValue) } ?? .null, "new": c.new.map { .string($0.rawValue) } ?? .null,
            ])
        }
        return JSONValue.object([
            "old": .object([
                "report": .string(diff.oldName), "assessmentDate": .string(diff.oldDate),
                "verdict": .string(diff.oldVerdict.rawValue),
            ]),
            "new": .object([
                "report": .string(diff.newName), "assessmentDate": .string(diff.newDate),
                "verdict": .string(diff.newVerdict.rawValue),
            ]),
            "verdictChanged": .bool(diff.oldVerdict != diff.newVerdict),
            "statusChanges": .array(changes),
            "findings": .object([
                "new": .array(diff.new.map(finding)), "unchanged": .array(diff.unchanged.map(finding)),
                "fixed": .array(diff.fixed.map(finding)),
            ]),
            "counts": .object([
                "statusChanges": .int(diff.statusChanges.count), "new": .int(diff.new.count),
                "unchanged": .int(diff.unchanged.count), "fixed": .int(diff.fixed.count),
            ]),
        ]).serialized()
    }
}
