import AccreditCore

/// JUnit XML, so CI dashboards show readiness like a test run: one test suite per standard,
/// one test case per requirement. Test names are the requirement ids and class names the
/// standard ids (dots made underscores: Jenkins splits a class name at its last dot), never
/// titles, so a history survives `--lang` and title edits; every test case carries the
/// manifest as `file` (GitLab shows it). `not-met` and `partially-met` are failures, `error` is an
/// error, `not-applicable`, `waived` and `not-assessed` (manual) are skipped; `met` and
/// `inherited` pass. Follows the Jenkins xUnit plugin's `junit-10.xsd`, the schema CI servers
/// read. Times are 0: readiness has no duration, and a clock would break byte-identical output.
public struct JUnitReporter: Reporter {
    public init() {}

    public func render(_ report: Report, language l: Language) -> String {
        Self.document(name: "accredit " + report.package.path, [fragment(report, language: l)])
    }

    /// The test suites of one package, with their counts, to be put in a `<testsuites>`
    /// document alone or with those of other packages (a batch run).
    public struct Fragment: Sendable {
        var lines: [String]
        var tests = 0, failures = 0, errors = 0
    }

    /// The test suites of one package. In a batch (`package` given) each suite and class name
    /// starts with the package's name, so that equal requirement ids of two packages stay two
    /// tests.
    public func fragment(_ report: Report, language l: Language, package: String? = nil) -> Fragment {
        let x = Escape.xml
        let all = report.requirements
        var fragment = Fragment(
            lines: [], tests: all.count, failures: all.filter { $0.status.isGap }.count,
            errors: all.filter { $0.status == .error }.count)
        for (index, standard) in report.standards.enumerated() {
            let requirements = all.filter { $0.standard == standard.id }
            let failures = requirements.filter { $0.status.isGap }.count
            let errors = requirements.filter { $0.status == .error }.count
            let skipped = requirements.filter { Self.isSkipped($0.status) }.count
            let name = package.map { "\($0): \(standard.id)" } ?? standard.id
            fragment.lines.append(
                #"  <testsuite name="\#(x(name))" id="\#(index)" package="\#(x(report.package.unitID))" "#
                    + #"file="\#(x(report.package.manifest))" "#
                    + #"tests="\#(requirements.count)" failures="\#(failures)" errors="\#(errors)" skipped="\#(skipped)" time="0">"#
            )
            fragment.lines.append("    <properties>")
            for (name, value) in properties(report, standard, l) {
                fragment.lines.append(#"      <property name="\#(x(name))" value="\#(x(value))"/>"#)
            }
            fragment.lines.append("    </properties>")
            let className = (package.map { Self.className($0) + "." } ?? "") + Self.className(standard.id)
            for requirement in requirements {
                fragment.lines += testCase(requirement, className: className, manifest: report.package.manifest, l)
            }
            fragment.lines.append("  </testsuite>")
        }
        return fragment
    }

    /// One `<testsuites>` document holding the suites of one or more packages.
    public static func document(name: String, _ fragments: [Fragment]) -> String {
        let x = Escape.xml
        var out = [#"<?xml version="1.0" encoding="UTF-8"?>"#]
        out.append(
            #"<testsuites name="\#(x(name))" tests="\#(fragments.map(\.tests).reduce(0, +))" "#
                + #"failures="\#(fragments.map(\.failures).reduce(0, +))" errors="\#(fragments.map(\.errors).reduce(0, +))" time="0">"#
        )
        for fragment in fragments { out += fragment.lines }
        out.append("</testsuites>")
        return out.joined(separator: "\n") + "\n"
    }

    static func isSkipped(_ status: RequirementStatus) -> Bool {
        status == .notApplicable || status == .waived || status == .notAssessed
    }

    private func properties(_ report: Report, _ standard: Report.StandardResult, _ l: Language) -> [(String, String)] {
        var list: [(String, String)] = [
            ("accredit.version", report.tool.version),
            ("assessment.date", report.assessmentDate.description),
            ("package", report.package.path),
            ("organisation", report.package.organisation),
            ("unit", report.package.unitName),
            ("language", l.rawValue),
            ("standard.title", standard.title.text(l)),
            ("standard.version", standard.version),
            ("verdict", standard.verdict.decision.rawValue),
            ("verdict.text", Vocabulary.decision(standard.verdict.decision, l)),
            ("verdict.advisory", standard.verdict.advisory ? "true" : "false"),
            ("fulfilled", "\(standard.fulfilled)/\(standard.assessable)"),
            ("overall.verdict", report.verdict.decision.rawValue),
            ("catalogue.sha256", report.catalogueHash),
        ]
        for set in report.ruleSets where set.standard == standard.id {
            list.append(("rules.id", set.id))
            list.append(("rules.version", set.version))
            list.append(("rules.sha256", set.contentHash))
        }
        return list
    }

    /// A class name Jenkins shows whole: it takes what follows the last dot as the class.
    static func className(_ name: String) -> String {
        name.replacingOccurrences(of: ".", with: "_")
    }

    private func testCase(
        _ requirement: Report.RequirementResult, className: String, manifest: String, _ l: Language
    ) -> [String] {
        let x = Escape.xml
        let open =
            #"    <testcase name="\#(x(requirement.id))" classname="\#(x(className))" "#
            + #"file="\#(x(manifest))" time="0""#
        let status = Vocabulary.status(requirement.status, l) + " — " + requirement.title.text(l)
        let findings = ReportDigest.openFindings(requirement)
        let message = ([status] + findings.prefix(1).map { $0.message.text(l) }).joined(separator: ": ")
        let details =
            ([("\(requirement.id): \(status)", requirement.location.description)]
            + findings.map { ($0.message.text(l), $0.location.description) })
            .map { "\($0.0) (\($0.1))" }.joined(separator: "\n")
        let element: String?
        switch requirement.status {
        case .met, .inherited: element = nil
        case .partiallyMet, .notMet: element = "failure"
        case .error: element = "error"
        case .notApplicable, .waived, .notAssessed: element = "skipped"
        }
        guard let element else {
            guard requirement.status == .inherited else { return [open + "/>"] }
            return [open + ">", "      <system-out>\(Escape.xmlText(details))</system-out>", "    </testcase>"]
        }
        return [
            open + ">",
            #"      <\#(element) type="\#(requirement.status.rawValue)" message="\#(x(message))">\#(Escape.xmlText(details))</\#(element)>"#,
            "    </testcase>",
        ]
    }
}
