import Foundation

/// A report as another run recorded it: what a JSON report (`--format json`) says, read back
/// so that a later run can be compared with it (`check --baseline`, `diff-reports`). Only what
/// comparing needs: the verdict, each requirement's status, and each finding with its
/// fingerprint. Messages are in the language the report was written in.
public struct RecordedReport: Sendable, Hashable {
    public struct Finding: Sendable, Hashable {
        public var standard: String
        public var requirement: String
        public var code: String
        public var kind: AccreditCore.Finding.Kind
        public var rule: String?
        public var subject: String?
        public var message: String
        public var location: SourceLocation
        public var fingerprint: FindingFingerprint

        /// A gap or an error: what a baseline compares (passed checks and notes are context).
        public var isProblem: Bool { kind == .gap || kind == .error }
    }

    public struct Requirement: Sendable, Hashable {
        public var id: String
        public var standard: String
        public var title: String
        public var status: RequirementStatus
        public var findings: [Finding]
    }

    /// The file it was read from, as the user named it (or a name given by the caller).
    public var name: String
    public var language: Language
    public var assessmentDate: String
    public var unit: String
    public var unitName: String
    public var verdict: Verdict.Decision
    public var requirements: [Requirement]

    /// Every finding of every requirement, in report order.
    public var findings: [Finding] { requirements.flatMap(\.findings) }

    public init(
        name: String, language: Language, assessmentDate: String, unit: String, unitName: String,
        verdict: Verdict.Decision, requirements: [Requirement]
    ) {
        self.name = name
        self.language = language
        self.assessmentDate = assessmentDate
        self.unit = unit
        self.unitName = unitName
        self.verdict = verdict
        self.requirements = requirements
    }

    /// A report of this run as a JSON report of it would record it, in `language`.
    public init(_ report: Report, language: Language, name: String = "") {
        self.name = name
        self.language = language
        assessmentDate = report.assessmentDate.description
        unit = report.package.unitID
        unitName = report.package.unitName
        verdict = report.verdict.decision
        requirements = report.requirements.map { result in
            let findings = zip(result.findings, result.fingerprints).map { finding, fingerprint in
                Finding(
                    standard: result.standard, requirement: result.id, code: finding.code, kind: finding.kind,
                    rule: finding.rule, subject: finding.subject, message: finding.message.text(language),
                    location: finding.location, fingerprint: fingerprint)
            }
            return Requirement(
                id: result.id, standard: result.standard, title: result.title.text(language), status: result.status,
                findings: findings)
        }
    }
}
