import AccreditCore
import ArgumentParser

/// The options every authoring command shares: where the standard and rule files are, and
/// the language of the output.
struct CatalogueOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A folder (or file) of standard and rule files; repeatable. Default: Standards/ and Rules/.",
        valueName: "dir"))
    var ruleFolders: [String] = []

    @Option(name: .customLong("lang"), help: "Language of the output: da or en. Default: from LANG, else en.")
    var language: Language?

    var lang: Language { language ?? .fromEnvironment }

    /// The folders to load: the named ones, else the defaults; exit 2 if there are none.
    func folders() throws -> [String] {
        if !ruleFolders.isEmpty { return ruleFolders }
        if let found = RuleFolders.defaults() { return found }
        StandardError.write(lang == .da
            ? "fejl: fandt ingen Standards/ og Rules/; angiv mapper med --rules"
            : "error: found no Standards/ and Rules/ folders; name them with --rules")
        throw ExitStatus.cannotEvaluate
    }

    /// Loads the catalogue; any error in the files is printed and ends the run with exit 2.
    func loadCatalogue() throws -> Catalogue {
        try Self.load(try folders(), lang: lang)
    }

    static func load(_ folders: [String], lang: Language) throws -> Catalogue {
        do {
            return try CatalogueLoader().load(folders)
        } catch {
            for problem in error.errors { StandardError.error(problem, lang) }
            throw ExitStatus.cannotEvaluate
        }
    }

    /// Prints a usage-level message (an unknown id, say) and ends with exit 64.
    static func usage(_ lang: Language, da: String, en: String) -> ExitCode {
        StandardError.error((lang == .da ? da : en), lang)
        return ExitStatus.usage
    }
}
