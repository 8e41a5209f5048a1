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
            valueName: "dir"))
    var ruleFolders: [String] = []

    /// The folders to load: `extra` and the `--rules` folders if any, else the defaults.
    func folders(adding extra: [String] = [], language: Language) throws -> [String] {
        let named = extra + ruleFolders
        if !named.isEmpty { return named }
        if let found = Self.defaults() { return found }
        StandardError.write(
            language == .da
                ? "fejl: fandt ingen regler; angiv mapper med --rules eller ACCREDIT_RULES"
                : "error: found no rules; name their folders with --rules or ACCREDIT_RULES")
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

    /// The default rule folders, or nil when there are none.
    static func defaults(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: String = CommandLine.arguments[0]
    ) -> [String]? {
        if let list = environment["ACCREDIT_RULES"], !list.isEmpty {
            return list.split(separator: ":").map(String.init)
        }
        let fm = FileManager.default
        func both(in folder: String) -> [String]? {
            let standards = folder + "/Standards"
            let rules = folder + "/Rules"
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: standards, isDirectory: &isDir), isDir.boolValue,
                fm.fileExists(atPath: rules, isDirectory: &isDir), isDir.boolValue
            else { return nil }
            return [standards, rules]
        }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        if let installed = both(in: folder.deletingLastPathComponent().path + "/share/accredit") { return shown(installed) }
        for _ in 0..<6 {
            if let found = both(in: folder.path) { return shown(found) }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// `folders` as reports show them: relative to the current folder when inside it, so that
    /// a report names `Standards/x.xml` rather than where the repository happens to be.
    private static func shown(_ folders: [String]) -> [String] {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path + "/"
        return folders.map { $0.hasPrefix(current) ? String($0.dropFirst(current.count)) : $0 }
    }
}
