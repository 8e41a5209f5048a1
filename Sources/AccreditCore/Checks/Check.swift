/// One kind of check: a way of verifying a requirement that rule files name in `check="…"`.
///
/// Everything about a kind lives in the one file that conforms to this protocol, and the kind
/// is known once that type is listed in `CheckRegistry`. A value of the type is the check with
/// its parameters parsed, made once per rule use when the catalogue loads, so that evaluating
/// the use for thousands of requirements reads ready values.
protocol Check: Sendable {
    /// The id rule files write in `check="…"`.
    static var kind: CheckKind { get }
    /// The parameters a rule or use may give, with their types, defaults and whether required.
    /// Anything else is a `parameter-type` problem.
    static var parameters: [any CheckParameterSpec] { get }
    /// Rule uses with package entries and the outcome each must give; a test runs them all.
    static var examples: [CheckExample] { get }
    /// Whether the kind queries the manifest as a tree, which keeps evaluation on one core.
    static var queriesManifest: Bool { get }

    /// The check with its parameters, already parsed and type-checked. Throws for what no
    /// single parameter's type can say (a parameter needed because of another's value).
    init(_ arguments: CheckArguments) throws(ParameterRejection)

    /// What the use concludes about the requirement in the context of one package.
    func evaluate(_ use: RuleUse, for requirement: Requirement, in context: EvaluationContext) -> CheckOutcome

    /// What a package must contain for the use to pass, as `explain` and `init` word it.
    func supply(for use: RuleUse, scale: Scale?) -> CheckSupply
}

extension Check {
    static var queriesManifest: Bool { false }
}
