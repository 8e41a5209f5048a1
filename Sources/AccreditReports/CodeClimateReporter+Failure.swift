import AccreditCore

extension CodeClimateReporter {
    /// A package that could not be evaluated: one blocker issue per problem, at its file and
    /// line, so the merge request shows why instead of an empty widget.
    public func renderFailure(_ failed: FailedCheck, language l: Language) -> String {
        JSONValue.array(failureIssues(failed, l)).serialized()
    }

    func failureIssues(_ failed: FailedCheck, _ l: Language) -> [JSONValue] {
        failed.errors.enumerated().map { index, error in
            let location = error.location ?? SourceLocation(file: failed.package, line: 1)
            return Self.issue(
                checkName: "accredit/\(failed.cause).\(error.kind.rawValue)",
                description: failed.headline(l) + " " + FailedCheck.line(error, l), severity: "blocker",
                location: Self.repositoryLocation(location, package: failed.package),
                fingerprint: Self.fingerprint(
                    [failed.package, failed.cause, error.kind.rawValue, location.file, "\(index)"].joined(separator: "\u{1F}")))
        }
    }
}
