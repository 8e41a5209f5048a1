import Foundation

/// Everything the server keeps: units, runs with their package and reports, users, API tokens,
/// sessions, login failures, self-evaluation drafts and the audit log. Instances keep nothing
/// else, so several of them can share one database.
///
/// Two implementations, `SQLiteStore` (embedded, the default) and `PostgresStore` (shared by
/// several instances), pass one test suite. Secrets arrive here already digested.
public protocol Store: Sendable {
    /// Creates or upgrades the schema; safe to call on every start and from several instances.
    func migrate() async throws
    /// Succeeds when the database answers (`/readyz`).
    func ping() async throws
    /// Closes connections; the store is not used afterwards.
    func shutdown() async throws

    // MARK: Units
    /// Throws `StoreError.conflict` for an existing id, `.missing` for an unknown parent.
    func createUnit(_ unit: Unit) async throws
    func units() async throws -> [Unit]
    func unit(id: String) async throws -> Unit?

    // MARK: Runs
    /// Stores a run with its package and rendered reports (format name to bytes); returns its id.
    func addRun(_ run: RunRecord, package: [UInt8], reports: [String: [UInt8]]) async throws -> Int64
    /// The runs of a unit, newest first, at most `limit`.
    func runs(unit: String, limit: Int) async throws -> [RunRecord]
    func run(id: Int64) async throws -> RunRecord?
    /// The newest run of `unit` older than run `before` that was evaluated (has no error): the
    /// base a run's changes are measured against.
    func previousCheckedRun(unit: String, before: Int64) async throws -> RunRecord?
    /// The newest run of every unit that has one, with the one before it when there is one: what
    /// the overview pages read. Neither carries its rule sets, and the previous run carries no
    /// standards or expiring evidence either (`run(id:)` gives a whole run).
    func latestRuns() async throws -> [String: (latest: RunRecord, previous: RunRecord?)]
    func report(run: Int64, format: String) async throws -> [UInt8]?
    func package(run: Int64) async throws -> [UInt8]?

    // MARK: Users and credentials
    /// Creates a user; throws `StoreError.conflict` for a taken name. Returns the new id.
    func createUser(name: String, role: Role, units: [String], passwordHash: String?) async throws -> Int64
    func users() async throws -> [User]
    func user(id: Int64) async throws -> User?
    /// The user and their bcrypt hash, for the login form.
    func credentials(name: String) async throws -> (user: User, passwordHash: String?)?
    func setPassword(user: Int64, hash: String) async throws
    func addToken(digest: String, user: Int64, label: String) async throws
    func user(tokenDigest: String) async throws -> User?

    // MARK: Sessions and login throttling
    func createSession(_ session: WebSession) async throws
    func session(digest: String) async throws -> WebSession?
    func deleteSession(digest: String) async throws
    /// Ends every session of a user (after a password change).
    func deleteSessions(user: Int64) async throws
    func recordLoginFailure(name: String, at: Date) async throws
    func loginFailures(name: String, since: Date) async throws -> Int
    /// Forgets the counted attempts of a name once it signs in.
    func clearLoginFailures(name: String) async throws

    // MARK: Self-evaluation drafts
    /// The package zip a unit's coordinator is filling in, if one was started.
    func draft(unit: String) async throws -> [UInt8]?
    func saveDraft(unit: String, package: [UInt8]) async throws

    // MARK: Audit log
    func appendAudit(_ entry: AuditEntry) async throws
    /// The newest entries first.
    func audit(limit: Int) async throws -> [AuditEntry]
}
