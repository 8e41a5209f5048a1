import AccreditAuthoring
import AccreditCore

/// Renders lint results as plain text: one finding per line with file:line, then a count.
enum LintText {
    static func render(_ result: Linter.Result, language l: Language) -> String {
        var out = result.findings.map { $0.text(l) }
        let da = l == .da
        out.append(
            da
                ? "\(result.files.count) filer: \(result.errorCount) fejl, \(result.warningCount) advarsler"
                : "\(result.files.count) files: \(result.errorCount) errors, \(result.warningCount) warnings")
        return out.joined(separator: "\n") + "\n"
    }
}
