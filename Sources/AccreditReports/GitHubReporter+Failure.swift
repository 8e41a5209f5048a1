import AccreditCore

extension GitHubReporter {
    /// One `::error` per problem, at its file and line, titled with the verdict, so the log
    /// and the pull request show why the package could not be evaluated.
    public func renderFailure(_ failed: FailedCheck, language l: Language) -> String {
        let title = "accredit: \(Vocabulary.decision(.undetermined, l)) (\(failed.package))"
        var lines: [String] = []
        for error in failed.errors.prefix(limit) {
            let hint = error.hint.text(l)
            let message = failed.headline(l) + "\n" + error.message.text(l) + (hint.isEmpty ? "" : "\n" + hint)
            var properties: [String] = []
            if let location = error.location {
                properties.append("file=" + Escape.workflowProperty(location.file))
                if location.line > 0 { properties.append("line=\(location.line)") }
            }
            properties.append("title=" + Escape.workflowProperty(title))
            lines.append("::error \(properties.joined(separator: ","))::\(Escape.workflowData(message))")
        }
        if failed.errors.count > limit {
            lines.append(
                "::error title=\(Escape.workflowProperty(title))::\(Escape.workflowData(Vocabulary.more(failed.errors.count - limit, l)))"
            )
        }
        if failed.errors.isEmpty {
            lines.append("::error title=\(Escape.workflowProperty(title))::\(Escape.workflowData(failed.headline(l)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
