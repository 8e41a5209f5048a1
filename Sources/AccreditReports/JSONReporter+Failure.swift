import AccreditCore

extension JSONReporter {
    /// The JSON document of a package that could not be evaluated (the `failure` form of
    /// `Schemas/report.schema.json`): the verdict `undetermined` and each problem with its
    /// kind, place, message and what to do.
    public func renderFailure(_ failed: FailedCheck, language l: Language) -> String {
        failureDocument(failed, language: l).serialized()
    }

    func failureDocument(_ failed: FailedCheck, language l: Language) -> JSONValue {
        let errors: [JSONValue] = failed.errors.map { error in
            var members: [String: JSONValue] = [
                "kind": .string(error.kind.rawValue), "message": .string(error.message.text(l)),
                "hint": .string(error.hint.text(l)),
            ]
            if let location = error.location {
                members["location"] = .object(["file": .string(location.file), "line": .int(location.line)])
            }
            return .object(members)
        }
        return .object([
            "formatVersion": .int(FormatVersion.report), "language": .string(l.rawValue),
            "tool": .object(["name": .string("accredit"), "version": .string(failed.toolVersion)]),
            "verdict": .string(Verdict.Decision.undetermined.rawValue),
            "failure": .object([
                "cause": .string(failed.cause), "package": .string(failed.package), "message": .string(failed.headline(l)),
                "errors": .array(errors),
            ]),
        ])
    }
}
