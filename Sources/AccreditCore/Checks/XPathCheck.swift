/// An XPath 1.0 assertion over the manifest, for anything the other kinds cannot say. The
/// context node is the manifest's root, prefix `p` is the package namespace, and `$requirement`
/// plus every other parameter are bound as string variables. Prefer tests local to the
/// requirement: a `//` search per requirement costs time in proportion to the whole manifest.
struct XPathCheck: Check {
    static let namespaces = ["p": Namespace.package]

    /// Nothing to prepare: XPath rules stay on one core and read their parameters as given.
    init(_ parameters: [String: String]) {}

    func evaluate(_ use: RuleUse, for requirement: Requirement, in context: EvaluationContext) -> CheckOutcome {
        let test = use.parameter("test") ?? ""
        var variables = use.parameters.filter { $0.key != "test" && !$0.key.hasPrefix("message-") }
        variables["requirement"] = requirement.id
        let at = context.anchor(for: requirement)
        do {
            if try context.evaluateXPath(test, variables: variables) {
                return CheckOutcome(
                    .pass,
                    [
                        use.finding(
                            "xpath.passed", .passed, da: "betingelsen \(use.rule.id) er opfyldt",
                            en: "condition \(use.rule.id) holds", at: at)
                    ])
            }
            return CheckOutcome(
                .fail,
                [
                    use.finding(
                        "xpath.failed", .gap, da: use.parameter("message-da") ?? test,
                        en: use.parameter("message-en") ?? test, at: at)
                ])
        } catch {
            return CheckOutcome(
                .error,
                [
                    use.finding(
                        "xpath.error", .error, da: "XPath-fejl i reglen \(use.rule.id): \(error.summary)",
                        en: "XPath error in rule \(use.rule.id): \(error.summary)", at: at)
                ])
        }
    }
}
