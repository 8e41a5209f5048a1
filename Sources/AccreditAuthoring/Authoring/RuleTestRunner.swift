import AccreditCore

/// Runs the example packages that rule sets carry next to their rules (`tests/<case>/` with
/// `manifest.xml`, evidence and `expected.xml`) and compares the statuses they produce with
/// the expected ones, like SwiftLint's triggering and non-triggering examples.
public struct RuleTestRunner: Sendable {
    public let catalogue: Catalogue
    public var limits = PackageLimits()

    public init(catalogue: Catalogue) { self.catalogue = catalogue }

    /// One expectation that did not hold, or a case that could not run.
    public struct Failure: Sendable, Hashable {
        public var location: SourceLocation?
        public var message: LocalisedText
    }

    public struct CaseResult: Sendable {
        public var folder: String
        public var title: LocalisedText
        /// Expectations that held.
        public var passed: [Expectations.Expectation]
        public var failures: [Failure]
    }

    /// The case folders under `paths`: every folder holding `expected.xml` inside a folder named
    /// `tests`, sorted.
    public static func discover(_ paths: [String]) -> [String] {
        var cases: [String] = []
        for path in paths where FileAccess.kind(of: path) == .directory {
            for file in FileAccess.files(under: path, suffix: Expectations.fileName, skipping: [])
            where file.hasSuffix("/" + Expectations.fileName) && file.split(separator: "/").dropLast(2).last == "tests" {
                cases.append(String(file.dropLast(Expectations.fileName.count + 1)))
            }
        }
        return cases.sorted()
    }

    public func run(_ folder: String) -> CaseResult {
        let expectations: Expectations
        do {
            expectations = try Expectations.read(folder + "/" + Expectations.fileName)
        } catch {
            return CaseResult(
                folder: folder, title: LocalisedText(), passed: [],
                failures: [Failure(location: error.location, message: error.message)])
        }
        let report: Report
        do {
            let loaded = try PackageLoader(limits: limits).load(folder)
            report = try Evaluator(catalogue: catalogue, limits: limits).evaluate(loaded, asOf: expectations.asOf)
        } catch {
            return CaseResult(
                folder: folder, title: expectations.title, passed: [],
                failures: error.errors.map { Failure(location: $0.location, message: $0.message) })
        }
        let statuses = Dictionary(report.requirements.map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a })
        var passed: [Expectations.Expectation] = []
        var failures: [Failure] = []
        for expectation in expectations.expectations {
            guard let actual = statuses[expectation.requirement] else {
                failures.append(
                    Failure(
                        location: expectation.location,
                        message: LocalisedText(
                            da: "\(expectation.requirement) indgår ikke i rapporten (angiver pakken dens standard?)",
                            en: "\(expectation.requirement) is not in the report (does the package claim its standard?)")))
                continue
            }
            if actual == expectation.status {
                passed.append(expectation)
            } else {
                let findings =
                    report.requirements.first { $0.id == expectation.requirement }?.findings
                    .filter { $0.kind == .gap || $0.kind == .error }.map { $0.message } ?? []
                let why = findings.first.map { (da: ": " + $0.text(.da), en: ": " + $0.text(.en)) } ?? (da: "", en: "")
                failures.append(
                    Failure(
                        location: expectation.location,
                        message: LocalisedText(
                            da:
                                "\(expectation.requirement): forventet \(expectation.status.rawValue), fik \(actual.rawValue)\(why.da)",
                            en:
                                "\(expectation.requirement): expected \(expectation.status.rawValue), got \(actual.rawValue)\(why.en)"
                        )))
            }
        }
        return CaseResult(folder: folder, title: expectations.title, passed: passed, failures: failures)
    }
}
