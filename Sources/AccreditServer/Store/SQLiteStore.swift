import AccreditCore
import Foundation
import GRDB

/// The embedded store: one SQLite file, `accredit.sqlite`, in the data folder, written through a
/// GRDB pool (one writer, concurrent readers, WAL). Nothing to install or start.
public final class SQLiteStore: Store {
    private let pool: DatabasePool
    public let path: String

    public init(folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = folder + "/accredit.sqlite"
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        pool = try DatabasePool(path: path, configuration: configuration)
    }

    public func migrate() async throws {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            for statement in Self.schema { try db.execute(sql: statement) }
        }
        try migrator.migrate(pool)
    }

    /// Version 1 of the schema. Later versions are new migrations, never edits of this one.
    static let schema = [
        """
        CREATE TABLE units(id TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL,
          parent TEXT REFERENCES units(id), created_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE runs(id INTEGER PRIMARY KEY AUTOINCREMENT, unit TEXT NOT NULL REFERENCES units(id),
          created_at TEXT NOT NULL, created_by TEXT NOT NULL, as_of TEXT, verdict TEXT, summary TEXT, error TEXT,
          standards TEXT NOT NULL, rule_sets TEXT NOT NULL, catalogue_hash TEXT NOT NULL,
          package_sha256 TEXT NOT NULL, expiring TEXT NOT NULL)
        """,
        "CREATE INDEX runs_by_unit ON runs(unit, id)",
        "CREATE TABLE run_packages(run INTEGER PRIMARY KEY REFERENCES runs(id), body BLOB NOT NULL)",
        """
        CREATE TABLE run_reports(run INTEGER NOT NULL REFERENCES runs(id), format TEXT NOT NULL,
          body BLOB NOT NULL, PRIMARY KEY(run, format))
        """,
        """
        CREATE TABLE users(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL,
          units TEXT NOT NULL, password_hash TEXT)
        """,
        """
        CREATE TABLE tokens(digest TEXT PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
          label TEXT NOT NULL, created_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE sessions(digest TEXT PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
          csrf TEXT NOT NULL, expires TEXT NOT NULL)
        """,
        "CREATE TABLE login_failures(name TEXT NOT NULL, at TEXT NOT NULL)",
        "CREATE INDEX login_failures_by_name ON login_failures(name, at)",
        "CREATE TABLE drafts(unit TEXT PRIMARY KEY REFERENCES units(id), body BLOB NOT NULL, updated_at TEXT NOT NULL)",
        """
        CREATE TABLE audit(id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL,
          action TEXT NOT NULL, object TEXT NOT NULL, detail TEXT NOT NULL)
        """,
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    ]

    public func ping() async throws {
        _ = try await pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    public func shutdown() async throws {
        try pool.close()
    }

    // MARK: Units

    public func createUnit(_ unit: Unit) async throws {
        try await pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM units WHERE id = ?", arguments: [unit.id]) != nil {
                throw StoreError.conflict("unit \(unit.id)")
            }
            if let parent = unit.parent,
                try Bool.fetchOne(db, sql: "SELECT 1 FROM units WHERE id = ?", arguments: [parent]) == nil
            {
                throw StoreError.missing("unit \(parent)")
            }
            try db.execute(
                sql: "INSERT INTO units(id, name, level, parent, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [unit.id, unit.name, unit.level.rawValue, unit.parent, StoredValue.text(Date())])
        }
    }

    public func units() async throws -> [Unit] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, level, parent FROM units ORDER BY id").map(Self.unit)
        }
    }

    public func unit(id: String) async throws -> Unit? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT id, name, level, parent FROM units WHERE id = ?", arguments: [id])
                .map(Self.unit)
        }
    }

    private static func unit(_ row: Row) -> Unit {
        Unit(id: row["id"], name: row["name"], level: Level(rawValue: row["level"]) ?? .sector, parent: row["parent"])
    }

    // MARK: Runs

    public func addRun(_ run: RunRecord, package: [UInt8], reports: [String: [UInt8]]) async throws -> Int64 {
        try await pool.write { db in
            let columns = RunColumns.names.joined(separator: ", ")
            let marks = Array(repeating: "?", count: RunColumns.names.count).joined(separator: ", ")
            try db.execute(
                sql: "INSERT INTO runs(\(columns)) VALUES (\(marks))",
                arguments: StatementArguments(RunColumns.values(run)))
            let id = db.lastInsertedRowID
            try db.execute(
                sql: "INSERT INTO run_packages(run, body) VALUES (?, ?)", arguments: [id, Data(package)])
            for (format, body) in reports.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql: "INSERT INTO run_reports(run, format, body) VALUES (?, ?, ?)",
                    arguments: [id, format, Data(body)])
            }
            return id
        }
    }

    private static let runSelect = "SELECT id, " + RunColumns.names.joined(separator: ", ") + " FROM runs"

    private static func run(_ row: Row) -> RunRecord {
        RunColumns.record(id: row["id"]) { name in row[name] }
    }

    public func runs(unit: String, limit: Int) async throws -> [RunRecord] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: Self.runSelect + " WHERE unit = ? ORDER BY id DESC LIMIT ?", arguments: [unit, limit]
            ).map(Self.run)
        }
    }

    public func run(id: Int64) async throws -> RunRecord? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: Self.runSelect + " WHERE id = ?", arguments: [id]).map(Self.run)
        }
    }

    public func previousCheckedRun(unit: String, before: Int64) async throws -> RunRecord? {
        try await pool.read { db in
            try Row.fetchOne(
                db, sql: Self.runSelect + " WHERE unit = ? AND id < ? AND error IS NULL ORDER BY id DESC LIMIT 1",
                arguments: [unit, before]
            ).map(Self.run)
        }
    }

    public func latestRuns() async throws -> [String: (latest: RunRecord, previous: RunRecord?)] {
        let rows = try await pool.read { db in
            try Row.fetchAll(db, sql: LatestRuns.sql).map(Self.run)
        }
        return LatestRuns.pair(rows)
    }

    public func report(run: Int64, format: String) async throws -> [UInt8]? {
        try await pool.read { db in
            try Data.fetchOne(
                db, sql: "SELECT body FROM run_reports WHERE run = ? AND format = ?", arguments: [run, format]
            ).map { [UInt8]($0) }
        }
    }

    public func package(run: Int64) async throws -> [UInt8]? {
        try await pool.read { db in
            try Data.fetchOne(db, sql: "SELECT body FROM run_packages WHERE run = ?", arguments: [run]).map { [UInt8]($0) }
        }
    }

    // MARK: Users and credentials

    public func createUser(name: String, role: Role, units: [String], passwordHash: String?) async throws -> Int64 {
        try await pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM users WHERE name = ?", arguments: [name]) != nil {
                throw StoreError.conflict("user \(name)")
            }
            try db.execute(
                sql: "INSERT INTO users(name, role, units, password_hash) VALUES (?, ?, ?, ?)",
                arguments: [name, role.rawValue, StoredValue.json(units), passwordHash])
            return db.lastInsertedRowID
        }
    }

    private static func user(_ row: Row) -> User {
        User(
            id: row["id"], name: row["name"], role: Role(rawValue: row["role"]) ?? .reader,
            units: StoredValue.decode([String].self, row["units"]) ?? [])
    }

    public func users() async throws -> [User] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, role, units FROM users ORDER BY name").map(Self.user)
        }
    }

    public func user(id: Int64) async throws -> User? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT id, name, role, units FROM users WHERE id = ?", arguments: [id])
                .map(Self.user)
        }
    }

    public func credentials(name: String) async throws -> (user: User, passwordHash: String?)? {
        try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT id, name, role, units, password_hash FROM users WHERE name = ?", arguments: [name]
            ).map { row in (Self.user(row), row["password_hash"]) }
        }
    }

    public func setPassword(user: Int64, hash: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE users SET password_hash = ? WHERE id = ?", arguments: [hash, user])
        }
    }

    public func addToken(digest: String, user: Int64, label: String) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO tokens(digest, user_id, label, created_at) VALUES (?, ?, ?, ?)",
                arguments: [digest, user, label, StoredValue.text(Date())])
        }
    }

    public func user(tokenDigest: String) async throws -> User? {
        try await pool.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT users.id, users.name, users.role, users.units FROM tokens
                    JOIN users ON users.id = tokens.user_id WHERE tokens.digest = ?
                    """, arguments: [tokenDigest]
            ).map(Self.user)
        }
    }

    // MARK: Sessions and login throttling

    public func createSession(_ session: WebSession) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO sessions(digest, user_id, csrf, expires) VALUES (?, ?, ?, ?)",
                arguments: [session.digest, session.userID, session.csrfToken, StoredValue.text(session.expires)])
            // Expired sessions go when new ones come, so the table stays the size of its users.
            try db.execute(sql: "DELETE FROM sessions WHERE expires < ?", arguments: [StoredValue.text(Date())])
        }
    }

    public func session(digest: String) async throws -> WebSession? {
        try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT digest, user_id, csrf, expires FROM sessions WHERE digest = ?", arguments: [digest]
            ).map { row in
                WebSession(
                    digest: row["digest"], userID: row["user_id"], csrfToken: row["csrf"],
                    expires: StoredValue.date(row["expires"]))
            }
        }
    }

    public func deleteSession(digest: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE digest = ?", arguments: [digest])
        }
    }

    public func deleteSessions(user: Int64) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE user_id = ?", arguments: [user])
        }
    }

    public func clearLoginFailures(name: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM login_failures WHERE name = ?", arguments: [name])
        }
    }

    public func recordLoginFailure(name: String, at: Date) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO login_failures(name, at) VALUES (?, ?)", arguments: [name, StoredValue.text(at)])
            try db.execute(
                sql: "DELETE FROM login_failures WHERE at < ?",
                arguments: [StoredValue.text(at.addingTimeInterval(-86_400))])
        }
    }

    public func loginFailures(name: String, since: Date) async throws -> Int {
        try await pool.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM login_failures WHERE name = ? AND at >= ?",
                arguments: [name, StoredValue.text(since)]) ?? 0
        }
    }

    // MARK: Drafts

    public func draft(unit: String) async throws -> [UInt8]? {
        try await pool.read { db in
            try Data.fetchOne(db, sql: "SELECT body FROM drafts WHERE unit = ?", arguments: [unit]).map { [UInt8]($0) }
        }
    }

    public func saveDraft(unit: String, package: [UInt8]) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO drafts(unit, body, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT(unit) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
                    """, arguments: [unit, Data(package), StoredValue.text(Date())])
        }
    }

    // MARK: Audit

    public func appendAudit(_ entry: AuditEntry) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO audit(at, actor, action, object, detail) VALUES (?, ?, ?, ?, ?)",
                arguments: [StoredValue.text(entry.at), entry.actor, entry.action, entry.object, entry.detail])
        }
    }

    public func audit(limit: Int) async throws -> [AuditEntry] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, at, actor, action, object, detail FROM audit ORDER BY id DESC LIMIT ?",
                arguments: [limit]
            ).map { row in
                AuditEntry(
                    id: row["id"], at: StoredValue.date(row["at"]), actor: row["actor"], action: row["action"],
                    object: row["object"], detail: row["detail"])
            }
        }
    }
}
