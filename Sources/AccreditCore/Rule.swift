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
    public var rule: Rule
    public var step: Int?
    /// The rule's parameters merged with the use's arguments (the arguments win).
    public var parameters: [String: String]
    public var location: SourceLocation

    public func parameter(_ name: String) -> String? { parameters[name] }
}

/// Why a requirement is assessed by people rather than by rules.
public struct ManualAssessment: Sendable, Hashable {
    public var reason: LocalisedText
    public var location: SourceLocation
}
