/// What changed from one run to another: each requirement whose status changed, the gaps and
/// errors that are new, unchanged and fixed (matched by fingerprint, so a reworded message, a
/// moved line or the other language does not make a finding new), and the verdict before and
/// after. Passed checks and notes are context and are not compared. `check --baseline` attaches
/// one to the report; `diff-reports` renders one.
public struct ReportDiff: Sendable, Hashable {
    public struct StatusChange: Sendable, Hashable {
        public var requirement: String
        public var standard: String
        public var title: String
        /// Nil when the requirement was not in the older report (a newly claimed standard).
        public var old: RequirementStatus?
        /// Nil when it is not in the newer report.
        public var new: RequirementStatus?
    }

    /// The older run's report name, assessment date and verdict.
    public var oldName: String
    public var oldDate: String
    public var newName: String
    public var newDate: String
    public var oldVerdict: Verdict.Decision
    public var newVerdict: Verdict.Decision
    public var statusChanges: [StatusChange]
    /// Gaps and errors of the newer run not in the older one, in report order.
    public var new: [RecordedReport.Finding]
    /// Gaps and errors in both, as the newer run words them.
    public var unchanged: [RecordedReport.Finding]
    /// Gaps and errors of the older run no longer found, in the older report's order.
    public var fixed: [RecordedReport.Finding]
    private var states: [FindingFingerprint: BaselineState]

    public init(old: RecordedReport, new current: RecordedReport) {
        oldName = old.name
        oldDate = old.assessmentDate
        newName = current.name
        newDate = current.assessmentDate
        oldVerdict = old.verdict
        newVerdict = current.verdict
        let before = old.findings.filter(\.isProblem)
        let now = current.findings.filter(\.isProblem)
        let known = Set(before.map(\.fingerprint))
        let still = Set(now.map(\.fingerprint))
        new = now.filter { !known.contains($0.fingerprint) }
        unchanged = now.filter { known.contains($0.fingerprint) }
        fixed = before.filter { !still.contains($0.fingerprint) }
        var states: [FindingFingerprint: BaselineState] = [:]
        for finding in unchanged { states[finding.fingerprint] = .unchanged }
        for finding in new { states[finding.fingerprint] = .new }
        self.states = states

        var changes: [StatusChange] = []
        let oldByID = Dictionary(old.requirements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(current.requirements.map(\.id))
        for requirement in current.requirements where oldByID[requirement.id]?.status != requirement.status {
            changes.append(
                StatusChange(
                    requirement: requirement.id, standard: requirement.standard, title: requirement.title,
                    old: oldByID[requirement.id]?.status, new: requirement.status))
        }
        for requirement in old.requirements where !newIDs.contains(requirement.id) {
            changes.append(
                StatusChange(
                    requirement: requirement.id, standard: requirement.standard, title: requirement.title,
                    old: requirement.status, new: nil))
        }
        statusChanges = changes
    }

    /// The state of the newer run's finding with `fingerprint`: nil when it is not a gap or an
    /// error of that run.
    public func state(of fingerprint: FindingFingerprint) -> BaselineState? { states[fingerprint] }

    /// How many findings are in each state.
    public var counts: [BaselineState: Int] { [.new: new.count, .unchanged: unchanged.count, .absent: fixed.count] }

    /// Whether anything changed at all.
    public var isEmpty: Bool { statusChanges.isEmpty && new.isEmpty && fixed.isEmpty && oldVerdict == newVerdict }
}
