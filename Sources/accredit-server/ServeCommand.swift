import AccreditCore
import AccreditServer
import ArgumentParser
import Foundation

/// `accredit serve`: the web application on one address, over the embedded database or a
/// shared PostgreSQL, with the catalogue the command line loads.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web application and the REST API.",
        discussion: """
            Starts on 127.0.0.1:8080 with an embedded database in --data (nothing else to install or \
            start) and prints the address. Use --database postgres://… to let several instances share \
            one PostgreSQL behind a reverse proxy. Exit status 2 when the rules or the database cannot \
            be opened.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port = 8080

    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp(
            "A folder of standard and rule files; repeatable; replaces the default rules.", valueName: "dir"),
        completion: .directory)
    var ruleFolders: [String] = []

    @Option(help: ArgumentHelp("Largest package upload, in MiB.", valueName: "mib")) var maxUpload = 64

    @Flag(help: "Mark cookies Secure: set it when users reach the server over HTTPS (through a proxy).")
    var secureCookies = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535.") }
        guard (1...4096).contains(maxUpload) else { throw ValidationError("--max-upload must be from 1 to 4096 MiB.") }
    }

    func run() async throws {
        guard let folders = ruleFolders.isEmpty ? DefaultRuleFolders.find() : ruleFolders else {
            ServerMessage.error("no rule files found: name them with --rules DIR or set ACCREDIT_RULES.")
            throw ExitCode(2)
        }
        let catalogue: Catalogue
        switch RuleFilesLoading(folders).catalogue() {
        case .success(let loaded): catalogue = loaded
        case .failure(let failure):
            for error in failure.errors { ServerMessage.error(error.text(.en)) }
            throw ExitCode(2)
        }
        let store = try await storeOptions.open()
        if try await store.users().isEmpty {
            let location = try storeOptions.location()
            let flag = storeOptions.database == nil ? "--data \(location)" : "--database URL"
            ServerMessage.say(
                "No users yet. Create the first administrator (it prints a password and an API token):\n"
                    + "  accredit admin add-user NAME --role admin \(flag)")
        }
        let settings = ServerSettings(
            host: host, port: port, maxUploadBytes: maxUpload << 20, secureCookies: secureCookies,
            concurrentChecks: max(1, ProcessInfo.processInfo.activeProcessorCount))
        let environment = ServerEnvironment(store: store, checker: RunChecker(catalogue: catalogue), settings: settings)
        let application = ServerApplication.make(environment) { host, port in
            let shown = host.contains(":") ? "[\(host)]" : host
            ServerMessage.say("accredit serve: listening on http://\(shown):\(port)")
        }
        try await application.runService()
        try await store.shutdown()
    }
}
