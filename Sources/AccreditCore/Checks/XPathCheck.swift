/// An XPath 1.0 assertion over the manifest, for anything the other kinds cannot say. The
/// context node is the manifest's root, prefix `p` is the package namespace, and
/// `$requirement` is bound to the requirement's id. Prefer tests local to the requirement: a
/// `//` search per requirement costs time in proportion to the whole manifest.
struct XPathCheck: Check {
    static let namespaces = ["p": Namespace.package]
    static let kind = CheckKind.xpath
    static let test = CheckParameter("test", .xpath, required: true)
    static let messageDa = CheckParameter("message-da", .text, required: true)
    static let messageEn = CheckParameter("message-en", .text, required: true)
    static let parameters: [any CheckParameterSpec] = [test, messageDa, messageEn]
    static let queriesManifest = true

    let test: String
    let message: LocalisedText

    init(_ arguments: CheckArguments) throws(ParameterRejection) {
        test = try arguments.required(Self.test)
        message = LocalisedText(da: try arguments.required(Self.messageDa), en: try arguments.required(Self.messageEn))
    }

    func evaluate(_ use: RuleUse, for requirement: Requirement, in context: EvaluationContext) -> CheckOutcome {
        let at = context.anchor(for: requirement)
        do {
            if try context.evaluateXPath(test, variables: ["requirement": requirement.id]) {
                return CheckOutcome(
                    .pass,
                    [
                        use.finding(
                            "xpath.passed", .passed, da: "betingelsen \(use.rule.id) er opfyldt",
                            en: "condition \(use.rule.id) holds", at: at)
                    ])
            }
            return CheckOutcome(.fail, [use.finding("xpath.failed", .gap, da: message.text(.da), en: message.text(.en), at: at)])
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

    func supply(for use: RuleUse, scale: Scale?) -> CheckSupply {
        let title = use.rule.title
        return CheckSupply(
            LocalisedText(da: "manifestet opfylder: " + title.text(.da), en: "the manifest satisfies: " + title.text(.en)))
    }

    static let examples: [CheckExample] = {
        let rule = [
            "test": "count(p:answer[@requirement = $requirement]) = 1",
            "message-da": "kravet skal have ét svar", "message-en": "the requirement needs one answer",
        ]
        return [
            CheckExample(
                title: "the assertion holds", parameters: rule, entries: [#"<answer requirement="x.1" score="ja"/>"#],
                outcome: .pass, codes: ["xpath.passed"]),
            CheckExample(title: "the assertion fails", parameters: rule, entries: [], outcome: .fail, codes: ["xpath.failed"]),
        ]
    }()
}

extension CheckKind {
    /// An XPath 1.0 assertion over the manifest.
    public static let xpath = CheckKind(rawValue: "xpath")
}
