/// Applies a rule set's policy to its requirement statuses.
struct VerdictDecider {
    let policy: Policy

    func decide(_ results: [Report.RequirementResult]) -> Verdict {
        let advisory = policy.decision == .advisory
        let errors = results.filter { $0.status == .error }
        if !errors.isEmpty {
            return Verdict(decision: .undetermined, advisory: advisory,
                           reasons: [LocalisedText(da: "\(errors.count) krav kunne ikke vurderes: \(ids(errors))",
                                                   en: "\(errors.count) requirements could not be evaluated: \(ids(errors))")],
                           toChange: errors.map(\.id))
        }
        let assessable = results.filter(\.status.isAssessable)
        let fulfilled = assessable.filter(\.status.isFulfilled).count
        let failingCritical = results.filter { $0.critical && $0.status.isGap }
        let forReady = Policy.required(policy.readyBasisPoints, of: assessable.count)
        let forRemarks = Policy.required(policy.readyWithRemarksBasisPoints, of: assessable.count)
        // Cheapest gaps first: partly met ones are closer to done, then document order.
        let gaps = assessable.filter { $0.status.isGap && !$0.critical }
            .enumerated().sorted { ($0.element.status == .partiallyMet ? 0 : 1, $0.offset) < ($1.element.status == .partiallyMet ? 0 : 1, $1.offset) }
            .map(\.element)
        let share = LocalisedText(da: "\(fulfilled) af \(assessable.count) vurderede krav er opfyldt",
                                  en: "\(fulfilled) of \(assessable.count) assessed requirements are met")

        func fixes(toReach needed: Int) -> [String] {
            let stillNeeded = max(0, needed - fulfilled - failingCritical.count)
            return failingCritical.map(\.id) + gaps.prefix(stillNeeded).map(\.id)
        }

        if !failingCritical.isEmpty || fulfilled < forRemarks {
            var reasons: [LocalisedText] = []
            if !failingCritical.isEmpty {
                reasons.append(LocalisedText(da: "kritiske krav er ikke opfyldt: \(ids(failingCritical))",
                                             en: "critical requirements are not met: \(ids(failingCritical))"))
            }
            if fulfilled < forRemarks {
                reasons.append(LocalisedText(da: share.text(.da) + "; mindst \(forRemarks) kræves for godkendelse med bemærkninger",
                                             en: share.text(.en) + "; at least \(forRemarks) are needed for ready with remarks"))
            }
            return Verdict(decision: .notReady, advisory: advisory, reasons: reasons, toChange: fixes(toReach: forRemarks))
        }
        if fulfilled < forReady {
            return Verdict(decision: .readyWithRemarks, advisory: advisory,
                           reasons: [LocalisedText(da: share.text(.da) + "; \(forReady) kræves uden bemærkninger",
                                                   en: share.text(.en) + "; \(forReady) are needed without remarks")],
                           toChange: fixes(toReach: forReady))
        }
        return Verdict(decision: .ready, advisory: advisory, reasons: [share], toChange: [])
    }

    private func ids(_ results: [Report.RequirementResult]) -> String {
        results.map(\.id).joined(separator: ", ")
    }

    /// The package's verdict: the worst decision among automatic policies; if every policy is
    /// advisory, the worst advisory decision, marked advisory. To lift it, every standard at
    /// the worst decision must move.
    static func overall(_ standards: [Report.StandardResult]) -> Verdict {
        let automatic = standards.filter { !$0.verdict.advisory }
        let deciding = automatic.isEmpty ? standards : automatic
        let undetermined = standards.filter { $0.verdict.decision == .undetermined }
        let pool = undetermined.isEmpty ? deciding : undetermined
        guard let worst = pool.map(\.verdict.decision).max() else {
            return Verdict(decision: .undetermined, advisory: false,
                           reasons: [LocalisedText(da: "pakken angiver ingen standarder", en: "the package claims no standards")], toChange: [])
        }
        let atWorst = pool.filter { $0.verdict.decision == worst }
        var reasons: [LocalisedText] = []
        for standard in atWorst {
            for reason in standard.verdict.reasons {
                reasons.append(LocalisedText(da: "\(standard.id): \(reason.text(.da))", en: "\(standard.id): \(reason.text(.en))"))
            }
        }
        return Verdict(decision: worst, advisory: automatic.isEmpty && undetermined.isEmpty, reasons: reasons,
                       toChange: atWorst.flatMap(\.verdict.toChange))
    }
}
