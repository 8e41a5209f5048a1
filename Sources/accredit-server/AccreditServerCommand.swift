import ArgumentParser

/// `accredit-server`: the web application's program. `accredit serve` and `accredit admin`
/// run it, so users meet one command; it is a program of its own so that the checking command
/// stays small and starts quickly.
@main
struct AccreditServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accredit-server",
        abstract: "The accredit web application: self-evaluations, runs and dashboards for a municipality.",
        subcommands: [ServeCommand.self, AdminCommand.self])
}
