import AccreditCore

/// The summary of a batch run: one table row per package, or one combined JSON document.
public struct BatchSummaryRenderer: Sendable {
    public init() {}

    public func table(_ summaries: [BatchSummary], language l: Language) -> String {
        let header =
            l == .da
            ? ["Pakke", "Enhed", "Afgørelse", "Opfyldt", "Ret først", "Overlap"]
            : ["Package", "Unit", "Verdict", "Met", "Fix first", "Overlaps"]
        var rows = [header]
        for s in summaries {
            let verdict: String
            if let decision = s.decision {
                verdict = Vocabulary.decision(decision, l) + (s.advisory ? "*" : "")
            } else {
                verdict = l == .da ? "kan ikke vurderes" : "cannot be evaluated"
            }
            let share = s.assessable == 0 ? "–" : "\(s.fulfilled)/\(s.assessable) (\(s.fulfilled * 100 / s.assessable) %)"
            let overlaps = s.overlaps.keys.sorted { $0.rawValue < $1.rawValue }
                .map { "\($0.rawValue) \(s.overlaps[$0]!)" }.joined(separator: ", ")
            rows.append([s.path, s.unit, verdict, share, s.topGaps.joined(separator: ", "), overlaps])
        }
        let widths = (0..<header.count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var out = rows.map { row in
            zip(row, widths).map { cell, width in cell + String(repeating: " ", count: width - cell.count) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
        let ready = summaries.filter {
            $0.decision == .ready || $0.decision == .readyWithRemarks || ($0.advisory && $0.decision == .notReady)
        }.count
        let notReady = summaries.filter(\.isNotReady).count
        let failed = summaries.filter(\.couldNotEvaluate).count
        out.append("")
        out.append(
            l == .da
                ? "\(summaries.count) pakker: \(ready) klar, \(notReady) ikke klar, \(failed) kunne ikke vurderes"
                : "\(summaries.count) packages: \(ready) ready, \(notReady) not ready, \(failed) could not be evaluated")
        return out.joined(separator: "\n") + "\n"
    }

    public func json(_ summaries: [BatchSummary]) -> String {
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
                        "fulfilled": .int(s.fulfilled), "assessable": .int(s.assessable),
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

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
