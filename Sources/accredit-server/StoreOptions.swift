import AccreditServer
import ArgumentParser

/// Where the data lives, the same for `serve` and `admin`.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("data"),
        help: ArgumentHelp(
            "Folder of the embedded SQLite database (created when missing). Default: $ACCREDIT_DATA, else accredit-data.",
            valueName: "dir"), completion: .directory)
    var data: String?

    @Option(
        name: .customLong("database"),
        help: ArgumentHelp(
            "A PostgreSQL URL (postgres://user:password@host:port/name) instead of the embedded database, for several instances.",
            valueName: "url"))
    var database: String?

    func location() throws -> StoreLocation {
        do {
            return try StoreLocation(data: data, database: database)
        } catch {
            throw ValidationError(error.message)
        }
    }

    /// Opens and migrates the store, or ends with exit status 2 and what to do.
    func open() async throws -> any Store {
        let location = try location()
        do {
            let store = try await location.open()
            try await store.migrate()
            return store
        } catch {
            ServerMessage.error("cannot open the database \(location): \(error)")
            throw ExitCode(2)
        }
    }
}
