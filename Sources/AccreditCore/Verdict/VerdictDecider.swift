/// What the verdict of one standard depends on, gathered in one pass over its results so
/// that large standards are decided without copying their results into filtered arrays.
struct StandardTally {
    var errors: [String] = []
    var assessable = 0
    var fulfilled = 0
    var failingCritical: [String] = []
    /// Critical requirements a valid waiver sets aside: never judged, so named in the verdict.
    var waivedCritical: [String] = []
    /// Non-critical gaps, partly met ones first (they are closer to done), then in document order.
    var partlyMetGaps: [String] = []
    var unmetGaps: [String] = []
    var counts: [RequirementStatus: Int] = [:]

    mutating func add(_ result: Report.RequirementResult) {
        let status = result.status
        counts[status, default: 0] += 1
        if status == .error { errors.append(result.id) }
        if status == .waived && result.critical { waivedCritical.append(result.id) }
        if status.isAssessable {
            assessable += 1
            if status.isFulfilled { fulfilled += 1 }
        }
        guard status.isGap else { return }
        if result.critical {
            failingCritical.append(result.id)
        } else if status == .partiallyMet {
            partlyMetGaps.append(result.id)
        } else {
            unmetGaps.append(result.id)
        }
    }
}

/// Applies a rule set's policy to its requirement statuses.
struct VerdictDecider {
    let policy: Policy

    func decide(_ tally: StandardTally) -> Verdict {
        var verdict = decideStatuses(tally)
        if !tally.waivedCritical.isEmpty {
            verdict.reasons.append(RecordWording.criticalWaived(tally.waivedCritical))
            verdict.waivedCritical = tally.waivedCritical
        }
        return verdict
    }

    private func decideStatuses(_ tally: StandardTally) -> Verdict {
        let advisory = policy.decision == .advisory
        if !tally.errors.isEmpty {
            return Verdict(
                decision: .undetermined, advisory: advisory,
                reasons: [
                    LocalisedText(
                        da: "\(tally.errors.count) krav kunne ikke vurderes: \(ids(tally.errors))",
                        en: "\(tally.errors.count) requirements could not be evaluated: \(ids(tally.errors))")
                ],
                toChange: tally.errors)
        }
        let fulfilled = tally.fulfilled
        let failingCritical = tally.failingCritical
        let forReady = Policy.required(policy.readyBasisPoints, of: tally.assessable)
        let forRemarks = Policy.required(policy.readyWithRemarksBasisPoints, of: tally.assessable)
        let share = LocalisedText(
            da: "\(fulfilled) af \(tally.assessable) vurderede krav er opfyldt",
            en: "\(fulfilled) of \(tally.assessable) assessed requirements are met")

        func fixes(toReach needed: Int) -> [String] {
            let stillNeeded = max(0, needed - fulfilled - failingCritical.count)
            return failingCritical + (tally.partlyMetGaps + tally.unmetGaps).prefix(stillNeeded)
        }

        if !failingCritical.isEmpty || fulfilled < forRemarks {
            var reasons: [LocalisedText] = []
            if !failingCritical.isEmpty {
                reasons.append(
                    LocalisedText(
                        da: "kritiske krav er ikke opfyldt: \(ids(failingCritical))",
                        en: "critical requirements are not met: \(ids(failingCritical))"))
            }
            if fulfilled < forRemarks {
                reasons.append(
                    LocalisedText(
                        da: share.text(.da) + "; mindst \(forRemarks) kræves for godkendelse med bemærkninger",
                        en: share.text(.en) + "; at least \(forRemarks) are needed for ready with remarks"))
            }
            return Verdict(decision: .notReady, advisory: advisory, reasons: reasons, toChange: fixes(toReach: forRemarks))
        }
        if fulfilled < forReady {
            return Verdict(
                decision: .readyWithRemarks, advisory: advisory,
                reasons: [
                    LocalisedText(
                        da: share.text(.da) + "; \(forReady) kræves uden bemærkninger",
                        en: share.text(.en) + "; \(forReady) are needed without remarks")
                ],
                toChange: fixes(toReach: forReady))
        }
        return Verdict(decision: .ready, advisory: advisory, reasons: [share], toChange: [])
    }

    private func ids(_ ids: [String]) -> String {
        ids.joined(separator: ", ")
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
            return Verdict(
                decision: .undetermined, advisory: false,
                reasons: [LocalisedText(da: "pakken angiver ingen standarder", en: "the package claims no standards")],
                toChange: [])
        }
        let atWorst = pool.filter { $0.verdict.decision == worst }
        var reasons: [LocalisedText] = []
        func add(_ reason: LocalisedText, of standard: Report.StandardResult) {
            reasons.append(
                LocalisedText(da: "\(standard.id): \(reason.text(.da))", en: "\(standard.id): \(reason.text(.en))"))
        }
        for standard in atWorst {
            for reason in standard.verdict.reasons { add(reason, of: standard) }
        }
        // A waived critical requirement is named even when its standard is not the one deciding.
        for standard in standards where !atWorst.contains(where: { $0.id == standard.id }) {
            guard !standard.verdict.waivedCritical.isEmpty else { continue }
            add(RecordWording.criticalWaived(standard.verdict.waivedCritical), of: standard)
        }
        return Verdict(
            decision: worst, advisory: automatic.isEmpty && undetermined.isEmpty, reasons: reasons,
            toChange: atWorst.flatMap(\.verdict.toChange),
            waivedCritical: standards.flatMap(\.verdict.waivedCritical))
    }
}
