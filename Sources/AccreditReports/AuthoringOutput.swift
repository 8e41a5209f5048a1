import AccreditAuthoring
import AccreditCore

/// What `accredit lint` and `accredit test` found, in the one shape their CI formats share:
/// items (a linted file, a rule-test case), each passing or with problems at file and line.
/// JSON, SARIF, JUnit and GitHub annotations are rendered from it, so a rule author's pull
/// request gets the same reports a package's pipeline does.
struct AuthoringOutput {
    struct Problem {
        var id: String
        var isError: Bool
        var location: SourceLocation?
        var message: String
    }

    struct Item {
        var name: String
        var file: String
        var problems: [Problem]
    }

    /// `lint` or `test`.
    var command: String
    var items: [Item]
    /// Counts for the summary, in order.
    var counts: [(String, Int)]
    /// One line saying what happened, in the report's language.
    var headline: String

    init(lint result: Linter.Result, language l: Language) {
        command = "lint"
        var byFile: [String: [Problem]] = [:]
        var loose: [Problem] = []
        for finding in result.findings {
            let problem = Problem(
                id: finding.check.rawValue, isError: finding.severity == .error, location: finding.location,
                message: finding.message.text(l) + (finding.hint.text(l).isEmpty ? "" : " — " + finding.hint.text(l)))
            if let file = finding.location?.file { byFile[file, default: []].append(problem) } else { loose.append(problem) }
        }
        let files = result.files + byFile.keys.filter { !result.files.contains($0) }.sorted()
        items = files.map { Item(name: $0, file: $0, problems: byFile[$0] ?? []) }
        if !loose.isEmpty { items.append(Item(name: "lint", file: "", problems: loose)) }
        counts = [("files", result.files.count), ("errors", result.errorCount), ("warnings", result.warningCount)]
        headline =
            l == .da
            ? "\(result.files.count) filer: \(result.errorCount) fejl, \(result.warningCount) advarsler"
            : "\(result.files.count) files: \(result.errorCount) errors, \(result.warningCount) warnings"
    }

    init(tests: RuleTestResults, language l: Language) {
        command = "test"
        items = tests.cases.map { result in
            Item(
                name: result.folder, file: result.folder + "/expected.xml",
                problems: result.failures.map {
                    Problem(id: "rule-test.failed", isError: true, location: $0.location, message: $0.message.text(l))
                })
        }
        let failed = tests.cases.filter { !$0.failures.isEmpty }.count
        let covered = tests.coverage.entries.filter(\.isCovered).count
        counts = [
            ("cases", tests.cases.count), ("failed", failed), ("covered", covered),
            ("requirements", tests.coverage.entries.count), ("coveragePercent", tests.coverage.percent),
        ]
        headline =
            l == .da
            ? "\(tests.cases.count) eksempler: \(tests.cases.count - failed) bestået, \(failed) fejlet; dækning \(tests.coverage.percent) %"
            : "\(tests.cases.count) examples: \(tests.cases.count - failed) passed, \(failed) failed; coverage \(tests.coverage.percent) %"
    }

    var problems: [Problem] { items.flatMap(\.problems) }

    /// The formats besides text that `lint` and `test` write.
    enum Format: String, CaseIterable {
        case json, sarif, junit, github
    }

    func render(_ format: Format, _ l: Language) -> String {
        switch format {
        case .json: return json(l)
        case .sarif: return sarif(l)
        case .junit: return junit()
        case .github: return github(l)
        }
    }

    private func location(_ location: SourceLocation?) -> JSONValue {
        guard let location else { return .null }
        return .object(["file": .string(location.file), "line": .int(location.line)])
    }

    func json(_ l: Language) -> String {
        JSONValue.object([
            "formatVersion": .int(1), "command": .string(command), "language": .string(l.rawValue),
            "tool": .object(["name": .string("accredit"), "version": .string(AccreditVersion.current)]),
            "summary": .object(Dictionary(uniqueKeysWithValues: counts.map { ($0.0, JSONValue.int($0.1)) })),
            "items": .array(
                items.map { item in
                    .object([
                        "name": .string(item.name), "passed": .bool(!item.problems.contains(where: \.isError)),
                        "problems": .array(
                            item.problems.map {
                                .object([
                                    "id": .string($0.id), "severity": .string($0.isError ? "error" : "warning"),
                                    "message": .string($0.message), "location": location($0.location),
                                ])
                            }),
                    ])
                }),
        ]).serialized()
    }

    func sarif(_ l: Language) -> String {
        let ids = Array(Set(problems.map(\.id))).sorted()
        let results: [JSONValue] = problems.map { problem in
            var members: [String: JSONValue] = [
                "ruleId": .string(problem.id), "ruleIndex": .int(ids.firstIndex(of: problem.id)!),
                "level": .string(problem.isError ? "error" : "warning"), "message": .object(["text": .string(problem.message)]),
            ]
            if let location = problem.location {
                members["locations"] = .array([SARIFLog.location(location)])
            }
            return .object(members)
        }
        let run: JSONValue = .object([
            "tool": .object([
                "driver": .object([
                    "name": .string("accredit"), "version": .string(AccreditVersion.current),
                    "semanticVersion": .string(AccreditVersion.current),
                    "rules": .array(
                        ids.map { .object(["id": .string($0), "shortDescription": .object(["text": .string($0)])]) }),
                ])
            ]),
            "invocations": .array([.object(["executionSuccessful": .bool(true)])]),
            "originalUriBaseIds": .object([
                SARIFLog.sourceRoot: .object(["description": .object(["text": .string(SARIFLog.sourceRootDescription(l))])])
            ]),
            "language": .string(l.rawValue), "columnKind": .string("unicodeCodePoints"), "results": .array(results),
            "properties": .object(["command": .string(command), "summary": .string(headline)]),
        ])
        return JSONValue.object([
            "$schema": .string(SARIFLog.schemaURI), "version": .string("2.1.0"), "runs": .array([run]),
        ]).serialized()
    }

    /// One test case per item, named by its path; an item with errors fails, warnings are
    /// kept in its output.
    func junit() -> String {
        let x = Escape.xml
        let failures = items.filter { $0.problems.contains(where: \.isError) }.count
        var out = [#"<?xml version="1.0" encoding="UTF-8"?>"#]
        out.append(
            #"<testsuites name="accredit \#(command)" tests="\#(items.count)" failures="\#(failures)" errors="0" time="0">"#)
        out.append(
            #"  <testsuite name="accredit \#(command)" id="0" tests="\#(items.count)" failures="\#(failures)" errors="0" skipped="0" time="0">"#
        )
        for item in items {
            let open = #"    <testcase name="\#(x(item.name))" classname="accredit_\#(command)" file="\#(x(item.file))" time="0""#
            let text = item.problems.map { ($0.location.map { "\($0): " } ?? "") + "[\($0.id)] " + $0.message }
                .joined(separator: "\n")
            if let error = item.problems.first(where: \.isError) {
                out.append(open + ">")
                out.append(
                    #"      <failure type="\#(x(error.id))" message="\#(x(error.message))">\#(Escape.xmlText(text))</failure>"#)
                out.append("    </testcase>")
            } else if !item.problems.isEmpty {
                out += [open + ">", "      <system-out>\(Escape.xmlText(text))</system-out>", "    </testcase>"]
            } else {
                out.append(open + "/>")
            }
        }
        out += ["  </testsuite>", "</testsuites>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// The summary first, then one annotation per problem, at most `limit` of each kind, the
    /// last of a kind counting what was left out (GitHub shows 10 of each kind per step).
    func github(_ l: Language, limit: Int = 10) -> String {
        var out = ["::notice title=accredit \(command)::\(Escape.workflowData(headline))"]
        for isError in [true, false] {
            let kind = isError ? "error" : "warning"
            let all = problems.filter { $0.isError == isError }
            let shown = all.count > limit ? Array(all.prefix(limit - 1)) : all
            for problem in shown {
                var properties: [String] = []
                if let location = problem.location {
                    properties.append("file=" + Escape.workflowProperty(location.file))
                    if location.line > 0 { properties.append("line=\(location.line)") }
                }
                properties.append("title=" + Escape.workflowProperty(problem.id))
                out.append("::\(kind) \(properties.joined(separator: ","))::\(Escape.workflowData(problem.message))")
            }
            if all.count > shown.count {
                let left = all.count - shown.count
                out.append(
                    "::\(kind) title=accredit \(command)::"
                        + Escape.workflowData(
                            l == .da
                                ? "\(left) mere er ikke vist her; se hele rapporten."
                                : "\(left) more are not shown here; see the full report."))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
