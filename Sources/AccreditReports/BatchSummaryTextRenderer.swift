import AccreditCore

/// A batch summary as a table with one row per package, then the counts: what a person reads
/// after a run over many packages, with the packages to fix first in view.
struct BatchSummaryTextRenderer: BatchSummaryRenderer {
    func render(_ summaries: [BatchSummary], language l: Language) -> String {
        let header =
            l == .da
            ? ["Pakke", "Enhed", "Afgørelse", "Opfyldt", "Ret først", "Overlap"]
            : ["Package", "Unit", "Verdict", "Met", "Fix first", "Overlaps"]
        var rows = [header]
        for s in summaries {
            let verdict: String
            if let decision = s.decision {
                verdict = Vocabulary.decision(decision, l) + (s.advisory ? "*" : "")
            } else {
                verdict = l == .da ? "kan ikke vurderes" : "cannot be evaluated"
            }
            let share = FulfilledShare(fulfilled: s.fulfilled, assessable: s.assessable, undetermined: s.undetermined)
                .withPercent(l)
            let overlaps = s.overlaps.keys.sorted { $0.rawValue < $1.rawValue }
                .map { "\($0.rawValue) \(s.overlaps[$0]!)" }.joined(separator: ", ")
            rows.append([s.path, s.unit, verdict, share, s.topGaps.joined(separator: ", "), overlaps])
        }
        let widths = (0..<header.count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var out = rows.map { row in
            zip(row, widths).map { cell, width in cell + String(repeating: " ", count: width - cell.count) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
        let ready = summaries.filter { $0.decision == .ready || $0.decision == .readyWithRemarks }.count
        let notReady = summaries.filter(\.isNotReady).count
        // An advisory "not ready" blocks nothing (the exit status says ready), but it is no "ready".
        let advisoryNotReady = summaries.filter { $0.advisory && $0.decision == .notReady }.count
        let failed = summaries.filter(\.couldNotEvaluate).count
        let advisory =
            advisoryNotReady == 0
            ? LocalisedText(da: "", en: "")
            : LocalisedText(
                da: ", \(advisoryNotReady) ikke klar efter en vejledende vurdering",
                en: ", \(advisoryNotReady) not ready by an advisory verdict")
        out.append("")
        out.append(
            l == .da
                ? "\(summaries.count) pakker: \(ready) klar, \(notReady) ikke klar\(advisory.text(l)), \(failed) kunne ikke vurderes"
                : "\(summaries.count) packages: \(ready) ready, \(notReady) not ready\(advisory.text(l)), \(failed) could not be evaluated"
        )
        return out.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
