import AccreditCore
import AccreditReports
import Crypto
import Dispatch
import Foundation

/// Turns an uploaded package zip into a run: the same use case as `accredit check` (one
/// `PackageCheck` over the catalogue loaded at start), every report rendered once by the same
/// reporters, in both languages, so that a run's reports never change afterwards.
public struct RunChecker: Sendable {
    public let catalogue: Catalogue
    public var limits: PackageLimits
    /// Seconds one check may take before it is refused (the command line's `--timeout`).
    public var timeout: Double

    public init(catalogue: Catalogue, limits: PackageLimits = PackageLimits(), timeout: Double = 60) {
        self.catalogue = catalogue
        self.limits = limits
        self.timeout = timeout
    }

    /// A checked run, or one that could not be evaluated, ready to store.
    public struct Outcome: Sendable {
        public var run: RunRecord
        /// Report bytes by `RunReports.key(format:language:)`; empty when the package failed.
        public var reports: [String: [UInt8]]
    }

    /// Checks `zip` for `unit`. `name` is what reports call the package (the uploaded file's
    /// name), `language` the language of an error message. Runs off the caller's thread: a
    /// check is CPU work that must not hold an event loop.
    public func check(
        zip: [UInt8], name: String, unit: String, asOf: Day?, by user: String, language: Language
    ) async -> Outcome {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    returning: checkNow(zip: zip, name: name, unit: unit, asOf: asOf, by: user, language: language))
            }
        }
    }

    func checkNow(zip: [UInt8], name: String, unit: String, asOf: Day?, by user: String, language: Language) -> Outcome {
        var run = RunRecord(
            unit: unit, createdBy: user, asOf: asOf?.description,
            packageSHA256: SHA256.hash(data: zip).map { String(format: "%02x", $0) }.joined())
        let check = PackageCheck(catalogue: catalogue, options: CheckOptions(asOf: asOf, limits: limits, timeout: timeout))
        switch check.checkKeepingContents(.zipData(zip, name: name)) {
        case .failure(let failure):
            run.error = failure.errors.map { $0.text(language) }.joined(separator: "\n")
            run.catalogueHash = catalogue.contentHash
            return Outcome(run: run, reports: [:])
        case .success(let checked):
            let report = checked.report
            run.verdict = report.verdict.decision.rawValue
            run.summary = RunSummary(report)
            run.standards = report.standards.map { "\($0.id) \($0.version)" }
            run.ruleSets = report.ruleSets.map { "\($0.id) \($0.version)" }
            run.catalogueHash = report.catalogueHash
            run.expiringEvidence = checked.contents.evidence.compactMap { evidence in
                evidence.expires.map { ExpiringEvidence(id: evidence.id, title: evidence.title, expires: $0.description) }
            }
            return Outcome(run: run, reports: RunReports.render(report))
        }
    }
}

extension RunSummary {
    /// The dashboard's numbers of a report.
    public init(_ report: Report) {
        let counts = report.summary
        var fulfilled = 0
        var assessable = 0
        var gaps = 0
        for (status, count) in counts {
            if status.isFulfilled { fulfilled += count }
            if status.isAssessable { assessable += count }
            if status.isGap { gaps += count }
        }
        self.init(
            counts: Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) }), fulfilled: fulfilled,
            assessable: assessable, gaps: gaps)
    }
}
