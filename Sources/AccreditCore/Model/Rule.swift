/// A reusable rule: a check kind with default parameters, defined in a rule file.
public struct Rule: Sendable, Hashable {
    public var id: String
    public var check: CheckKind
    public var title: LocalisedText
    public var parameters: [String: String]
    /// The rule file that defines it.
    public var ruleSetID: String
    public var location: SourceLocation
}

/// A rule applied to one requirement, with the rule's defaults overridden by the arguments.
public struct RuleUse: Sendable, Hashable {
    public let rule: Rule
    public let step: Int?
    /// The rule's parameters merged with the use's arguments (the arguments win).
    public let parameters: [String: String]
    public let location: SourceLocation
    /// The check with its parameters parsed, here rather than per requirement: a large rule
    /// set applies the same few uses thousands of times.
    let prepared: PreparedCheck

    public init(rule: Rule, step: Int?, parameters: [String: String], location: SourceLocation) {
        self.init(
            rule: rule, step: step, parameters: parameters, location: location,
            prepared: PreparedCheck(rule.check, parameters))
    }

    /// With the check already prepared from these same parameters: uses without arguments
    /// share their rule's.
    init(rule: Rule, step: Int?, parameters: [String: String], location: SourceLocation, prepared: PreparedCheck) {
        self.rule = rule
        self.step = step
        self.parameters = parameters
        self.location = location
        self.prepared = prepared
    }

    public func parameter(_ name: String) -> String? { parameters[name] }

    /// Whether this use runs an XPath rule, which queries the manifest as a tree.
    public var queriesManifest: Bool {
        if case .xpath = prepared { return true }
        return false
    }
}

/// Why a requirement is assessed by people rather than by rules.
public struct ManualAssessment: Sendable, Hashable {
    public var reason: LocalisedText
    public var location: SourceLocation
}
