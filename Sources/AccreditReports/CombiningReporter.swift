import AccreditCore

/// A report format that holds several packages in one document, for a batch run's standard
/// output (`check A B --format junit`): each package is rendered into a part as soon as it is
/// checked, so no report is kept, and the parts are put together in the packages' order.
/// JUnit holds one set of test suites per package, SARIF one run, Code Quality the issues of
/// all.
public protocol CombiningReporter: Reporter {
    /// One evaluated package's part; `package` names it among the others.
    func part(_ report: Report, language: Language, package: String) -> ReportPart
    /// One part for a package that could not be evaluated.
    func failurePart(_ failed: FailedCheck, language: Language, package: String) -> ReportPart
    /// The document holding the parts.
    func combine(_ parts: [ReportPart], language: Language) -> String
}

/// One package's part of a combined document: its text and what the document's head counts.
public struct ReportPart: Sendable {
    public var text: String
    public var tests = 0, failures = 0, errors = 0
}

extension JUnitReporter: CombiningReporter {
    public func part(_ report: Report, language: Language, package: String) -> ReportPart {
        ReportPart(fragment(report, language: language, package: package))
    }

    public func failurePart(_ failed: FailedCheck, language: Language, package: String) -> ReportPart {
        ReportPart(failureFragment(failed, language: language, package: package))
    }

    public func combine(_ parts: [ReportPart], language: Language) -> String {
        Self.document(
            name: "accredit", parts.map { Fragment(lines: [$0.text], tests: $0.tests, failures: $0.failures, errors: $0.errors) })
    }
}

extension ReportPart {
    init(_ fragment: JUnitReporter.Fragment) {
        self.init(
            text: fragment.lines.joined(separator: "\n"), tests: fragment.tests, failures: fragment.failures,
            errors: fragment.errors)
    }
}

extension SARIFReporter: CombiningReporter {
    public func part(_ report: Report, language: Language, package: String) -> ReportPart {
        ReportPart(text: Self.indented(log(report, language).runs[0].json))
    }

    public func failurePart(_ failed: FailedCheck, language: Language, package: String) -> ReportPart {
        ReportPart(text: Self.indented(failureRun(failed, language: language)))
    }

    /// The log with one run per package. The runs are written as they were rendered, indented
    /// to their place, so the document reads as if written whole.
    public func combine(_ parts: [ReportPart], language: Language) -> String {
        var out = ["{", #"  "$schema" : "\#(SARIFLog.schemaURI)","#, #"  "runs" : ["#]
        out.append(parts.map(\.text).joined(separator: ",\n"))
        out += ["  ],", #"  "version" : "2.1.0""#, "}"]
        return out.joined(separator: "\n") + "\n"
    }

    private static func indented(_ value: JSONValue) -> String {
        var text = value.serialized()
        if text.hasSuffix("\n") { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}

extension CodeClimateReporter: CombiningReporter {
    public func part(_ report: Report, language: Language, package: String) -> ReportPart {
        ReportPart(text: Self.elements(issues(report, language, package: package)))
    }

    public func failurePart(_ failed: FailedCheck, language: Language, package: String) -> ReportPart {
        ReportPart(text: Self.elements(failureIssues(failed, language)))
    }

    /// One array with the issues of every package.
    public func combine(_ parts: [ReportPart], language: Language) -> String {
        let elements = parts.map(\.text).filter { !$0.isEmpty }
        return elements.isEmpty ? "[]\n" : "[\n" + elements.joined(separator: ",\n") + "\n]\n"
    }

    /// The issues as the elements of a top-level array, indented as `JSONStream` indents them.
    private static func elements(_ issues: [JSONValue]) -> String {
        var text = JSONValue.array(issues).serialized()
        if text.hasSuffix("\n") { text.removeLast() }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 2 else { return "" }
        lines.removeFirst()
        lines.removeLast()
        return lines.joined(separator: "\n")
    }
}

extension ReportFormat {
    /// The reporter that puts several packages in one document of this format, if the format
    /// can hold several (a batch run's standard output).
    public var combiningReporter: (any CombiningReporter)? {
        switch self {
        case .junit: return JUnitReporter()
        case .sarif: return SARIFReporter()
        case .codeclimate: return CodeClimateReporter()
        default: return nil
        }
    }
}
