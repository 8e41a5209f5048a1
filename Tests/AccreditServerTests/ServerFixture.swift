import AccreditCore
import AccreditServer
import AccreditTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing

// The fixture of the REST API tests: a fresh SQLite store in a temporary folder, the shipped
// catalogue, the server's router driven in process (no socket), and one signed-in user per role.

/// The units every fixture starts with: a concern level with one sector unit under it (A), and
/// a sector unit on its own (B), so that a coordinator of the concern reaches A and not B.
enum TestUnits {
    static let concern = "lyngsoe-kommune"
    static let a = "hjemmeplejen-nord"
    static let b = "sundhedsplejen"
    static let all = [concern, a, b].sorted()
}

/// Who sends a request: one user per role, and unit coordinators of A, of B, and of the concern.
enum Who: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case admin
    case concern
    case reader
    case coordinatorA = "coordinator-a"
    case coordinatorB = "coordinator-b"
    case coordinatorConcern = "coordinator-concern"

    var role: Role {
        switch self {
        case .admin: return .admin
        case .concern: return .concern
        case .reader: return .reader
        case .coordinatorA, .coordinatorB, .coordinatorConcern: return .unit
        }
    }

    var units: [String] {
        switch self {
        case .coordinatorA: return [TestUnits.a]
        case .coordinatorB: return [TestUnits.b]
        case .coordinatorConcern: return [TestUnits.concern]
        default: return []
        }
    }

    /// What `User.canRead` should decide for the fixture's units: a coordinator reaches their
    /// own units and the units under them, everybody else every unit.
    func canRead(_ unit: String) -> Bool {
        switch self {
        case .admin, .concern, .reader: return true
        case .coordinatorA: return unit == TestUnits.a
        case .coordinatorB: return unit == TestUnits.b
        case .coordinatorConcern: return unit == TestUnits.concern || unit == TestUnits.a
        }
    }

    var mayCheck: Bool { self != .reader }
    var mayCreateUnits: Bool { self == .admin || self == .concern }

    var testDescription: String { rawValue }
}

/// The shipped Standards/ and Rules/, loaded once for every test in the process, through the
/// same entry point the server's front end uses. The folders are absolute paths found from this
/// file, so reports name the rule files by absolute path (see APIReportTests).
enum SharedCatalogue {
    static let folders = [Fixtures.path("Standards"), Fixtures.path("Rules")]
    private static let loaded: Result<Catalogue, CheckFailure> = RuleFilesLoading(folders).catalogue()

    static func get() throws -> Catalogue { try loaded.get() }
}

/// A running server over a fresh store, and the tokens of its users.
struct ServerFixture: Sendable {
    let store: SQLiteStore
    let environment: ServerEnvironment
    let tokens: [Who: String]

    /// Runs `body` against a new server; the store and its folder are removed afterwards.
    static func run<T: Sendable>(
        settings: ServerSettings = ServerSettings(),
        _ body: @Sendable (ServerFixture, APIClient) async throws -> T
    ) async throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("accredit-server-test-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try SQLiteStore(folder: folder)
        do {
            let fixture = try await make(store: store, settings: settings)
            var logger = Logger(label: "accredit-server-test")
            logger.logLevel = .critical
            let app = Application(router: ServerApplication.router(fixture.environment), logger: logger)
            let result = try await app.test(.router) { client in
                try await body(fixture, APIClient(client: client, tokens: fixture.tokens))
            }
            try await store.shutdown()
            return result
        } catch {
            try? await store.shutdown()
            throw error
        }
    }

    private static func make(store: SQLiteStore, settings: ServerSettings) async throws -> ServerFixture {
        try await store.migrate()
        try await store.createUnit(Unit(id: TestUnits.concern, name: "Lyngsø Kommune", level: .concern))
        try await store.createUnit(
            Unit(id: TestUnits.a, name: "Hjemmeplejen Nord", level: .sector, parent: TestUnits.concern))
        try await store.createUnit(Unit(id: TestUnits.b, name: "Sundhedsplejen", level: .sector))
        var tokens: [Who: String] = [:]
        for who in Who.allCases {
            let id = try await store.createUser(name: who.rawValue, role: who.role, units: who.units, passwordHash: nil)
            let token = Secret.make()
            try await store.addToken(digest: Secret.digest(token), user: id, label: "test")
            tokens[who] = token
        }
        let checker = RunChecker(catalogue: try SharedCatalogue.get())
        return ServerFixture(
            store: store, environment: ServerEnvironment(store: store, checker: checker, settings: settings),
            tokens: tokens)
    }
}

/// The test client with the fixture's tokens: requests as one of the users, or as nobody.
struct APIClient: Sendable {
    let client: any TestClientProtocol
    let tokens: [Who: String]

    func send(
        _ method: HTTPRequest.Method, _ uri: String, as who: Who?, headers: HTTPFields = [:], body: [UInt8]? = nil
    ) async throws -> TestResponse {
        var fields = headers
        if let who, let token = tokens[who] { fields[.authorization] = "Bearer \(token)" }
        return try await client.execute(
            uri: uri, method: method, headers: fields, body: body.map { ByteBuffer(bytes: $0) })
    }

    func get(_ uri: String, as who: Who?) async throws -> TestResponse {
        try await send(.get, uri, as: who)
    }

    /// Uploads a package zip to `unit`; `query` without its `?`.
    func upload(
        _ zip: [UInt8], to unit: String, as who: Who?, query: String = "", contentType: String = "application/zip"
    ) async throws -> TestResponse {
        try await send(
            .post, "/api/v1/units/\(unit)/runs" + (query.isEmpty ? "" : "?\(query)"), as: who,
            headers: [.contentType: contentType], body: zip)
    }

    /// Uploads `zip` as `who` and returns the new run's id; records an issue unless it is 201.
    func run(
        _ zip: [UInt8], to unit: String, as who: Who = .admin, query: String = "",
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async throws -> Int64 {
        let response = try await upload(zip, to: unit, as: who, query: query)
        #expect(response.status == .created, "upload: \(response.text)", sourceLocation: sourceLocation)
        return try #require(response.object["id"] as? NSNumber, sourceLocation: sourceLocation).int64Value
    }

    func postJSON(_ uri: String, _ value: Any, as who: Who?) async throws -> TestResponse {
        let body = try JSONSerialization.data(withJSONObject: value)
        return try await send(.post, uri, as: who, headers: [.contentType: "application/json"], body: Array(body))
    }
}

extension TestResponse {
    var bytes: [UInt8] { Array(body.readableBytesView) }
    var text: String { String(decoding: bytes, as: UTF8.self) }
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) }
    /// The body as a JSON object; empty when it is not one.
    var object: [String: Any] { json as? [String: Any] ?? [:] }
    var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
    var contentType: String? { headers[.contentType] }
}

/// Checks the API's error answer: the status, `application/json`, and exactly
/// `{"error": {"status": <code>, "message": "<non-empty>"}}`; a 401 also says how to sign in.
func expectError(
    _ response: TestResponse, _ status: HTTPResponse.Status, message: String? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(response.status == status, "body: \(response.text)", sourceLocation: sourceLocation)
    #expect(response.contentType == "application/json", sourceLocation: sourceLocation)
    let root = response.object
    #expect(Set(root.keys) == ["error"], "body: \(response.text)", sourceLocation: sourceLocation)
    let error = root["error"] as? [String: Any] ?? [:]
    #expect(Set(error.keys) == ["status", "message"], "body: \(response.text)", sourceLocation: sourceLocation)
    #expect((error["status"] as? NSNumber)?.intValue == status.code, sourceLocation: sourceLocation)
    let text = error["message"] as? String ?? ""
    #expect(!text.isEmpty, sourceLocation: sourceLocation)
    if let message { #expect(text == message, sourceLocation: sourceLocation) }
    if status == .unauthorized {
        #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"accredit\"", sourceLocation: sourceLocation)
    }
}

/// A run of a unit the user may not read: 404, worded exactly as for a run that does not exist
/// (`Run N was not found.`), so that neither the run nor its unit can be learnt by probing ids.
func expectHiddenRun(_ response: TestResponse, _ run: Int64, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    expectError(response, .notFound, sourceLocation: sourceLocation)
    #expect(errorMessage(response) == "Run \(run) was not found.", sourceLocation: sourceLocation)
}

/// The error message of an error answer.
func errorMessage(_ response: TestResponse) -> String {
    (response.object["error"] as? [String: Any])?["message"] as? String ?? ""
}

/// Package zips built from the examples with the system's `zip`, once per process: the manifest
/// and `evidence/` at the root of the archive, as `accredit init` lays a package out.
enum Packages {
    static let readyFolder = Fixtures.path("examples/ready-hjemmepleje")
    static let notReadyFolder = Fixtures.path("examples/not-ready-sundhed")

    private static let readyZip = Result { try zip(readyFolder) }
    private static let notReadyZip = Result { try zip(notReadyFolder) }
    /// The not-ready example with its hand-hygiene indicator raised from 84 % to 95 %, meeting
    /// the target of 90: one finding (ddkm.2.6.2) fixed, every other one the same.
    private static let handHygieneFixedZip = Result {
        try zip(notReadyFolder) { manifest in
            manifest.replacingOccurrences(
                of: #"<indicator id="haandhygiejne-audit" value="84""#,
                with: #"<indicator id="haandhygiejne-audit" value="95""#)
        }
    }

    /// The ready example inside one top-level folder, as zipping the folder itself makes it.
    private static let readyNestedZip = Result { try zip(readyFolder, nested: true) }
    /// The ready example's evidence without its manifest.
    private static let withoutManifestZip = Result { try zip(readyFolder, entries: ["evidence"]) }

    static func ready() throws -> [UInt8] { try readyZip.get() }
    static func readyNested() throws -> [UInt8] { try readyNestedZip.get() }
    static func withoutManifest() throws -> [UInt8] { try withoutManifestZip.get() }
    static func notReady() throws -> [UInt8] { try notReadyZip.get() }
    static func handHygieneFixed() throws -> [UInt8] { try handHygieneFixedZip.get() }

    /// Zips `folder`'s manifest and evidence (at the root of the archive, or in a folder
    /// `package/` when `nested`); `edit` may change the manifest first.
    static func zip(
        _ folder: String, entries: [String] = ["manifest.xml", "evidence"], nested: Bool = false,
        edit: ((String) -> String)? = nil
    ) throws -> [UInt8] {
        let work = try TemporaryFolder("accredit-server-zip")
        let copy = work.path + "/package"
        try FileManager.default.copyItem(atPath: folder, toPath: copy)
        if let edit {
            let manifest = copy + "/manifest.xml"
            let text = try String(contentsOfFile: manifest, encoding: .utf8)
            let changed = edit(text)
            guard changed != text else { throw FixtureError("the manifest edit changed nothing") }
            try changed.write(toFile: manifest, atomically: true, encoding: .utf8)
        }
        let output = work.path + "/package.zip"
        if nested {
            try runTool("/usr/bin/zip", ["-q", "-r", "-X", output] + entries.map { "package/" + $0 }, in: work.path)
        } else {
            try runTool("/usr/bin/zip", ["-q", "-r", "-X", output] + entries, in: copy)
        }
        return Array(try Data(contentsOf: URL(fileURLWithPath: output)))
    }

    /// A zip bomb: a valid manifest beside one member of 200 MiB of zeros, about 200 KiB packed.
    static func bomb() throws -> [UInt8] {
        try python(
            """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.write(sys.argv[2] + "/manifest.xml", "manifest.xml")
                with z.open("evidence/zeros.md", "w", force_zip64=True) as f:
                    chunk = bytes(1 << 20)
                    for _ in range(200):
                        f.write(chunk)
            """, readyFolder)
    }

    /// A zip with an entry that climbs out of the folder it is extracted into.
    static func traversal() throws -> [UInt8] {
        try python(
            """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.write(sys.argv[2] + "/manifest.xml", "manifest.xml")
                z.writestr("../escaped.md", "written outside the package")
                z.writestr("evidence/../../escaped-too.md", "written outside the package")
            """, readyFolder)
    }

    /// A zip with an entry that is a symbolic link to a file of the server's machine.
    static func symlink() throws -> [UInt8] {
        try python(
            """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.write(sys.argv[2] + "/manifest.xml", "manifest.xml")
                link = zipfile.ZipInfo("evidence/kvalitetsstandard-hjemmehjaelp-2026.md")
                link.create_system = 3
                link.external_attr = 0o120777 << 16
                z.writestr(link, "/etc/passwd")
            """, readyFolder)
    }

    /// Writes a zip with Python's zipfile, which can make the archives `zip` refuses to.
    private static func python(_ script: String, _ argument: String) throws -> [UInt8] {
        let work = try TemporaryFolder("accredit-server-zip")
        let output = work.path + "/hostile.zip"
        try runTool("/usr/bin/env", ["python3", "-c", script, output, argument], in: work.path)
        return Array(try Data(contentsOf: URL(fileURLWithPath: output)))
    }

    private static func runTool(_ executable: String, _ arguments: [String], in folder: String) throws {
        let result = try CommandRunner.run(executable, arguments, in: folder)
        guard result.status == 0 else {
            throw FixtureError("\(executable) \(arguments.first ?? "") failed: \(result.stderr)")
        }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The findings of a JSON report other than passed checks, as `requirement/code/rule`: what a
/// diff compares, read here independently of the server's `RunDiff`.
func findingKeys(ofReport json: [UInt8]) -> [String] {
    guard let root = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any],
        let requirements = root["requirements"] as? [[String: Any]]
    else { return [] }
    var keys: [String] = []
    for requirement in requirements {
        for finding in requirement["findings"] as? [[String: Any]] ?? [] where finding["kind"] as? String != "passed" {
            keys.append(
                [requirement["id"] as? String ?? "", finding["code"] as? String ?? "", finding["rule"] as? String ?? ""]
                    .joined(separator: "/"))
        }
    }
    return keys
}

/// The same keys of the items of one list of a diff answer (`new`, `fixed`, `unchanged`).
func findingKeys(ofDiff items: Any?) -> [String] {
    (items as? [[String: Any]] ?? []).map {
        [$0["requirement"] as? String ?? "", $0["code"] as? String ?? "", $0["rule"] as? String ?? ""]
            .joined(separator: "/")
    }
}

/// SHA-256 of bytes by the system's `sha256sum`, as lowercase hex: not the server's own hashing.
func sha256(_ bytes: [UInt8]) throws -> String {
    let folder = try TemporaryFolder("accredit-server-digest")
    let file = try folder.write("input", bytes: bytes)
    let result = try CommandRunner.run("/usr/bin/env", ["sha256sum", file], in: folder.path)
    return result.stdout.split(separator: " ").first.map(String.init) ?? ""
}
