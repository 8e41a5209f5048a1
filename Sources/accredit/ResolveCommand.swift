import AccreditAuthoring
import AccreditCore
import ArgumentParser

struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Flatten a layered rule set into one self-contained rule file with a content hash to pin.",
        discussion: """
            The rule set and everything it extends (transitively) become one file in the same
            format (Schemas/rules.xsd) without extends: every rule it uses is defined in the file
            with its parameters, the uses, manual assessments and the policy are kept, in a fixed
            order. Loaded instead of the layered files, it gives every package the same report.

            The header comment holds content-sha256: the SHA-256 of the file from the line
            starting "<rules" to the end. With -o the file is written and "<hash>  <file>" is
            printed, so a pipeline can pin the hash; without -o the file goes to standard output.

            """ + AuthoringExitStatus.documentation("(not used)", clean: "the rule set was resolved")
    )

    @Argument(help: "Folders or files of standard and rule files. Default: as for --rules.")
    var paths: [String] = []

    @OptionGroup var rules: RuleOptions

    @Option(name: .customLong("rule-set"), help: ArgumentHelp("The rule set id, e.g. ddkm-kommune-2013-rules.", valueName: "id"))
    var ruleSet: String

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write the resolved file here instead of to standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let lang = language.lang
        let folders = try rules.folders(adding: paths, language: lang)
        let catalogue = try RuleOptions.load(folders, language: lang)
        guard let resolved = RuleSetResolver(catalogue: catalogue).resolve(ruleSet) else {
            let known = catalogue.ruleSets.keys.sorted().joined(separator: ", ")
            throw ExitStatus.usage(
                lang, da: "ukendt regelsæt \"\(ruleSet)\" (indlæst: \(known))",
                en: "unknown rule set \"\(ruleSet)\" (loaded: \(known))")
        }
        guard let output else {
            print(resolved.text, terminator: "")
            return
        }
        do {
            try OutputFile.write(resolved.text, to: output)
        } catch {
            StandardError.write(
                lang == .da
                    ? "fejl: kunne ikke skrive \(output): \(error.localizedDescription)"
                    : "error: could not write \(output): \(error.localizedDescription)")
            throw ExitStatus.cannotEvaluate
        }
        print("\(resolved.contentHash)  \(output)")
    }
}
