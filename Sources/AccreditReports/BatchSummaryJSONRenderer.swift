import AccreditCore

/// A batch summary as one JSON document (`formatVersion` 1): the counts and one object per
/// package, for scripts that gate on a whole batch. The language is not used: codes, not words.
struct BatchSummaryJSONRenderer: BatchSummaryRenderer {
    func render(_ summaries: [BatchSummary], language: Language) -> String {
        let notReady = summaries.filter(\.isNotReady).count
        let failed = summaries.filter(\.couldNotEvaluate).count
        return JSONValue.object([
            "formatVersion": .int(1),
            "counts": .object([
                "packages": .int(summaries.count), "notReady": .int(notReady), "couldNotEvaluate": .int(failed),
                "ready": .int(summaries.count - notReady - failed),
            ]),
            "packages": .array(
                summaries.map { s in
                    var members: [String: JSONValue] = [
                        "path": .string(s.path), "unit": .string(s.unit), "advisory": .bool(s.advisory),
                        "fulfilled": .int(s.fulfilled), "assessable": .int(s.assessable), "undetermined": .int(s.undetermined),
                        "topGaps": .array(s.topGaps.map(JSONValue.string)),
                        "overlaps": .object(
                            Dictionary(uniqueKeysWithValues: s.overlaps.map { ($0.key.rawValue, JSONValue.int($0.value)) })),
                    ]
                    members["verdict"] = s.decision.map { .string($0.rawValue) } ?? .null
                    if let problem = s.problem { members["error"] = .string(problem.text(.en)) }
                    return .object(members)
                }),
        ]).serialized()
    }
}
