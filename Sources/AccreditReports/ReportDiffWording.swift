import AccreditCore

/// The words the text and Markdown run diffs share, in Danish and English.
enum ReportDiffWording {
    static func title(_ diff: ReportDiff, _ l: Language) -> String {
        l == .da
            ? "Ændringer fra \(diff.oldName) (\(diff.oldDate)) til \(diff.newName) (\(diff.newDate))"
            : "Changes from \(diff.oldName) (\(diff.oldDate)) to \(diff.newName) (\(diff.newDate))"
    }

    static func verdict(_ diff: ReportDiff, _ l: Language) -> String {
        let label = l == .da ? "Afgørelse" : "Verdict"
        let old = Vocabulary.decision(diff.oldVerdict, l)
        let new = Vocabulary.decision(diff.newVerdict, l)
        let same = l == .da ? "uændret" : "unchanged"
        return diff.oldVerdict == diff.newVerdict ? "\(label): \(new) (\(same))" : "\(label): \(old) → \(new)"
    }

    static func status(_ status: RequirementStatus?, _ l: Language) -> String {
        status.map { Vocabulary.status($0, l) } ?? (l == .da ? "(ikke med)" : "(absent)")
    }

    static func statusChanges(_ count: Int, _ l: Language) -> String {
        (l == .da ? "Ændret status" : "Status changes") + ": \(count)"
    }

    static func new(_ count: Int, _ l: Language) -> String { (l == .da ? "Nye fund" : "New findings") + ": \(count)" }
    static func unchanged(_ count: Int, _ l: Language) -> String {
        (l == .da ? "Uændrede fund" : "Unchanged findings") + ": \(count)"
    }
    static func fixed(_ count: Int, _ l: Language) -> String { (l == .da ? "Rettede fund" : "Fixed findings") + ": \(count)" }
    static func nothing(_ l: Language) -> String { l == .da ? "ingen ændringer" : "no changes" }
}
