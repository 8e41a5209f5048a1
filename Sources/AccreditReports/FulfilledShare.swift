import AccreditCore

/// "6/9" for the requirements met out of those judged, where requirements that could not be
/// determined stay in the denominator: three requirements in error must not make "6/6
/// (100 %)" of a standard that is undetermined. When some could not be determined, says how
/// many, and gives no percentage, which would claim more than is known.
struct FulfilledShare {
    var fulfilled: Int
    var assessable: Int
    var undetermined: Int

    init(fulfilled: Int, assessable: Int, undetermined: Int) {
        self.fulfilled = fulfilled
        self.assessable = assessable
        self.undetermined = undetermined
    }

    init(_ standard: Report.StandardResult) {
        self.init(fulfilled: standard.fulfilled, assessable: standard.assessable, undetermined: standard.counts[.error] ?? 0)
    }

    /// Requirements met out of those judged or in error.
    var ratio: String { "\(fulfilled)/\(assessable + undetermined)" }

    /// How many could not be determined, or nil when all could.
    func undeterminedNote(_ l: Language) -> String? {
        guard undetermined > 0 else { return nil }
        return l == .da ? "\(undetermined) kunne ikke afgøres" : "\(undetermined) could not be determined"
    }

    /// "6/9, 3 could not be determined", or "6/6".
    func text(_ l: Language) -> String {
        ratio + (undeterminedNote(l).map { ", " + $0 } ?? "")
    }

    /// For a table with a percentage: "6/9 (67 %)", or "6/9, 3 could not be determined"
    /// without one; "–" when nothing could be judged.
    func withPercent(_ l: Language) -> String {
        guard assessable + undetermined > 0 else { return "–" }
        if let note = undeterminedNote(l) { return ratio + ", " + note }
        return ratio + " (\(l.percent(fulfilled, of: assessable)))"
    }
}
