import Foundation

/// PostgreSQL, for several instances sharing one database. (Being written.)
public final class PostgresStore: Store {
    public init(url: String) async throws { throw StoreError.unavailable("PostgreSQL support is not built yet") }
    public func migrate() async throws {}
    public func ping() async throws {}
    public func shutdown() async throws {}
    public func createUnit(_ unit: Unit) async throws {}
    public func units() async throws -> [Unit] { [] }
    public func unit(id: String) async throws -> Unit? { nil }
    public func addRun(_ run: RunRecord, package: [UInt8], reports: [String: [UInt8]]) async throws -> Int64 { 0 }
    public func runs(unit: String, limit: Int) async throws -> [RunRecord] { [] }
    public func run(id: Int64) async throws -> RunRecord? { nil }
    public func latestRuns() async throws -> [String: (latest: RunRecord, previous: RunRecord?)] { [:] }
    public func report(run: Int64, format: String) async throws -> [UInt8]? { nil }
    public func package(run: Int64) async throws -> [UInt8]? { nil }
    public func createUser(name: String, role: Role, units: [String], passwordHash: String?) async throws -> Int64 { 0 }
    public func users() async throws -> [User] { [] }
    public func user(id: Int64) async throws -> User? { nil }
    public func credentials(name: String) async throws -> (user: User, passwordHash: String?)? { nil }
    public func setPassword(user: Int64, hash: String) async throws {}
    public func addToken(digest: String, user: Int64, label: String) async throws {}
    public func user(tokenDigest: String) async throws -> User? { nil }
    public func createSession(_ session: WebSession) async throws {}
    public func session(digest: String) async throws -> WebSession? { nil }
    public func deleteSession(digest: String) async throws {}
    public func recordLoginFailure(name: String, at: Date) async throws {}
    public func loginFailures(name: String, since: Date) async throws -> Int { 0 }
    public func draft(unit: String) async throws -> [UInt8]? { nil }
    public func saveDraft(unit: String, package: [UInt8]) async throws {}
    public func appendAudit(_ entry: AuditEntry) async throws {}
    public func audit(limit: Int) async throws -> [AuditEntry] { [] }
}
