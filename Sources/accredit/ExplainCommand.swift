import AccreditAuthoring
import AccreditCore
import ArgumentParser

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a requirement: its text, theme, rules, what a package must supply, and its relations.",
        discussion: AuthoringExitStatus.documentation("(not used)", clean: "the requirement was explained")
    )

    @Argument(help: "The requirement id, e.g. kik.2.2 or ddkm.1.2.4.")
    var requirement: String

    @OptionGroup var rules: RuleOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let lang = language.lang
        let catalogue = try rules.loadCatalogue(language: lang)
        guard let explanation = Explanation(requirement, in: catalogue) else {
            let known = catalogue.standards.keys.sorted().joined(separator: ", ")
            throw ExitStatus.usage(
                lang, da: "ukendt krav \"\(requirement)\" (indlæste standarder: \(known))",
                en: "unknown requirement \"\(requirement)\" (loaded standards: \(known))")
        }
        print(ExplanationText.render(explanation, language: lang), terminator: "")
    }
}
