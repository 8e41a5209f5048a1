import AccreditCore

/// How soon a piece of evidence runs out, counted in whole days from today: 0 means it expires
/// today, a negative number that it has expired. The windows the pages count and group by.
enum EvidenceExpiry {
    /// The widths `/expiring` offers; 30 unless the user widens or narrows it.
    static let windows = [7, 30, 90]
    static let defaultWindow = 30

    /// Days from `today` to the evidence's expiry; nil when its date cannot be read.
    static func daysLeft(_ evidence: ExpiringEvidence, today: Day) -> Int? {
        Day(iso: evidence.expires).map { today.days(until: $0) }
    }

    /// The evidence of `run` that expires within `days` days or has expired, with its days left.
    static func within(_ days: Int, of run: RunRecord?, today: Day) -> [(evidence: ExpiringEvidence, daysLeft: Int)] {
        (run?.expiringEvidence ?? []).compactMap { evidence in
            guard let left = daysLeft(evidence, today: today), left <= days else { return nil }
            return (evidence, left)
        }
    }

    /// Counts for the dashboard: within 30 days, within 7 days, and expired or expiring today.
    /// Each count includes the narrower ones.
    static func counts(_ run: RunRecord?, today: Day) -> (within30: Int, within7: Int, expired: Int) {
        var counts = (within30: 0, within7: 0, expired: 0)
        for evidence in run?.expiringEvidence ?? [] {
            guard let left = daysLeft(evidence, today: today) else { continue }
            if left <= 30 { counts.within30 += 1 }
            if left <= 7 { counts.within7 += 1 }
            if left <= 0 { counts.expired += 1 }
        }
        return counts
    }
}
