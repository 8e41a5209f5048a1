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

    init(report: Report, package: EvaluationPackage) {
        self.report = report
        var statuses: [String: RequirementStatus] = [:]
        var documented: Set<String> = []
        for index in report.requirements.indices where report.requirements[index].level == .concern {
            let id = report.requirements[index].id
            statuses[id] = report.requirements[index].status
            if package.documents(id) { documented.insert(id) }
        }
        self.statuses = statuses
        self.documented = documented
        standards = Set(report.standards.filter { $0.level == .concern }.map(\.id))
    }
}
