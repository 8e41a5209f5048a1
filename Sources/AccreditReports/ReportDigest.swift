import AccreditCore

/// Views derived from a report that several formats share: the gaps to close first and the
/// readiness per theme and per criterion. Computed from the report alone, in a stable order.
struct ReportDigest {
    /// Requirement counts for one bar of a readiness chart.
    struct Tally: Sendable {
        var key: String
        var counts: [RequirementStatus: Int] = [:]

        var total: Int { counts.values.reduce(0, +) }
        var fulfilled: Int { counts.filter { $0.key.isFulfilled }.values.reduce(0, +) }
        var assessable: Int { counts.filter { $0.key.isAssessable }.values.reduce(0, +) }
        func count(_ status: RequirementStatus) -> Int { counts[status] ?? 0 }
    }

    let report: Report

    /// Requirements the unit must still act on, most urgent first: those named as lifting the
    /// verdict, then critical gaps and errors, then the other gaps; each in report order.
    var gapsFirst: [Report.RequirementResult] {
        let open = report.requirements.filter { $0.status.isGap || $0.status == .error }
        let named = Set(report.verdict.toChange)
        let lifting = report.verdict.toChange.compactMap { id in open.first { $0.id == id } }
        let critical = open.filter { $0.critical && !named.contains($0.id) }
        let rest = open.filter { !$0.critical && !named.contains($0.id) }
        return lifting + critical + rest
    }

    /// One tally per theme that has requirements, in the themes' own order.
    func byTheme(_ language: Language) -> [Tally] {
        var tallies: [Tally] = []
        for theme in Theme.allCases {
            var tally = Tally(key: Vocabulary.theme(theme, language))
            for requirement in report.requirements where requirement.theme == theme {
                tally.counts[requirement.status, default: 0] += 1
            }
            if tally.total > 0 { tallies.append(tally) }
        }
        let unthemed = report.requirements.filter { $0.theme == nil }
        if !unthemed.isEmpty {
            var tally = Tally(key: "—")
            for requirement in unthemed { tally.counts[requirement.status, default: 0] += 1 }
            tallies.append(tally)
        }
        return tallies
    }

    /// One tally per innermost group ("criterion") of each standard, in document order.
    var byCriterion: [Tally] {
        var order: [String] = []
        var tallies: [String: Tally] = [:]
        for requirement in report.requirements {
            let key = "\(requirement.standard) › \(requirement.groupPath.last ?? "—")"
            if tallies[key] == nil {
                order.append(key)
                tallies[key] = Tally(key: key)
            }
            tallies[key]!.counts[requirement.status, default: 0] += 1
        }
        return order.map { tallies[$0]! }
    }

    /// The findings a person must read: everything but passed checks.
    static func openFindings(_ requirement: Report.RequirementResult) -> [Finding] {
        requirement.findings.filter { $0.kind != .passed }
    }
}
