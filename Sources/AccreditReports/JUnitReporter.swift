import AccreditCore

/// JUnit XML, so CI dashboards show readiness like a test run: one test suite per standard,
/// one test case per requirement. `not-met` and `partially-met` are failures, `error` is an
/// error, `not-applicable`, `waived` and `not-assessed` (manual) are skipped; `met` and
/// `inherited` pass. Follows the Jenkins xUnit plugin's `junit-10.xsd`, the schema CI servers
/// read. Times are 0: readiness has no duration, and a clock would break byte-identical output.
public struct JUnitReporter: Reporter {
    public init() {}

    public func render(_ report: Report, language l: Language) -> String {
        let x = Escape.xml
        let all = report.requirements
        var out = [#"<?xml version="1.0" encoding="UTF-8"?>"#]
        out.append(
            #"<testsuites name="\#(x("accredit " + report.package.path))" tests="\#(all.count)" "#
                + #"failures="\#(all.filter { $0.status.isGap }.count)" errors="\#(all.filter { $0.status == .error }.count)" time="0">"#
        )
        for (index, standard) in report.standards.enumerated() {
            let requirements = all.filter { $0.standard == standard.id }
            let failures = requirements.filter { $0.status.isGap }.count
            let errors = requirements.filter { $0.status == .error }.count
            let skipped = requirements.filter { Self.isSkipped($0.status) }.count
            out.append(
                #"  <testsuite name="\#(x(standard.id))" id="\#(index)" package="\#(x(report.package.unitID))" "#
                    + #"tests="\#(requirements.count)" failures="\#(failures)" errors="\#(errors)" skipped="\#(skipped)" time="0">"#
            )
            out.append("    <properties>")
            for (name, value) in properties(report, standard, l) {
                out.append(#"      <property name="\#(x(name))" value="\#(x(value))"/>"#)
            }
            out.append("    </properties>")
            for requirement in requirements { out += testCase(requirement, standard: standard, l) }
            out.append("  </testsuite>")
        }
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

    private func testCase(_ requirement: Report.RequirementResult, standard: Report.StandardResult, _ l: Language) -> [String] {
        let x = Escape.xml
        let group = requirement.groupPath.last.map { "." + $0 } ?? ""
        let name = requirement.id + " " + requirement.title.text(l)
        let open = #"    <testcase name="\#(x(name))" classname="\#(x(standard.id + group))" time="0""#
        let status = Vocabulary.status(requirement.status, l)
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
