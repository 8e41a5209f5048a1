import AccreditCore

extension TextReporter {
    /// The terminal report of a package that could not be evaluated: the verdict
    /// "undetermined", why, and each problem with its place and what to do.
    public func renderFailure(_ failed: FailedCheck, language l: Language) -> String {
        let paint = ANSIPaint(enabled: colour)
        let t = Escape.terminal
        var out = [paint.bold("accredit \(failed.toolVersion) — \(Vocabulary.label(.title, l))")]
        out.append(t("\(Vocabulary.label(.package, l)): \(failed.package)"))
        out.append("")
        let decision = paint.decision(.undetermined, Vocabulary.decision(.undetermined, l).uppercased())
        out.append("\(paint.bold(Vocabulary.label(.verdict, l))): \(decision)")
        out.append("  - " + failed.headline(l))
        for error in failed.errors {
            out.append(t("  - " + (error.location.map { "\($0): " } ?? "") + error.message.text(l)))
            let hint = error.hint.text(l)
            if !hint.isEmpty { out.append(t("    " + hint)) }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
