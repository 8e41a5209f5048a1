/// The concern level's own results, checked once from the concern level's package and lent to
/// the checks of its sector units. The concern level keeps its evidence once, centrally; a
/// sector unit's package need not copy it to inherit from it or to see where the levels overlap.
public struct ConcernLevel: Sendable {
    /// The concern package's report, as its own check gave it.
    public let report: Report
    /// Status of every concern-level requirement the concern package was judged on.
    let statuses: [String: RequirementStatus]
    /// Concern requirements the concern package documents itself (an answer or evidence).
    let documented: Set<String>
    /// The concern standards the concern package claims.
    let standards: Set<String>
    /// The concern package's evidence for each concern requirement, so that a sector unit
    /// inherits only what is recent enough for its own rules (`OverlapAnalysis`).
    let evidence: [String: [EvaluationPackage.Evidence]]

    init(report: Report, package: EvaluationPackage) {
        self.report = report
        var statuses: [String: RequirementStatus] = [:]
        var documented: Set<String> = []
        var evidence: [String: [EvaluationPackage.Evidence]] = [:]
        for index in report.requirements.indices where report.requirements[index].level == .concern {
            let id = report.requirements[index].id
            statuses[id] = report.requirements[index].status
            if package.documents(id) { documented.insert(id) }
            if let entries = package.evidenceByRequirement[id] { evidence[id] = entries.map { package.evidence[$0] } }
        }
        self.statuses = statuses
        self.documented = documented
        self.evidence = evidence
        standards = Set(report.standards.filter { $0.level == .concern }.map(\.id))
    }
}
