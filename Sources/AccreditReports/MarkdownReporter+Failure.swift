import AccreditCore

extension MarkdownReporter {
    /// The summary of a package that could not be evaluated: the verdict "undetermined" and
    /// each problem with its place, so a job summary says why instead of staying empty.
    public func renderFailure(_ failed: FailedCheck, language l: Language) -> String {
        let m = Escape.markdown
        var out = ["## accredit — \(Vocabulary.label(.title, l)): `\(Self.code(failed.package))`", ""]
        out.append(
            "**\(Vocabulary.label(.verdict, l)): \(Self.symbol(.undetermined)) \(Vocabulary.decision(.undetermined, l).uppercased())**"
        )
        out.append("")
        out.append(failed.headline(l))
        out.append("")
        let errors = failed.errors.prefix(limit)
        for error in errors {
            let place = error.location.map { "`\(Self.code($0.description))`: " } ?? ""
            let hint = error.hint.text(l)
            out.append("- \(place)\(m(Self.cut(error.message.text(l))))" + (hint.isEmpty ? "" : " — \(m(Self.cut(hint)))"))
        }
        if failed.errors.count > errors.count { out += ["", "_\(Vocabulary.more(failed.errors.count - errors.count, l))_"] }
        out.append("")
        out.append("<sub>accredit \(m(failed.toolVersion))</sub>")
        return out.joined(separator: "\n") + "\n"
    }

    /// Text for a code span: no backticks, which would end it.
    static func code(_ text: String) -> String {
        cut(text.replacingOccurrences(of: "`", with: "'"))
    }

    /// A text from a package cut to `lineLimit` characters, so one long value cannot make a
    /// line (or the whole summary) too long.
    static func cut(_ text: String) -> String {
        text.count <= lineLimit ? text : String(text.prefix(lineLimit - 1)) + "…"
    }

    /// The longest text from a package one line of the summary carries.
    static let lineLimit = 500
}
