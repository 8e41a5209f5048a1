import AccreditCore
import ArgumentParser

@main
struct Accredit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accredit",
        abstract: "Checks whether an organisation's evaluation package is ready for accreditation.",
        discussion: ExitStatus.documentation,
        version: "accredit \(AccreditVersion.current)",
        subcommands: [
            CheckCommand.self, LintCommand.self, TestCommand.self, ExplainCommand.self, InitCommand.self, OverlapCommand.self,
            CompareCommand.self, ResolveCommand.self, DiffCommand.self,
        ],
        defaultSubcommand: nil
    )

    /// Installs the signal handlers that remove temporary files, then runs the command.
    static func main() {
        SignalCleanup.install()
        do {
            var command = try parseAsRoot()
            try command.run()
            SignalCleanup.holdIfInterrupted()
        } catch {
            SignalCleanup.holdIfInterrupted()
            exit(withError: error)
        }
    }
}
