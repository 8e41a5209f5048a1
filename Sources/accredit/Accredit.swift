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
            CompareCommand.self, ResolveCommand.self, DiffCommand.self, DiffReportsCommand.self, IndicatorsCommand.self,
            ServeCommand.self,
            AdminCommand.self,
        ],
        defaultSubcommand: nil
    )

    /// Tunes the allocator for one run (`ThreadHeap`), installs the signal handlers that remove
    /// temporary files, starts loading the rule files a `check` will need, then parses the
    /// arguments and runs the command. Every way out waits for that load.
    static func main() {
        ThreadHeap.tuneForOneRun()
        ThreadHeap.prepareThisThread()
        SignalCleanup.install()
        EarlyRules.begin(arguments: CommandLine.arguments)
        do {
            var command = try parseAsRoot()
            try command.run()
            EarlyRules.finish()
            SignalCleanup.holdIfInterrupted()
        } catch {
            EarlyRules.finish()
            SignalCleanup.holdIfInterrupted()
            exit(withError: error)
        }
    }
}
