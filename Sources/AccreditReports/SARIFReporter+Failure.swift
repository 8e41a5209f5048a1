import AccreditCore

extension SARIFReporter {
    /// A SARIF log for a package that could not be evaluated: one run without results whose
    /// invocation is marked `executionSuccessful: false`, with one error notification per
    /// problem located at its file and line, so code scanning shows why nothing was judged.
    public func renderFailure(_ failed: FailedCheck, language l: Language) -> String {
        JSONValue.object([
            "$schema": .string(SARIFLog.schemaURI), "version": .string("2.1.0"),
            "runs": .array([failureRun(failed, language: l)]),
        ]).serialized()
    }

    /// The run of a package that could not be evaluated, alone or in a batch run's log.
    func failureRun(_ failed: FailedCheck, language l: Language) -> JSONValue {
        let notifications: [JSONValue] = failed.errors.map { error in
            var members: [String: JSONValue] = [
                "level": .string("error"),
                "message": .object(["text": .string(FailedCheck.line(error, l))]),
                "descriptor": .object(["id": .string("accredit.\(failed.cause).\(error.kind.rawValue)")]),
            ]
            if let location = error.location {
                members["locations"] = .array([SARIFLog.location(location)])
            }
            return .object(members)
        }
        let driver: JSONValue = .object([
            "name": .string("accredit"), "version": .string(failed.toolVersion),
            "semanticVersion": .string(failed.toolVersion), "rules": .array([]),
        ])
        let sourceRoot: JSONValue = .object([
            SARIFLog.sourceRoot: .object(["description": .object(["text": .string(SARIFLog.sourceRootDescription(l))])])
        ])
        return .object([
            "originalUriBaseIds": sourceRoot,
            "tool": .object(["driver": driver]), "language": .string(l.rawValue), "columnKind": .string("unicodeCodePoints"),
            "invocations": .array([
                .object([
                    "executionSuccessful": .bool(false), "exitCode": .int(2),
                    "exitCodeDescription": .string(failed.headline(l)),
                    "toolExecutionNotifications": .array(notifications),
                ])
            ]),
            "results": .array([]),
            "properties": .object([
                "package": .string(failed.package), "verdict": .string(Verdict.Decision.undetermined.rawValue),
                "failure": .string(failed.cause),
            ]),
        ])
    }
}
