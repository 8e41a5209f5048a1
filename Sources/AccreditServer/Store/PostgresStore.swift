import AccreditCore
import Foundation
import PostgresNIO

/// The shared store: one PostgreSQL database that several instances behind a proxy use at once,
/// through a pool of connections per instance (PostgresNIO's `PostgresClient`).
///
/// It mirrors `SQLiteStore` table for table and column for column: the same schema version 1,
/// the same stored text (instants and JSON through `StoredValue` and `RunColumns`), the same
/// errors and the same ordering, so that the shared test suite holds for both and a database can
/// move from one to the other by copying rows. Where PostgreSQL behaves differently by default
/// (collation, `LIMIT -1`, concurrent writers, `TRUNCATE`), the statements below say so.
public final class PostgresStore: Store {
    private let client: PostgresClient
    /// The task running the client's pool; cancelling it closes every connection (`shutdown()`).
    private let runner: Task<Void, Never>

    /// Opens a pool to `url` (`postgres://user:password@host:port/database`, TLS only with
    /// `?sslmode=require`) after one direct connection has shown that the server answers and takes
    /// the credentials. Throws `StoreError.unavailable` when it does not, with the server's reason.
    public convenience init(url: String) async throws {
        try await self.init(url: url, answerWithin: .seconds(15))
    }

    /// `init(url:)` with the time the server has to answer the first connection (shorter in tests).
    init(url: String, answerWithin limit: Duration) async throws {
        let endpoint = try PostgresEndpoint(url: url)
        // The pool retries a refused connection quietly for up to a minute before failing a
        // request, so a wrong host, password or database name would only show as a slow first
        // request. One connection of its own fails at once, with the reason. The deadline covers
        // a peer that accepts the connection but never answers, which no connect timeout does.
        do {
            let configuration = try endpoint.connectionConfiguration()
            try await Self.answering(within: limit) {
                let probe = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: Self.logger)
                try? await probe.close()
            }
        } catch {
            throw Self.storeError(error)
        }
        let client = PostgresClient(configuration: endpoint.clientConfiguration)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit {
        // A store dropped without shutdown() still lets its connections go.
        runner.cancel()
    }

    public func ping() async throws {
        // A readiness probe wants an answer now: a pool that cannot connect would otherwise keep
        // the request waiting until it gives up, after a minute.
        try await perform {
            try await Self.answering(within: .seconds(5)) { try await self.run("SELECT 1") }
        }
    }

    public func shutdown() async throws {
        runner.cancel()
        await runner.value
    }

    // MARK: Schema

    /// Applies the migrations the database lacks, in one transaction that first takes a
    /// transaction-level advisory lock: instances starting together wait for each other instead
    /// of racing to create the same tables, and the later ones find the work done. Nothing is
    /// applied twice, so every start may call it.
    public func migrate() async throws {
        try await perform {
            try await transaction { connection in
                try await connection.run("SELECT pg_advisory_xact_lock(\(Self.migrationLock))")
                try await connection.run("CREATE TABLE IF NOT EXISTS schema_migrations(version INT PRIMARY KEY)")
                var applied = Set<Int>()
                for row in try await connection.rows("SELECT version FROM schema_migrations") {
                    applied.insert(try row.decode(Int.self))
                }
                // Versions the database has but this build does not know come from a newer instance
                // of a rolling upgrade; migrations only add, so this one keeps working beside it.
                for migration in Self.migrations where !applied.contains(migration.version) {
                    for statement in migration.statements {
                        try await connection.run(PostgresQuery(unsafeSQL: statement))
                    }
                    try await connection.run("INSERT INTO schema_migrations(version) VALUES (\(migration.version))")
                }
            }
        }
    }

    /// The advisory lock key that serialises migrations: the bytes of "accredit" as a 64-bit
    /// number, unlikely to meet another application's key in a shared database.
    static let migrationLock: Int64 = 0x6163_6372_6564_6974

    struct Migration: Sendable {
        var version: Int
        var statements: [String]
    }

    /// Every schema version in order. A released migration is never edited: a change is a new
    /// version that only adds (tables, nullable columns, indexes), so that instances of the
    /// previous release keep working while a rolling upgrade replaces them.
    static let migrations = [Migration(version: 1, statements: schema)]

    /// Version 1 of the schema, `SQLiteStore.schema` in PostgreSQL: identity ids instead of
    /// AUTOINCREMENT, BYTEA bodies, and a trigger function for the append-only audit log.
    ///
    /// The columns that are ordered or compared by range use the "C" collation, byte order, as
    /// SQLite's default does: under a database's linguistic collation (en_US, da_DK) units and
    /// users would list in another order than with SQLite, and "sortable as text" instants could
    /// compare differently. Unit ids take it everywhere they appear, so the keys stay alike.
    static let schema = [
        """
        CREATE TABLE units(id TEXT COLLATE "C" PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL,
          parent TEXT COLLATE "C" REFERENCES units(id), created_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE runs(id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
          unit TEXT COLLATE "C" NOT NULL REFERENCES units(id), created_at TEXT NOT NULL, created_by TEXT NOT NULL,
          as_of TEXT, verdict TEXT, summary TEXT, error TEXT, standards TEXT NOT NULL, rule_sets TEXT NOT NULL,
          catalogue_hash TEXT NOT NULL, package_sha256 TEXT NOT NULL, expiring TEXT NOT NULL)
        """,
        "CREATE INDEX runs_by_unit ON runs(unit, id)",
        "CREATE TABLE run_packages(run BIGINT PRIMARY KEY REFERENCES runs(id), body BYTEA NOT NULL)",
        """
        CREATE TABLE run_reports(run BIGINT NOT NULL REFERENCES runs(id), format TEXT NOT NULL,
          body BYTEA NOT NULL, PRIMARY KEY(run, format))
        """,
        """
        CREATE TABLE users(id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
          name TEXT COLLATE "C" NOT NULL UNIQUE, role TEXT NOT NULL, units TEXT NOT NULL, password_hash TEXT)
        """,
        """
        CREATE TABLE tokens(digest TEXT PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES users(id),
          label TEXT NOT NULL, created_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE sessions(digest TEXT PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES users(id),
          csrf TEXT NOT NULL, expires TEXT COLLATE "C" NOT NULL)
        """,
        #"CREATE TABLE login_failures(name TEXT NOT NULL, at TEXT COLLATE "C" NOT NULL)"#,
        "CREATE INDEX login_failures_by_name ON login_failures(name, at)",
        """
        CREATE TABLE drafts(unit TEXT COLLATE "C" PRIMARY KEY REFERENCES units(id), body BYTEA NOT NULL,
          updated_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE audit(id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, at TEXT NOT NULL,
          actor TEXT NOT NULL, action TEXT NOT NULL, object TEXT NOT NULL, detail TEXT NOT NULL)
        """,
        """
        CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'the audit log is append-only';
        END
        $$
        """,
        // Per statement rather than per row: even an UPDATE or DELETE that matches nothing is
        // refused. TRUNCATE skips row triggers, so it gets one of its own (SQLite has no TRUNCATE).
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()",
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()",
        "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()",
    ]

    // MARK: Units

    public func createUnit(_ unit: Unit) async throws {
        try await perform {
            // Checked before inserting, in SQLiteStore's order, so that both stores answer alike,
            // also for a unit naming itself as parent (which a foreign key alone would accept).
            if !(try await rows("SELECT 1 FROM units WHERE id = \(unit.id)").isEmpty) {
                throw StoreError.conflict("unit \(unit.id)")
            }
            if let parent = unit.parent, try await rows("SELECT 1 FROM units WHERE id = \(parent)").isEmpty {
                throw StoreError.missing("unit \(parent)")
            }
            // Another instance may have created the same unit since the check: the insert decides.
            let inserted = try await rows(
                """
                INSERT INTO units(id, name, level, parent, created_at)
                VALUES (\(unit.id), \(unit.name), \(unit.level.rawValue), \(unit.parent), \(StoredValue.text(Date())))
                ON CONFLICT (id) DO NOTHING RETURNING id
                """)
            if inserted.isEmpty { throw StoreError.conflict("unit \(unit.id)") }
        }
    }

    public func units() async throws -> [Unit] {
        try await perform {
            try await rows("SELECT id, name, level, parent FROM units ORDER BY id").map(Self.unit)
        }
    }

    public func unit(id: String) async throws -> Unit? {
        try await perform {
            try await rows("SELECT id, name, level, parent FROM units WHERE id = \(id)").first.map(Self.unit)
        }
    }

    private static func unit(_ row: PostgresRow) throws -> Unit {
        let (id, name, level, parent) = try row.decode((String, String, String, String?).self)
        return Unit(id: id, name: name, level: Level(rawValue: level) ?? .sector, parent: parent)
    }

    // MARK: Runs

    /// The run, its package and its reports in one transaction: a run is never seen without them.
    public func addRun(_ run: RunRecord, package: [UInt8], reports: [String: [UInt8]]) async throws -> Int64 {
        try await perform {
            try await transaction { connection in
                var binds = PostgresBindings(capacity: RunColumns.names.count)
                for value in RunColumns.values(run) { binds.append(value) }
                let inserted = try await connection.rows(PostgresQuery(unsafeSQL: Self.runInsert, binds: binds))
                guard let id = try inserted.first?.decode(Int64.self) else {
                    throw StoreError.unavailable("PostgreSQL returned no id for the new run")
                }
                try await connection.run(
                    "INSERT INTO run_packages(run, body) VALUES (\(id), \(ByteBuffer(bytes: package)))")
                for (format, body) in reports.sorted(by: { $0.key < $1.key }) {
                    try await connection.run(
                        "INSERT INTO run_reports(run, format, body) VALUES (\(id), \(format), \(ByteBuffer(bytes: body)))")
                }
                return id
            }
        }
    }

    private static let runInsert =
        "INSERT INTO runs(\(RunColumns.names.joined(separator: ", "))) VALUES ("
        + (1...RunColumns.names.count).map { "$\($0)" }.joined(separator: ", ") + ") RETURNING id"

    private static let runSelect = "SELECT id, " + RunColumns.names.joined(separator: ", ") + " FROM runs"

    private static func run(_ row: PostgresRow) throws -> RunRecord {
        let columns = row.makeRandomAccess()
        var values: [String: String] = [:]
        for name in RunColumns.names {
            values[name] = try columns[name].decode(String?.self)
        }
        return RunColumns.record(id: try columns["id"].decode(Int64.self)) { values[$0] }
    }

    public func runs(unit: String, limit: Int) async throws -> [RunRecord] {
        try await perform {
            var query = PostgresQuery(unsafeSQL: Self.runSelect + " WHERE unit = $1 ORDER BY id DESC LIMIT $2")
            query.binds.append(unit)
            query.binds.append(Self.rowLimit(limit))
            return try await rows(query).map(Self.run)
        }
    }

    public func previousCheckedRun(unit: String, before: Int64) async throws -> RunRecord? {
        try await perform {
            var query = PostgresQuery(
                unsafeSQL: Self.runSelect + " WHERE unit = $1 AND id < $2 AND error IS NULL ORDER BY id DESC LIMIT 1")
            query.binds.append(unit)
            query.binds.append(before)
            return try await rows(query).map(Self.run).first
        }
    }

    /// SQLite reads a negative LIMIT as "no limit" where PostgreSQL refuses it; LIMIT NULL is
    /// PostgreSQL's "no limit".
    private static func rowLimit(_ limit: Int) -> Int? { limit < 0 ? nil : limit }

    public func run(id: Int64) async throws -> RunRecord? {
        try await perform {
            var query = PostgresQuery(unsafeSQL: Self.runSelect + " WHERE id = $1")
            query.binds.append(id)
            return try await rows(query).first.map(Self.run)
        }
    }

    public func latestRuns() async throws -> [String: (latest: RunRecord, previous: RunRecord?)] {
        let runs = try await perform {
            try await rows(
                PostgresQuery(unsafeSQL: LatestRuns.sql)
            ).map(Self.run)
        }
        return LatestRuns.pair(runs)
    }

    public func report(run: Int64, format: String) async throws -> [UInt8]? {
        try await perform {
            try await rows("SELECT body FROM run_reports WHERE run = \(run) AND format = \(format)").first.map(Self.bytes)
        }
    }

    public func package(run: Int64) async throws -> [UInt8]? {
        try await perform {
            try await rows("SELECT body FROM run_packages WHERE run = \(run)").first.map(Self.bytes)
        }
    }

    private static func bytes(_ row: PostgresRow) throws -> [UInt8] {
        Array(try row.decode(ByteBuffer.self).readableBytesView)
    }

    // MARK: Users and credentials

    public func createUser(name: String, role: Role, units: [String], passwordHash: String?) async throws -> Int64 {
        try await perform {
            // The unique name decides, also between instances creating the same user at once.
            let inserted = try await rows(
                """
                INSERT INTO users(name, role, units, password_hash)
                VALUES (\(name), \(role.rawValue), \(StoredValue.json(units)), \(passwordHash))
                ON CONFLICT (name) DO NOTHING RETURNING id
                """)
            guard let id = try inserted.first?.decode(Int64.self) else { throw StoreError.conflict("user \(name)") }
            return id
        }
    }

    private static func user(_ row: PostgresRow) throws -> User {
        let (id, name, role, units) = try row.decode((Int64, String, String, String).self)
        return User(
            id: id, name: name, role: Role(rawValue: role) ?? .reader,
            units: StoredValue.decode([String].self, units) ?? [])
    }

    public func users() async throws -> [User] {
        try await perform {
            try await rows("SELECT id, name, role, units FROM users ORDER BY name").map(Self.user)
        }
    }

    public func user(id: Int64) async throws -> User? {
        try await perform {
            try await rows("SELECT id, name, role, units FROM users WHERE id = \(id)").first.map(Self.user)
        }
    }

    public func credentials(name: String) async throws -> (user: User, passwordHash: String?)? {
        try await perform {
            guard
                let row = try await rows(
                    "SELECT id, name, role, units, password_hash FROM users WHERE name = \(name)"
                ).first
            else { return nil }
            let hash = try row.makeRandomAccess()["password_hash"].decode(String?.self)
            return (try Self.user(row), hash)
        }
    }

    public func setPassword(user: Int64, hash: String) async throws {
        try await perform {
            try await run("UPDATE users SET password_hash = \(hash) WHERE id = \(user)")
        }
    }

    public func addToken(digest: String, user: Int64, label: String) async throws {
        try await perform {
            try await run(
                """
                INSERT INTO tokens(digest, user_id, label, created_at)
                VALUES (\(digest), \(user), \(label), \(StoredValue.text(Date())))
                """)
        }
    }

    public func user(tokenDigest: String) async throws -> User? {
        try await perform {
            try await rows(
                """
                SELECT users.id, users.name, users.role, users.units FROM tokens
                JOIN users ON users.id = tokens.user_id WHERE tokens.digest = \(tokenDigest)
                """
            ).first.map(Self.user)
        }
    }

    // MARK: Sessions and login throttling

    public func createSession(_ session: WebSession) async throws {
        try await perform {
            try await transaction { connection in
                try await connection.run(
                    """
                    INSERT INTO sessions(digest, user_id, csrf, expires)
                    VALUES (\(session.digest), \(session.userID), \(session.csrfToken), \(StoredValue.text(session.expires)))
                    """)
                // Expired sessions go when new ones come, so the table stays the size of its users.
                try await connection.run("DELETE FROM sessions WHERE expires < \(StoredValue.text(Date()))")
            }
        }
    }

    public func session(digest: String) async throws -> WebSession? {
        try await perform {
            guard
                let row = try await rows("SELECT digest, user_id, csrf, expires FROM sessions WHERE digest = \(digest)")
                    .first
            else { return nil }
            let (digest, userID, csrf, expires) = try row.decode((String, Int64, String, String).self)
            return WebSession(digest: digest, userID: userID, csrfToken: csrf, expires: StoredValue.date(expires))
        }
    }

    public func deleteSession(digest: String) async throws {
        try await perform {
            try await run("DELETE FROM sessions WHERE digest = \(digest)")
        }
    }

    public func deleteSessions(user: Int64) async throws {
        try await perform {
            try await run("DELETE FROM sessions WHERE user_id = \(user)")
        }
    }

    public func clearLoginFailures(name: String) async throws {
        try await perform {
            try await run("DELETE FROM login_failures WHERE name = \(name)")
        }
    }

    public func recordLoginFailure(name: String, at: Date) async throws {
        try await perform {
            try await transaction { connection in
                try await connection.run("INSERT INTO login_failures(name, at) VALUES (\(name), \(StoredValue.text(at)))")
                // A day is the longest any throttle looks back; older failures only take space.
                try await connection.run(
                    "DELETE FROM login_failures WHERE at < \(StoredValue.text(at.addingTimeInterval(-86_400)))")
            }
        }
    }

    public func loginFailures(name: String, since: Date) async throws -> Int {
        try await perform {
            let counted = try await rows(
                "SELECT COUNT(*) FROM login_failures WHERE name = \(name) AND at >= \(StoredValue.text(since))")
            return Int(try counted.first?.decode(Int64.self) ?? 0)
        }
    }

    // MARK: Drafts

    public func draft(unit: String) async throws -> [UInt8]? {
        try await perform {
            try await rows("SELECT body FROM drafts WHERE unit = \(unit)").first.map(Self.bytes)
        }
    }

    public func saveDraft(unit: String, package: [UInt8]) async throws {
        try await perform {
            try await run(
                """
                INSERT INTO drafts(unit, body, updated_at) VALUES (\(unit), \(ByteBuffer(bytes: package)), \(StoredValue.text(Date())))
                ON CONFLICT(unit) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
                """)
        }
    }

    // MARK: Audit

    public func appendAudit(_ entry: AuditEntry) async throws {
        try await perform {
            try await run(
                """
                INSERT INTO audit(at, actor, action, object, detail)
                VALUES (\(StoredValue.text(entry.at)), \(entry.actor), \(entry.action), \(entry.object), \(entry.detail))
                """)
        }
    }

    public func audit(limit: Int) async throws -> [AuditEntry] {
        try await perform {
            try await rows(
                """
                SELECT id, at, actor, action, object, detail FROM audit ORDER BY id DESC LIMIT \(Self.rowLimit(limit))
                """
            ).map { row in
                let (id, at, actor, action, object, detail) = try row.decode(
                    (Int64, String, String, String, String, String).self)
                return AuditEntry(
                    id: id, at: StoredValue.date(at), actor: actor, action: action, object: object, detail: detail)
            }
        }
    }

    // MARK: Statements and errors

    /// PostgresNIO logs through swift-log. The store reports every failure as a `StoreError`
    /// instead, so its own messages are kept out of the application's log.
    fileprivate static let logger: Logger = {
        var logger = Logger(label: "accredit.postgres-store")
        logger.logLevel = .critical
        return logger
    }()

    /// Runs `query` on a pooled connection and collects its rows. Collecting matters: a
    /// connection returns to the pool only once its rows have been read.
    private func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await client.query(query, logger: Self.logger).collect()
    }

    private func run(_ query: PostgresQuery) async throws {
        _ = try await rows(query)
    }

    /// Runs `body` on one connection between BEGIN and COMMIT, rolling back when it throws. Not
    /// PostgresNIO's `withTransaction`, which wraps every error in its own type: a `StoreError`
    /// thrown inside must reach the caller as it is.
    private func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await connection.run("BEGIN")
            let value: T
            do {
                value = try await body(connection)
            } catch {
                // A connection that cannot even roll back is broken, and the pool drops it.
                try? await connection.run("ROLLBACK")
                throw error
            }
            try await connection.run("COMMIT")
            return value
        }
    }

    /// Every public method runs through here, so that routes see `StoreError` and never
    /// PostgresNIO's types.
    private func perform<T: Sendable>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch {
            throw Self.storeError(error)
        }
    }

    /// `work`, or `StoreError.unavailable` when it has not finished after `limit`.
    private static func answering<T: Sendable>(
        within limit: Duration, _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw StoreError.unavailable("PostgreSQL did not answer within \(limit)")
            }
            return value
        }
    }

    /// PostgresNIO's errors as `StoreError`. Unique and foreign-key violations that no method
    /// checks itself become `.conflict` and `.missing`, named by table and constraint rather than
    /// by the server's detail, which quotes the values (token digests among them). Everything else
    /// is `.unavailable`, with the server's message or the connection's failure but never the URL,
    /// which may hold the password. `PSQLError` itself describes nothing, by design.
    static func storeError(_ error: any Error) -> any Error {
        switch error {
        case is StoreError, is CancellationError:
            return error
        case let error as PSQLError:
            guard let server = error.serverInfo else {
                let what =
                    error.code == .connectionError
                    ? "cannot connect to PostgreSQL" : "the connection to PostgreSQL failed (\(error.code))"
                return StoreError.unavailable(what + (error.underlying.map { ": \($0)" } ?? ""))
            }
            let state = server[.sqlState] ?? ""
            let what = [server[.tableName], server[.constraintName]].compactMap { $0 }.joined(separator: " ")
            switch state {
            case SQLState.uniqueViolation: return StoreError.conflict(what)
            case SQLState.foreignKeyViolation: return StoreError.missing(what)
            default:
                return StoreError.unavailable("PostgreSQL refused: \(server[.message] ?? "no message") (SQLSTATE \(state))")
            }
        case let error as PostgresDecodingError:
            return StoreError.unavailable(
                "unexpected \(error.postgresType) in column \(error.columnName) (\(error.code))")
        default:
            // In practice the pool's own error: no connection could be opened for a minute.
            return StoreError.unavailable("no connection to PostgreSQL: \(error)")
        }
    }

    /// The SQLSTATE codes the store tells apart (PostgreSQL's appendix "Error Codes").
    enum SQLState {
        static let uniqueViolation = "23505"
        static let foreignKeyViolation = "23503"
    }
}

extension PostgresConnection {
    /// `rows` and `run` of the store, on a connection it holds for a transaction.
    fileprivate func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await self.query(query, logger: PostgresStore.logger).collect()
    }

    fileprivate func run(_ query: PostgresQuery) async throws {
        _ = try await rows(query)
    }
}

// MARK: - Connection settings

/// What the store takes from `postgres://user:password@host:port/database?sslmode=require`: the
/// usual libpq URL, reduced to what an instance needs. The user defaults to `postgres`, the port
/// to 5432 and the database to the user's name, as with psql.
///
/// TLS is off unless `sslmode` asks for it. `require`, `verify-ca` and `verify-full` all mean TLS
/// with the certificate checked against the system's trusted roots and the host name: stricter
/// than libpq's `require`, which accepts any certificate, because an unchecked certificate does
/// not keep the password from whoever sits between instance and database. Any other `sslmode`
/// than those and `disable` is refused rather than quietly read as "no TLS".
struct PostgresEndpoint: Sendable, Equatable, CustomStringConvertible {
    var host: String
    var port: Int
    var username: String
    var password: String?
    var database: String
    var requiresTLS: Bool

    init(url: String) throws(StoreError) {
        guard let parts = URLComponents(string: url), parts.scheme == "postgres" || parts.scheme == "postgresql",
            var host = parts.host, !host.isEmpty
        else {
            throw StoreError.unavailable(
                "not a PostgreSQL URL: expected postgres://user:password@host:port/database")
        }
        // An IPv6 address comes bracketed from some Foundation versions and bare from others.
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.host = host
        port = parts.port ?? 5432
        username = parts.user.flatMap { $0.isEmpty ? nil : $0 } ?? "postgres"
        password = parts.password
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        database = path.isEmpty ? username : path
        switch parts.queryItems?.last(where: { $0.name == "sslmode" })?.value {
        case nil, "disable": requiresTLS = false
        case "require", "verify-ca", "verify-full": requiresTLS = true
        case let mode?:
            throw StoreError.unavailable(
                "sslmode=\(mode) is not supported; use sslmode=require (TLS, certificate verified) or leave it out")
        }
    }

    /// For messages: never the password.
    var description: String {
        "postgres://\(username)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
            + (requiresTLS ? "?sslmode=require" : "")
    }

    var clientConfiguration: PostgresClient.Configuration {
        PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database,
            tls: requiresTLS ? .require(.makeClientConfiguration()) : .disable)
    }

    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        PostgresConnection.Configuration(
            host: host, port: port, username: username, password: password, database: database,
            tls: requiresTLS ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable)
    }
}
