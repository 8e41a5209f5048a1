import ArgumentParser
import Foundation

/// `accredit serve` and `accredit admin` run the web application's program, `accredit-server`,
/// installed beside this one. It is a program of its own so that checking a package never
/// loads the web stack; users still meet one command.
enum ServerProgram {
    /// Replaces this process with `accredit-server SUBCOMMAND ARGUMENTS…`; returns only when it
    /// cannot, after saying why.
    static func exec(_ subcommand: String, _ arguments: [String]) throws -> Never {
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let path = own.deletingLastPathComponent().appendingPathComponent("accredit-server").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            StandardError.error(
                "accredit \(subcommand) needs the accredit-server program beside accredit (\(path)); build it with "
                    + "`swift build --product accredit-server` or install both.", .en)
            throw ExitStatus.cannotEvaluate
        }
        let argv = [path, subcommand] + arguments
        var cArguments = argv.map { strdup($0) }
        cArguments.append(nil)
        execv(path, cArguments)
        StandardError.error("could not start \(path): \(String(cString: strerror(errno))).", .en)
        throw ExitStatus.cannotEvaluate
    }
}

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web application and REST API (see accredit-server serve --help).",
        discussion: """
            Self-evaluations in the browser, runs and their history, the concern dashboard and a REST \
            API under /api/v1, on an embedded database in --data DIR (default accredit-data) or a \
            shared PostgreSQL (--database URL). Listens on 127.0.0.1:8080 unless --host and --port \
            say otherwise, and prints the address.
            """)

    @Argument(parsing: .allUnrecognized, help: "Options of accredit-server serve.")
    var arguments: [String] = []

    func run() throws { try ServerProgram.exec("serve", arguments) }
}

struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Administer the web application's users offline (see accredit-server admin --help).",
        discussion: """
            accredit admin add-user NAME --role admin|concern|unit|reader [--unit ID] --data DIR \
            creates a user and prints an API token as the last line.
            """)

    @Argument(parsing: .allUnrecognized, help: "A subcommand of accredit-server admin and its options.")
    var arguments: [String] = []

    func run() throws { try ServerProgram.exec("admin", arguments) }
}
