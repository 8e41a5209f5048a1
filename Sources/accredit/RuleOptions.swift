import AccreditCore
import ArgumentParser
import Foundation

/// Where the standard and rule files come from, the same in every command: the folders (or
/// files) named with `--rules`, and for the authoring commands also as arguments, replace the
/// defaults. Without them: the folders in `ACCREDIT_RULES` (separated by colons), else
/// `Standards/` and `Rules/` next to the installed executable (`../share/accredit/`) or in the
/// repository it was built in. Never the current folder, so that a package checked from its
/// own folder cannot bring rules of its own.
struct RuleOptions: ParsableArguments {
    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp(
            "A folder (or file) of standard and rule files; repeatable; replaces the default rules "
                + "($ACCREDIT_RULES, else the Standards/ and Rules/ shipped with accredit).",
            valueName: "dir"), completion: .directory)
    var ruleFolders: [String] = []

    /// The folders to load: `extra` and the `--rules` folders if any, else the defaults.
    func folders(adding extra: [String] = [], language: Language) throws -> [String] {
        let named = extra + ruleFolders
        if !named.isEmpty { return named }
        if let found = Self.defaults() { return found }
        StandardError.error(CommandMessage.noRules, language)
        throw ExitStatus.cannotEvaluate
    }

    /// Loads the catalogue; any error in the files is printed and ends the run with exit 2.
    func loadCatalogue(adding extra: [String] = [], language: Language) throws -> Catalogue {
        try Self.load(try folders(adding: extra, language: language), language: language)
    }

    static func load(_ folders: [String], language: Language) throws -> Catalogue {
        do {
            return try CatalogueLoader().load(folders)
        } catch {
            for problem in error.errors { StandardError.error(problem, language) }
            throw ExitStatus.cannotEvaluate
        }
    }

    /// The default rule folders, or nil when there are none (see `DefaultRuleFolders`).
    static func defaults(
        environment: [String: String]? = nil,
        executable: String = CommandLine.arguments[0]
    ) -> [String]? {
        DefaultRuleFolders.find(environment: environment, executable: executable)
    }
}
