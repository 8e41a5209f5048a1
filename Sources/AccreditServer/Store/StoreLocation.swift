import Foundation

/// Where the store lives: an SQLite file in a data folder (the default, nothing to start), or a
/// PostgreSQL database given by URL (for several instances).
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    case folder(String)
    case postgres(String)

    /// The data folder when neither `--data` nor `--database` is given: `ACCREDIT_DATA`, else
    /// `accredit-data` in the current folder.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["ACCREDIT_DATA"].flatMap { $0.isEmpty ? nil : $0 } ?? "accredit-data"
    }

    /// Picks the location from the two options; `database` wins and must be a PostgreSQL URL.
    public init(data: String?, database: String?) throws(StoreLocationError) {
        if let database {
            guard database.hasPrefix("postgres://") || database.hasPrefix("postgresql://") else {
                throw StoreLocationError(
                    message:
                        "--database takes a PostgreSQL URL (postgres://user:password@host:port/name), not \"\(database)\"; for the embedded database use --data DIR."
                )
            }
            self = .postgres(database)
        } else {
            self = .folder(data ?? Self.defaultFolder())
        }
    }

    /// Opens the store (creating the folder and the schema when needed).
    public func open() async throws -> any Store {
        switch self {
        case .folder(let folder):
            return try SQLiteStore(folder: folder)
        case .postgres(let url):
            return try await PostgresStore(url: url)
        }
    }

    /// For messages: the folder, or the URL without its password.
    public var description: String {
        switch self {
        case .folder(let folder): return folder
        case .postgres(let url):
            guard var parts = URLComponents(string: url) else { return "postgres://…" }
            if parts.password != nil { parts.password = "…" }
            return parts.string ?? "postgres://…"
        }
    }
}

public struct StoreLocationError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
