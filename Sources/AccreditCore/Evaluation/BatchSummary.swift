/// One line per package of a batch run, kept after the package's report is gone.
public struct BatchSummary: Sendable {
    public var path: String
    public var unit: String
    /// Nil when the package could not be evaluated.
    public var decision: Verdict.Decision?
    public var advisory: Bool
    public var fulfilled: Int
    public var assessable: Int
    /// Requirements that could not be determined (in error), which the share must not hide.
    public var undetermined: Int
    /// The first requirements to fix.
    public var topGaps: [String]
    /// Overlap count per state.
    public var overlaps: [Overlap.State: Int]
    /// Why it could not be evaluated (first problem), if so.
    public var problem: AccreditError?

    public init(path: String, result: Result<Report, CheckFailure>) {
        self.path = path
        switch result {
        case .success(let report):
            unit = report.package.unitName.isEmpty ? report.package.unitID : report.package.unitName
            decision = report.verdict.decision
            advisory = report.verdict.advisory
            fulfilled = report.standards.map(\.fulfilled).reduce(0, +)
            assessable = report.standards.map(\.assessable).reduce(0, +)
            undetermined = report.standards.map { $0.counts[.error] ?? 0 }.reduce(0, +)
            topGaps = Array(report.verdict.toChange.prefix(3))
            overlaps = Dictionary(grouping: report.overlaps, by: \.state).mapValues(\.count)
            problem = nil
        case .failure(let failure):
            unit = ""
            decision = nil
            advisory = false
            fulfilled = 0
            assessable = 0
            undetermined = 0
            topGaps = []
            overlaps = [:]
            problem = failure.errors.first
        }
    }

    /// Whether this package blocks readiness: not ready under an automatic policy.
    public var isNotReady: Bool { decision == .notReady && !advisory }
    /// Whether this package could not be evaluated (load failure or requirement errors).
    public var couldNotEvaluate: Bool { decision == nil || decision == .undetermined }
}
