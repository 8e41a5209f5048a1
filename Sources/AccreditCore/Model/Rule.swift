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
///
/// A class of constants, so it is still a value: a use is read for every requirement it
/// verifies, on several cores at once, and copying a struct of its rule's strings and
/// parameters would retain each of them, objects that every use of the rule shares and
/// whose counts the cores would fight over. A reference is one count, the use's own.
public final class RuleUse: Sendable, Hashable {
    public let rule: Rule
    public let step: Int?
    /// The rule's parameters merged with the use's arguments (the arguments win).
    public let parameters: [String: String]
    public let location: SourceLocation
    /// The check with its parameters parsed, here rather than per requirement: a large rule
    /// set applies the same few uses thousands of times. Nil when the kind is unknown or a
    /// parameter is wrong, which the loader reports; such a use evaluates to an error.
    let preparedCheck: PreparedCheck?

    /// The prepared check, if any.
    var prepared: (any Check)? { preparedCheck?.check }

    public convenience init(rule: Rule, step: Int?, parameters: [String: String], location: SourceLocation) {
        var problems: [ParameterIssue] = []
        self.init(
            rule: rule, step: step, parameters: parameters, location: location,
            prepared: CheckPreparation.prepare(rule.check, parameters, reporting: [], problems: &problems).map(
                PreparedCheck.init))
    }

    /// With the check already prepared from these same parameters: uses without arguments
    /// share their rule's.
    init(rule: Rule, step: Int?, parameters: [String: String], location: SourceLocation, prepared: PreparedCheck?) {
        self.rule = rule
        self.step = step
        self.parameters = parameters
        self.location = location
        self.preparedCheck = prepared
    }

    public func parameter(_ name: String) -> String? { parameters[name] }

    /// Whether this use runs a kind that queries the manifest as a tree (XPath).
    public var queriesManifest: Bool {
        preparedCheck.map { type(of: $0.check).queriesManifest } ?? false
    }

    /// What a package must contain for this use to pass, in words, for a requirement on `scale`.
    public func supply(scale: Scale?) -> CheckSupply {
        preparedCheck?.check.supply(for: self, scale: scale) ?? CheckSupply(rule.title)
    }

    /// The prepared check follows from the rule and the parameters, so it takes no part.
    public static func == (a: RuleUse, b: RuleUse) -> Bool {
        a.rule == b.rule && a.step == b.step && a.parameters == b.parameters && a.location == b.location
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        hasher.combine(step)
        hasher.combine(parameters)
        hasher.combine(location)
    }
}

/// Why a requirement is assessed by people rather than by rules.
public struct ManualAssessment: Sendable, Hashable {
    public var reason: LocalisedText
    public var location: SourceLocation
}

extension RuleUse: CustomReflectable {
    /// The constants, shown as a struct's fields: printed uses read as before `RuleUse`
    /// became a class.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "rule": rule, "step": step as Any, "parameters": parameters, "location": location,
                "prepared": prepared as Any,
            ], displayStyle: .struct)
    }
}
