import AccreditAuthoring
import AccreditCore
import AccreditReports
import ArgumentParser

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of standards and rule sets.",
        discussion: """
            OLD and NEW are each a folder (or file) of standard and rule files. Lists the \
            requirements added, removed or changed (title, text, level, theme, group, scale, \
            steps, relations), the rule sets, rules (check kind, title, parameters), how each \
            requirement is verified (its rules with step and effective parameters, or a manual \
            mark) and the policies that changed; then the sector requirements affected because \
            a concern requirement they relate to changed, in content or verification. A changed \
            rule in a library shows on every requirement using it. Give folders holding what a \
            rule set extends, so its uses can be resolved.

            """
                + HelpText.exitStatus([
                    (0, "no differences"),
                    (1, "differences found"),
                    (2, "OLD or NEW could not be read (a missing folder, malformed XML, a schema violation)"),
                    (64, "usage error (missing argument, unknown option or format)"),
                ])
    )

    @Argument(help: "The old version: a folder or file of standard and rule files.", completion: .file())
    var old: String

    @Argument(help: "The new version: a folder or file of standard and rule files.", completion: .file())
    var new: String

    @Option(help: "Output format: text or json.")
    var format: CatalogueDiffFormat = .text

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let lang = language.lang
        let diff = CatalogueDiff(old: try load(old, lang: lang), new: try load(new, lang: lang))
        print(format.renderer(old: old, new: new).render(diff, language: lang), terminator: "")
        if !diff.isEmpty { throw AuthoringExitStatus.findings }
    }

    /// Reads one side. Files that cannot be read or break their format end the run with exit 2;
    /// references between files are lint's business and do not stop a diff.
    private func load(_ path: String, lang: Language) throws -> Catalogue {
        let result = CatalogueLoader().loadReporting([path])
        let fatal = result.findings.filter {
            $0.severity == .error && [.unreadableFile, .malformedFile, .schemaViolation].contains($0.check)
        }
        guard fatal.isEmpty else {
            for finding in fatal { StandardError.error(finding.error, lang) }
            throw ExitStatus.cannotEvaluate
        }
        return result.catalogue
    }
}

extension CatalogueDiffFormat: ExpressibleByArgument {}
