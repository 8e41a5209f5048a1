/// A check with its parameters parsed, behind one reference.
///
/// Rule uses are copied wherever they are read, and evaluating one opens its check; as an
/// existential value the check would be copied too, retaining each of its fields (kinds,
/// wording) for every use of every requirement. Behind a class a copy retains one object,
/// and the check is read in place.
final class PreparedCheck: Sendable {
    let check: any Check

    init(_ check: any Check) {
        self.check = check
    }

    /// What `use` concludes about `requirement` in `context`.
    func evaluate(_ use: RuleUse, for requirement: Requirement, in context: EvaluationContext) -> CheckOutcome {
        check.evaluate(use, for: requirement, in: context)
    }
}
