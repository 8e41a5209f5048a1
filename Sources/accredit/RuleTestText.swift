import AccreditAuthoring
import AccreditCore

/// Renders rule-test results and coverage as plain text.
enum RuleTestText {
    static func render(
        _ results: [RuleTestRunner.CaseResult], coverage: RuleTestCoverage, verbose: Bool,
        language l: Language
    ) -> String {
        let da = l == .da
        var out: [String] = []
        for result in results {
            let mark = result.failures.isEmpty ? "PASS" : "FAIL"
            let title = result.title.text(l)
            out.append(
                "\(mark) \(result.folder)" + (title.isEmpty ? "" : " – \(title)")
                    + (da ? " (\(result.passed.count) forventninger holdt)" : " (\(result.passed.count) expectations held)"))
            for failure in result.failures {
                out.append("  " + (failure.location.map { "\($0): " } ?? "") + failure.message.text(l))
            }
        }
        let failed = results.filter { !$0.failures.isEmpty }.count
        out.append("")
        out.append(
            da
                ? "\(results.count) eksempler: \(results.count - failed) bestået, \(failed) fejlet"
                : "\(results.count) examples: \(results.count - failed) passed, \(failed) failed")
        let covered = coverage.entries.filter(\.isCovered).count
        out.append(
            (da ? "Dækning: " : "Coverage: ") + "\(covered)/\(coverage.entries.count) " + (da ? "krav" : "requirements")
                + " (\(coverage.percent) %)")
        for entry in coverage.entries where verbose || !entry.isCovered {
            let pass = entry.hasPassingExample ? "+" : "-"
            let fail = entry.hasFailingExample ? "+" : "-"
            let missing =
                !entry.hasPassingExample && !entry.hasFailingExample
                ? (da ? "mangler begge" : "lacks both")
                : !entry.hasPassingExample
                    ? (da ? "mangler et opfyldt eksempel" : "lacks a met example")
                    : !entry.hasFailingExample ? (da ? "mangler et ikke-opfyldt eksempel" : "lacks a not-met example") : ""
            out.append("  [\(pass)\(fail)] \(entry.requirement) (\(entry.standard))" + (missing.isEmpty ? "" : "  " + missing))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
