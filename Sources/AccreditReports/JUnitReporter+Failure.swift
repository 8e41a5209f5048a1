import AccreditCore

extension JUnitReporter {
    /// A package that could not be evaluated as one test case in error, named after what
    /// could not be read (`package` or `rules`) and located at the first problem, so a test
    /// dashboard shows why instead of a missing file.
    public func renderFailure(_ failed: FailedCheck, language l: Language) -> String {
        Self.document(name: "accredit " + failed.package, [failureFragment(failed, language: l)])
    }

    /// The test suite of a package that could not be evaluated, for a document of its own or
    /// a batch run's (`package` given: suite and class name start with it).
    public func failureFragment(_ failed: FailedCheck, language l: Language, package: String? = nil) -> Fragment {
        let x = Escape.xml
        let location = failed.firstLocation
        let first = failed.errors.first.map { $0.message.text(l) } ?? failed.headline(l)
        let details = ([failed.headline(l)] + failed.errors.map { FailedCheck.line($0, l) }).joined(separator: "\n")
        let name = package.map { "\($0): accredit" } ?? "accredit"
        let className = (package.map { Self.className($0) + "." } ?? "") + "accredit"
        return Fragment(
            lines: [
                #"  <testsuite name="\#(x(name))" id="0" file="\#(x(location.file))" tests="1" failures="0" errors="1" "#
                    + #"skipped="0" time="0">"#,
                #"    <testcase name="\#(failed.cause)" classname="\#(x(className))" file="\#(x(location.file))" time="0">"#,
                #"      <error type="\#(failed.errors.first?.kind.rawValue ?? "unreadable")" message="\#(x(first))">"#
                    + "\(Escape.xmlText(details))</error>",
                "    </testcase>",
                "  </testsuite>",
            ], tests: 1, failures: 0, errors: 1)
    }
}
