/// Parses a rule's or a use's parameters against their kind, once, and makes the check.
///
/// The loader calls it for each rule as defined (to report its own values) and for each use
/// with arguments (to report what the use adds and what it lacks). Each value is parsed once
/// here; the kind's initialiser reads the results, so no check parses text while evaluating.
enum CheckPreparation {
    /// The check of kind `kind` with `parameters`, or nil when the kind is unknown or some
    /// value is wrong. Problems with the names in `reporting` (every name when nil), and
    /// missing parameters when `requireAll`, are appended to `issues`, in the order unknown
    /// names, wrong values, missing parameters.
    static func prepare(
        _ kind: CheckKind, _ parameters: [String: String], reporting: Set<String>? = nil,
        requireAll: Bool = true, problems issues: inout [ParameterIssue]
    ) -> (any Check)? {
        guard let check = CheckRegistry.check(for: kind) else { return nil }
        let specs = check.parameters
        func reported(_ name: String) -> Bool { reporting?.contains(name) ?? true }
        var unknown: [ParameterIssue] = []
        for name in parameters.keys.sorted() where reported(name) && !specs.contains(where: { $0.name == name }) {
            unknown.append(.unknown(name))
        }
        var values: [String: any Sendable] = [:]
        var rejected: [ParameterIssue] = []
        var missing: [ParameterIssue] = []
        var valid = true
        for spec in specs {
            guard let text = parameters[spec.name] else {
                if spec.required {
                    valid = false
                    missing.append(.missing(spec.name))
                }
                continue
            }
            switch spec.parse(text) {
            case .success(let value):
                values[spec.name] = value
            case .failure(let rejection):
                valid = false
                if reported(spec.name) { rejected.append(.rejected(name: spec.name, value: text, rejection)) }
            }
        }
        issues += unknown + rejected + (requireAll ? missing : [])
        guard valid else { return nil }
        do {
            return try check.init(CheckArguments(values))
        } catch {
            if requireAll {
                if case .missing(let name) = error {
                    issues.append(.missing(name))
                } else {
                    issues.append(.rejected(name: "", value: "", error))
                }
            }
            return nil
        }
    }

    /// The problems with a rule's own values, as defined, before any use adds to them.
    static func issues(_ kind: CheckKind, _ parameters: [String: String]) -> [ParameterIssue] {
        var issues: [ParameterIssue] = []
        _ = prepare(kind, parameters, requireAll: false, problems: &issues)
        return issues
    }
}
