import AccreditTestSupport
import Foundation
import GRDB
import PostgresNIO
import Testing

@testable import AccreditServer

/// The behaviour every `Store` must have, run against both implementations: SQLite in a fresh
/// folder for each case, and PostgreSQL on a fresh database for each case when
/// `ACCREDIT_TEST_POSTGRES_URL` names a server (CI starts one with `scripts/ci/postgres.sh start`).
/// Each case owns its database, so the cases run in parallel.
@Suite("Store behaviour on SQLite and PostgreSQL")
struct StoreTests {
    // MARK: Units

    @Test(arguments: StoreKind.available)
    func unitsAreCreatedOnceUnderExistingParentsAndListedInByteOrder(_ kind: StoreKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let concern = Unit(id: "kommune", name: "Kommunen", level: .concern)
            let school = Unit(id: "skole-nord", name: "Skolen på Åvej", level: .sector, parent: "kommune")
            try await store.createUnit(concern)
            try await store.createUnit(school)
            #expect(try await store.unit(id: "skole-nord") == school)
            #expect(try await store.unit(id: "kommune") == concern)
            #expect(try await store.unit(id: "nowhere") == nil)

            await #expect(throws: StoreError.conflict("unit kommune")) {
                try await store.createUnit(Unit(id: "kommune", name: "Another", level: .concern))
            }
            await #expect(throws: StoreError.missing("unit nowhere")) {
                try await store.createUnit(Unit(id: "orphan", name: "Orphan", level: .sector, parent: "nowhere"))
            }
            // A new unit is not its own parent: the parent must exist before it.
            await #expect(throws: StoreError.missing("unit self")) {
                try await store.createUnit(Unit(id: "self", name: "Self", level: .sector, parent: "self"))
            }
            #expect(try await store.unit(id: "orphan") == nil)
            #expect(try await store.unit(id: "self") == nil)

            // Byte order, as SQLite compares text, whatever the database's collation.
            for id in ["b", "B", "a", "A", "10", "9", "å"] {
                try await store.createUnit(Unit(id: id, name: id, level: .sector))
            }
            #expect(
                try await store.units().map(\.id) == ["10", "9", "A", "B", "a", "b", "kommune", "skole-nord", "å"])
        }
    }

    @Test(arguments: StoreKind.available)
    func concurrentCreationOfOneUnitOrUserSucceedsOnce(_ kind: StoreKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let createUnit: @Sendable () async throws -> Void = {
                try await store.createUnit(Unit(id: "race", name: "Race", level: .concern))
            }
            let units = await outcomes(8, createUnit)
            #expect(units.successes == 1)
            #expect(units.errors == Array(repeating: StoreError.conflict("unit race"), count: 7))

            let createUser: @Sendable () async throws -> Void = {
                _ = try await store.createUser(name: "race", role: .reader, units: [], passwordHash: nil)
            }
            let users = await outcomes(8, createUser)
            #expect(users.successes == 1)
            #expect(users.errors == Array(repeating: StoreError.conflict("user race"), count: 7))
            let names = try await store.users().map(\.name)
            #expect(names == ["race"])
        }
    }

    // MARK: Runs

    @Test(arguments: StoreKind.available)
    func aRunKeepsItsRecordPackageAndReports(_ kind: StoreKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            try await store.createUnit(Unit(id: "skole-nord", name: "Skole Nord", level: .sector))
            let run = RunRecord(
                unit: "skole-nord", createdAt: Date(timeIntervalSince1970: 1_750_000_000), createdBy: "anna",
                asOf: "2025-06-01", verdict: "ready-with-remarks",
                summary: RunSummary(counts: ["met": 3, "not-met": 1], fulfilled: 3, assessable: 4, gaps: 1),
                standards: ["dagtilbud 2025"], ruleSets: ["base 1.0", "lokal 2.1"], catalogueHash: "c0ffee",
                packageSHA256: "5ha256",
                expiringEvidence: [ExpiringEvidence(id: "e1", title: "Brandattest", expires: "2025-12-31")])
            let package = (0...255).map(UInt8.init) + Array("PK æøå".utf8)
            let html = Array("<!doctype html><p>Klar med bemærkninger</p>".utf8)
            let json = Array(#"{"verdict":"ready-with-remarks"}"#.utf8)
            let id = try await store.addRun(run, package: package, reports: ["html": html, "json": json])

            var stored = run
            stored.id = id
            #expect(try await store.run(id: id) == stored)
            #expect(try await store.package(run: id) == package)
            #expect(try await store.report(run: id, format: "html") == html)
            #expect(try await store.report(run: id, format: "json") == json)
            #expect(try await store.report(run: id, format: "pdf") == nil)

            // A run that could not be evaluated: no verdict, no summary, an error.
            let failed = RunRecord(
                unit: "skole-nord", createdAt: Date(timeIntervalSince1970: 1_750_000_100), createdBy: "ci",
                error: "Pakken kunne ikke læses")
            let failedID = try await store.addRun(failed, package: [0x50, 0x4B], reports: [:])
            #expect(failedID != id)
            var storedFailure = failed
            storedFailure.id = failedID
            #expect(try await store.run(id: failedID) == storedFailure)
            #expect(try await store.report(run: failedID, format: "html") == nil)

            #expect(try await store.run(id: 999_999) == nil)
            #expect(try await store.package(run: 999_999) == nil)
            #expect(try await store.report(run: 999_999, format: "html") == nil)

            // A run belongs to an existing unit.
            await #expect(throws: (any Error).self) {
                _ = try await store.addRun(RunRecord(unit: "nowhere", createdBy: "anna"), package: [], reports: [:])
            }
        }
    }

    @Test(arguments: StoreKind.available)
    func runsListNewestFirstWithinTheLimitAndPairLatestWithPrevious(_ kind: StoreKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            for id in ["nord", "syd", "vest"] {
                try await store.createUnit(Unit(id: id, name: id, level: .sector))
            }
            func add(_ unit: String) async throws -> Int64 {
                try await store.addRun(RunRecord(unit: unit, createdBy: "anna", verdict: "ready"), package: [1], reports: [:])
            }
            let nord1 = try await add("nord")
            let syd1 = try await add("syd")
            let nord2 = try await add("nord")
            let nord3 = try await add("nord")

            #expect(try await store.runs(unit: "nord", limit: 10).map(\.id) == [nord3, nord2, nord1])
            #expect(try await store.runs(unit: "nord", limit: 2).map(\.id) == [nord3, nord2])
            #expect(try await store.runs(unit: "syd", limit: 10).map(\.id) == [syd1])
            #expect(try await store.runs(unit: "vest", limit: 10).isEmpty)
            #expect(try await store.runs(unit: "nowhere", limit: 10).isEmpty)

            let latest = try await store.latestRuns()
            #expect(latest.keys.sorted() == ["nord", "syd"])
            #expect(latest["nord"]?.latest.id == nord3)
            #expect(latest["nord"]?.previous?.id == nord2)
            #expect(latest["syd"]?.latest.id == syd1)
            #expect(latest["syd"].map { $0.previous == nil } == true)
            #expect(latest["nord"]?.latest == (try await store.run(id: nord3)))
        }
    }

    // MARK: Users and credentials

    @Test(arguments: StoreKind.available)
    func usersHaveUniqueNamesCredentialsAndTokens(_ kind: StoreKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let anna = try await store.createUser(
                name: "anna", role: .unit, units: ["skole-nord", "skole-syd"], passwordHash: "$2b$12$anna")
            let bo = try await store.createUser(name: "bo", role: .reader, units: [], passwordHash: nil)
            let admin = try await store.createUser(name: "Anna", role: .admin, units: [], passwordHash: "$2b$12$admin")
            #expect(Set([anna, bo, admin]).count == 3)

            await #expect(throws: StoreError.conflict("user anna")) {
                _ = try await store.createUser(name: "anna", role: .admin, units: [], passwordHash: nil)
            }

            let annaUser = User(id: anna, name: "anna", role: .unit, units: ["skole-nord", "skole-syd"])
            #expect(
                try await store.users() == [
                    User(id: admin, name: "Anna", role: .admin), annaUser, User(id: bo, name: "bo", role: .reader),
                ])
            #expect(try await store.user(id: anna) == annaUser)
            #expect(try await store.user(id: 999_999) == nil)

            let annaCredentials = try #require(try await store.credentials(name: "anna"))
            #expect(annaCredentials.user == annaUser)
            #expect(annaCredentials.passwordHash == "$2b$12$anna")
            let boCredentials = try #require(try await store.credentials(name: "bo"))
            #expect(boCredentials.passwordHash == nil)
            #expect(try await store.credentials(name: "nobody") == nil)

            try await store.setPassword(user: bo, hash: "$2b$12$bo")
            #expect(try await store.credentials(name: "bo")?.passwordHash == "$2b$12$bo")
            #expect(try await store.credentials(name: "anna")?.passwordHash == "$2b$12$anna")

            try await store.addToken(digest: "digest-1", user: anna, label: "pipeline")
            try await store.addToken(digest: "digest-2", user: bo, label: "dashboard")
            #expect(try await store.user(tokenDigest: "digest-1") == annaUser)
            #expect(try await store.user(tokenDigest: "digest-2")?.id == bo)
            #expect(try await store.user(tokenDigest: "unknown") == nil)
        }
    }

    // MARK: Sessions and login throttling

    @Test(arguments: StoreKind.available)
    func sessionsAreKeptUntilDeletedAndExpiredOnesArePruned(_ kind: StoreKind) async throws {
        try await TestDatabase.withStore(kind) { store, database in
            let anna = try await store.createUser(name: "anna", role: .admin, units: [], passwordHash: nil)
            let inAnHour = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 + 3_600).rounded(.down))
            let session = WebSession(digest: "session-1", userID: anna, csrfToken: "csrf-1", expires: inAnHour)
            try await store.createSession(session)
            #expect(try await store.session(digest: "session-1") == session)
            #expect(try await store.session(digest: "unknown") == nil)

            try await store.deleteSession(digest: "session-1")
            #expect(try await store.session(digest: "session-1") == nil)
            try await store.deleteSession(digest: "session-1")

            // Written around the store, as a session left from long ago; the next new one sweeps it.
            try await database.execute(
                "INSERT INTO sessions(digest, user_id, csrf, expires) VALUES ('old', \(anna), 'csrf', '2000-01-01T00:00:00.000Z')"
            )
            #expect(try await store.session(digest: "old") != nil)
            try await store.createSession(WebSession(digest: "session-2", userID: anna, csrfToken: "csrf-2", expires: inAnHour))
            #expect(try await store.session(digest: "old") == nil)
            #expect(try await store.session(digest: "session-2") != nil)
        }
    }

    @Test(arguments: StoreKind.available)
    func loginFailuresAreCountedSinceATimeAndForgottenAfterADay(_ kind: StoreKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            let now = Date(timeIntervalSince1970: 1_750_000_000)
            let hour: TimeInterval = 3_600
            for offset in [-25 * hour, -2 * hour, -hour, 0] {
                try await store.recordLoginFailure(name: "anna", at: now.addingTimeInterval(offset))
            }
            try await store.recordLoginFailure(name: "bo", at: now)

            #expect(try await store.loginFailures(name: "anna", since: now.addingTimeInterval(-1.5 * hour)) == 2)
            #expect(try await store.loginFailures(name: "anna", since: now.addingTimeInterval(-hour)) == 2)
            #expect(try await store.loginFailures(name: "anna", since: now) == 1)
            #expect(try await store.loginFailures(name: "anna", since: now.addingTimeInterval(1)) == 0)
            // The failure 25 hours before the last one was pruned when that one was recorded.
            #expect(try await store.loginFailures(name: "anna", since: now.addingTimeInterval(-30 * hour)) == 3)
            #expect(try await store.loginFailures(name: "bo", since: now.addingTimeInterval(-hour)) == 1)
            #expect(try await store.loginFailures(name: "nobody", since: now.addingTimeInterval(-hour)) == 0)
        }
    }

    // MARK: Drafts

    @Test(arguments: StoreKind.available)
    func draftsAreSavedPerUnitAndReplaced(_ kind: StoreKind) async throws {
        try await TestDatabase.withStore(kind) { store, _ in
            try await store.createUnit(Unit(id: "nord", name: "Nord", level: .sector))
            try await store.createUnit(Unit(id: "syd", name: "Syd", level: .sector))
            #expect(try await store.draft(unit: "nord") == nil)

            try await store.saveDraft(unit: "nord", package: [1, 2, 3])
            #expect(try await store.draft(unit: "nord") == [1, 2, 3])
            try await store.saveDraft(unit: "nord", package: [4, 0, 255])
            #expect(try await store.draft(unit: "nord") == [4, 0, 255])
            #expect(try await store.draft(unit: "syd") == nil)

            try await store.saveDraft(unit: "syd", package: [9])
            #expect(try await store.draft(unit: "syd") == [9])
            #expect(try await store.draft(unit: "nord") == [4, 0, 255])
        }
    }

    // MARK: Audit log

    @Test(arguments: StoreKind.available)
    func theAuditLogListsNewestFirstAndTheDatabaseRefusesToChangeIt(_ kind: StoreKind) async throws {
        try await TestDatabase.withStore(kind) { store, database in
            let entries = [
                AuditEntry(
                    at: Date(timeIntervalSince1970: 1_750_000_000), actor: "admin-command", action: "user.create",
                    object: "user:anna"),
                AuditEntry(
                    at: Date(timeIntervalSince1970: 1_750_000_060), actor: "anna", action: "unit.create", object: "unit:nord",
                    detail: "Skolen på Åvej"),
                AuditEntry(at: Date(timeIntervalSince1970: 1_750_000_120), actor: "anna", action: "run.create", object: "run:1"),
            ]
            for entry in entries { try await store.appendAudit(entry) }

            let listed = try await store.audit(limit: 10)
            #expect(listed.map(\.action) == ["run.create", "unit.create", "user.create"])
            #expect(listed.map(\.id) == listed.map(\.id).sorted(by: >))
            #expect(Set(listed.map(\.id)).count == 3)
            for (found, entry) in zip(listed, entries.reversed()) {
                var expected = entry
                expected.id = found.id
                #expect(found == expected)
            }
            #expect(try await store.audit(limit: 2).map(\.action) == ["run.create", "unit.create"])

            // Not only the store offers no way to change the log: the database refuses it.
            var statements = ["UPDATE audit SET actor = 'someone-else'", "DELETE FROM audit"]
            if kind == .postgres { statements.append("TRUNCATE audit") }
            for statement in statements {
                let error = await #expect(throws: RawStatementError.self) { try await database.execute(statement) }
                #expect(error?.message.contains("append-only") == true, "\(statement): \(error?.message ?? "")")
            }
            #expect(try await store.audit(limit: 10) == listed)
        }
    }

    // MARK: Schema and connection

    @Test(arguments: StoreKind.available)
    func migratingAgainKeepsTheData(_ kind: StoreKind) async throws {
        try await TestDatabase.withStore(kind) { store, database in
            try await store.createUnit(Unit(id: "nord", name: "Nord", level: .sector))
            try await store.migrate()
            try await store.migrate()
            try await store.ping()
            #expect(try await store.units().map(\.id) == ["nord"])

            // A second store on the same database, as a second instance would open it.
            let second = try await database.open()
            try await second.migrate()
            #expect(try await second.units().map(\.id) == ["nord"])
            try await second.shutdown()
        }
    }

    @Test(.enabled(if: TestDatabase.postgresURL != nil, "needs ACCREDIT_TEST_POSTGRES_URL (scripts/ci/postgres.sh start)"))
    func postgresInstancesStartingTogetherMigrateOnce() async throws {
        try await TestDatabase.withFreshDatabase(.postgres) { database in
            var stores: [any Store] = []
            for _ in 0..<4 { stores.append(try await database.open()) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for store in stores { group.addTask { try await store.migrate() } }
                try await group.waitForAll()
            }
            #expect(try await database.integer("SELECT COUNT(*) FROM schema_migrations") == 1)
            #expect(try await database.integer("SELECT MAX(version) FROM schema_migrations") == 1)
            try await stores[0].createUnit(Unit(id: "nord", name: "Nord", level: .sector))
            #expect(try await stores[3].units().map(\.id) == ["nord"])
            for store in stores { try await store.shutdown() }
        }
    }

    @Test(.enabled(if: TestDatabase.postgresURL != nil, "needs ACCREDIT_TEST_POSTGRES_URL (scripts/ci/postgres.sh start)"))
    func postgresNamesAMissingDatabase() async throws {
        let url = try #require(TestDatabase.postgresURL)
        let missing = try TestDatabase.url(url, database: "accredit_missing_\(TestDatabase.uniqueSuffix())")
        let error = await #expect(throws: StoreError.self) { _ = try await PostgresStore(url: missing) }
        guard case .unavailable(let reason)? = error else {
            Issue.record("expected unavailable, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("does not exist"), "\(reason)")
    }

    /// No server needed: nothing listens on port 1.
    @Test func postgresWithoutAServerIsUnavailableWithoutLeakingThePassword() async throws {
        let error = await #expect(throws: StoreError.self) {
            _ = try await PostgresStore(url: "postgres://accredit:hunter2@127.0.0.1:1/accredit")
        }
        guard case .unavailable(let reason)? = error else {
            Issue.record("expected unavailable, got \(String(describing: error))")
            return
        }
        #expect(!reason.contains("hunter2"))
    }

    /// A peer that takes the connection and never says a word (a wrong port, a stuck proxy) must
    /// not hang the start: no connect timeout covers it, so the store has a deadline of its own.
    @Test func postgresThatNeverAnswersIsUnavailableAfterTheDeadline() async throws {
        let silent = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { $0.eventLoop.makeSucceededVoidFuture() }
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(silent.localAddress?.port)
        let started = ContinuousClock.now
        let error = await #expect(throws: StoreError.self) {
            _ = try await PostgresStore(url: "postgres://accredit@127.0.0.1:\(port)/accredit", answerWithin: .seconds(1))
        }
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(error.map { "\($0)".contains("did not answer") } == true, "\(String(describing: error))")
        try await silent.close()
    }

    @Test func postgresURLsAreReadLikeLibpqURLs() throws {
        let full = try PostgresEndpoint(url: "postgres://accredit:p%40ss%2Fw@db.example:6543/accredit_prod?sslmode=require")
        #expect(full.host == "db.example")
        #expect(full.port == 6543)
        #expect(full.username == "accredit")
        #expect(full.password == "p@ss/w")
        #expect(full.database == "accredit_prod")
        #expect(full.requiresTLS)
        // psql's defaults: port 5432, the user's name as database, no password.
        let short = try PostgresEndpoint(url: "postgresql://reporter@localhost")
        #expect(short.port == 5432)
        #expect(short.database == "reporter")
        #expect(short.password == nil)
        #expect(!short.requiresTLS)
        #expect("\(full)" == "postgres://accredit@db.example:6543/accredit_prod?sslmode=require")
        #expect(try PostgresEndpoint(url: "postgres://db/x?sslmode=disable").requiresTLS == false)
        #expect(try PostgresEndpoint(url: "postgres://db/x?sslmode=verify-full").requiresTLS == true)
        #expect(try PostgresEndpoint(url: "postgres://db/x").username == "postgres")
        #expect(try PostgresEndpoint(url: "postgres://u@[::1]:5433/x").host == "::1")
        for bad in ["postgres://db/x?sslmode=prefer", "mysql://db/x", "postgres:///x", "not a url"] {
            #expect(throws: StoreError.self, "\(bad)") { try PostgresEndpoint(url: bad) }
        }
    }
}

// MARK: - Test databases

/// The store implementation a case runs against.
enum StoreKind: String, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    /// SQLite always; PostgreSQL only when a server is given. Without one the PostgreSQL cases are
    /// not generated at all, so no run reports them as passed without having tested anything.
    static let available: [StoreKind] = TestDatabase.postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]

    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }
}

/// What a statement run around the store reported when the database refused it.
struct RawStatementError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// A database of its own for one test case, with ways to it that do not go through the store.
struct TestDatabase: Sendable {
    /// A PostgreSQL database to create the test databases from (`postgres://…/accredit_test`).
    static let postgresURL: String? = ProcessInfo.processInfo.environment["ACCREDIT_TEST_POSTGRES_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// Opens a store on the database, not yet migrated; several may be open at once.
    let open: @Sendable () async throws -> any Store
    /// Runs one statement directly on the database.
    let execute: @Sendable (String) async throws -> Void
    /// The single integer a query returns.
    let integer: @Sendable (String) async throws -> Int?

    /// Runs `body` with a migrated store on a fresh database, shutting it down afterwards.
    static func withStore(_ kind: StoreKind, _ body: (any Store, TestDatabase) async throws -> Void) async throws {
        try await withFreshDatabase(kind) { database in
            let store = try await database.open()
            do {
                try await store.migrate()
                try await body(store, database)
            } catch {
                try? await store.shutdown()
                throw error
            }
            try await store.shutdown()
        }
    }

    /// Runs `body` with a fresh, empty database, removed afterwards.
    static func withFreshDatabase(_ kind: StoreKind, _ body: (TestDatabase) async throws -> Void) async throws {
        switch kind {
        case .sqlite:
            let folder = try TemporaryFolder("accredit-store")
            let path = folder.path
            let file = path + "/accredit.sqlite"
            let database = TestDatabase(
                open: { try SQLiteStore(folder: path) },
                execute: { sql in
                    let queue = try DatabaseQueue(path: file)
                    defer { try? queue.close() }
                    do {
                        try await queue.write { try $0.execute(sql: sql) }
                    } catch let error as DatabaseError {
                        throw RawStatementError(message: error.message ?? "\(error)")
                    }
                },
                integer: { sql in
                    let queue = try DatabaseQueue(path: file)
                    defer { try? queue.close() }
                    return try await queue.read { try Int.fetchOne($0, sql: sql) }
                })
            try await body(database)
            withExtendedLifetime(folder) {}
        case .postgres:
            let baseURL = try #require(postgresURL, "ACCREDIT_TEST_POSTGRES_URL is not set")
            let name = "accredit_test_\(uniqueSuffix())"
            try await maintenance(baseURL, "CREATE DATABASE \(name)")
            let testURL = try url(baseURL, database: name)
            let endpoint = try PostgresEndpoint(url: testURL)
            let database = TestDatabase(
                open: { try await PostgresStore(url: testURL) },
                execute: { sql in
                    try await connected(endpoint) { connection in
                        do {
                            _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).collect()
                        } catch let error as PSQLError {
                            throw RawStatementError(message: error.serverInfo?[.message] ?? String(reflecting: error))
                        }
                    }
                },
                integer: { sql in
                    try await connected(endpoint) { connection in
                        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).collect()
                        return try rows.first?.decode(Int?.self)
                    }
                })
            // WITH (FORCE): a store a failed case left open must not keep its database alive.
            do {
                try await body(database)
            } catch {
                try? await maintenance(baseURL, "DROP DATABASE \(name) WITH (FORCE)")
                throw error
            }
            try await maintenance(baseURL, "DROP DATABASE \(name) WITH (FORCE)")
        }
    }

    /// Lower-case letters and digits only, so that it needs no quoting in a database name.
    static func uniqueSuffix() -> String {
        UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    }

    /// `url` with another database.
    static func url(_ url: String, database: String) throws -> String {
        var parts = try #require(URLComponents(string: url))
        parts.path = "/" + database
        return try #require(parts.string)
    }

    private static let logger: Logger = {
        var logger = Logger(label: "accredit.store-tests")
        logger.logLevel = .critical
        return logger
    }()

    /// Runs `sql` on the database the URL names: creating and dropping test databases.
    private static func maintenance(_ url: String, _ sql: String) async throws {
        try await connected(try PostgresEndpoint(url: url)) { connection in
            _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).collect()
        }
    }

    private static func connected<T>(_ endpoint: PostgresEndpoint, _ body: (PostgresConnection) async throws -> T)
        async throws -> T
    {
        let connection = try await PostgresConnection.connect(
            configuration: try endpoint.connectionConfiguration(), id: 1, logger: logger)
        do {
            let value = try await body(connection)
            try await connection.close()
            return value
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

/// Runs `work` `count` times at once; counts the successes and collects the `StoreError`s.
private func outcomes(_ count: Int, _ work: @escaping @Sendable () async throws -> Void) async -> (
    successes: Int, errors: [StoreError]
) {
    await withTaskGroup(of: Result<Void, any Error>.self) { group in
        for _ in 0..<count {
            group.addTask {
                do {
                    try await work()
                    return .success(())
                } catch {
                    return .failure(error)
                }
            }
        }
        var successes = 0
        var errors: [StoreError] = []
        for await outcome in group {
            switch outcome {
            case .success: successes += 1
            case .failure(let error as StoreError): errors.append(error)
            case .failure(let error): errors.append(.unavailable("unexpected \(error)"))
            }
        }
        return (successes, errors)
    }
}
