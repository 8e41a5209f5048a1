import AccreditCore
import AccreditReports
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The REST API under `/api/v1` (documented in Resources/openapi.json and docs/api.md). Every
/// route but the document itself needs a bearer token; every object is checked through `Access`.
struct APIRoutes: Sendable {
    let server: ServerEnvironment

    var store: any Store { server.store }
    var access: Access { Access(store: server.store) }

    func register(on router: Router<ServerContext>) {
        router.get("api/v1/openapi.json") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: ServerResources.openAPIDocument)))
        }
        let api = router.group("api/v1").add(middleware: BearerAuthentication(store: store))
        api.post("units", use: createUnit)
        api.get("units", use: listUnits)
        api.get("units/:unit", use: showUnit)
        api.post("units/:unit/runs", use: createRun)
        api.get("units/:unit/runs", use: listRuns)
        api.get("runs/:run", use: showRun)
        api.get("runs/:run/report", use: report)
        api.get("runs/:run/package", use: package)
        api.get("runs/:run/diff", use: diff)
    }

    // MARK: Units

    @Sendable func createUnit(_ request: Request, context: ServerContext) async throws -> Response {
        let user = try context.requireIdentity()
        guard user.role == .admin || user.role == .concern else {
            throw APIError(.forbidden, "Only administrators and concern coordinators create units.")
        }
        let body: UnitValue
        do {
            body = try await request.decode(as: UnitValue.self, context: context)
        } catch {
            throw APIError(
                .badRequest,
                "The body must be JSON: {\"id\": …, \"name\": …, \"level\": \"concern\" or \"sector\", \"parent\": … or null}.")
        }
        // In JSON "no parent" is null; an empty string is a mistake, not a way of saying none.
        if body.parent == "" {
            throw APIError(.badRequest, "parent must be the id of another unit or null, not an empty string.")
        }
        let unit = try UnitForm.validate(id: body.id, name: body.name, level: body.level, parent: body.parent)
        do {
            try await store.createUnit(unit)
        } catch StoreError.conflict {
            throw APIError(.conflict, "A unit with the id \"\(unit.id)\" exists already.")
        } catch StoreError.missing {
            throw APIError(.badRequest, "The parent unit \"\(unit.parent ?? "")\" does not exist; create it first.")
        }
        try await server.audit(user.name, "unit.create", "unit:\(unit.id)", "\(unit.name) (\(unit.level.rawValue))")
        return JSONOut.response(
            UnitValue(unit), status: .created,
            headers: [
                .location: "/api/v1/units/" + (unit.id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? unit.id)
            ])
    }

    @Sendable func listUnits(_ request: Request, context: ServerContext) async throws -> Response {
        JSONOut.response(try await access.readableUnits(try context.requireIdentity()).map(UnitValue.init))
    }

    @Sendable func showUnit(_ request: Request, context: ServerContext) async throws -> Response {
        let unit = try await access.unit(context.pathParameter("unit"), for: try context.requireIdentity())
        return JSONOut.response(UnitValue(unit))
    }

    // MARK: Runs

    @Sendable func createRun(_ request: Request, context: ServerContext) async throws -> Response {
        let user = try context.requireIdentity()
        let unit = try await access.checkableUnit(context.pathParameter("unit"), for: user)
        let query = request.uri.queryParameters
        let language = try Self.language(query.get("lang"))
        var asOf: Day?
        if let text = query.get("asOf") {
            guard let day = Day(iso: text) else {
                throw APIError(.badRequest, "asOf must be a date written YYYY-MM-DD, not \"\(text)\".")
            }
            asOf = day
        }
        let type = request.headers[.contentType]?.split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard type == "application/zip" || type == "application/x-zip-compressed" else {
            throw APIError(
                .unsupportedMediaType, "Send the package as a zip file with \"Content-Type: application/zip\".")
        }
        let zip = try await Upload.collect(request, limit: server.settings.maxUploadBytes)
        let name = Upload.fileName(request) ?? "package.zip"
        let outcome = await server.check(
            zip: zip, name: name, unit: unit.id, asOf: asOf, by: user.name, language: language)
        var run = outcome.run
        run.id = try await store.addRun(run, package: zip, reports: outcome.reports)
        try await server.audit(
            user.name, "run.create", "run:\(run.id)", "unit \(unit.id): \(run.verdict ?? "not evaluated")")
        let headers: HTTPFields = [.location: "/api/v1/runs/\(run.id)"]
        return JSONOut.response(
            RunCreatedValue(run: run), status: run.error == nil ? .created : .unprocessableContent, headers: headers)
    }

    @Sendable func listRuns(_ request: Request, context: ServerContext) async throws -> Response {
        let unit = try await access.unit(context.pathParameter("unit"), for: try context.requireIdentity())
        var limit = 100
        if let text = request.uri.queryParameters.get("limit") {
            guard let value = Int(text), (1...1000).contains(value) else {
                throw APIError(.badRequest, "limit must be a whole number from 1 to 1000, not \"\(text)\".")
            }
            limit = value
        }
        return JSONOut.response(try await store.runs(unit: unit.id, limit: limit).map(RunValue.init))
    }

    @Sendable func showRun(_ request: Request, context: ServerContext) async throws -> Response {
        let run = try await access.run(context.pathParameter("run"), for: try context.requireIdentity())
        return JSONOut.response(RunValue(run: run))
    }

    @Sendable func report(_ request: Request, context: ServerContext) async throws -> Response {
        let run = try await access.run(context.pathParameter("run"), for: try context.requireIdentity())
        let query = request.uri.queryParameters
        let formatName = query.get("format") ?? "json"
        guard let format = ReportFormat(rawValue: formatName) else {
            let known = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError(.badRequest, "Unknown report format \"\(formatName)\"; use one of \(known).")
        }
        let language = try Self.language(query.get("lang"))
        guard run.error == nil,
            let body = try await store.report(run: run.id, format: RunReports.key(format: format, language: language))
        else {
            throw APIError(.notFound, "Run \(run.id) has no report: its package could not be evaluated.")
        }
        return Response(
            status: .ok, headers: [.contentType: RunReports.contentType(format)],
            body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    @Sendable func package(_ request: Request, context: ServerContext) async throws -> Response {
        let run = try await access.run(context.pathParameter("run"), for: try context.requireIdentity())
        guard let body = try await store.package(run: run.id) else { throw APIError.notFound("Package of run \(run.id)") }
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/zip",
                .contentDisposition: "attachment; filename=\"\(run.unit)-run-\(run.id).zip\"",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    @Sendable func diff(_ request: Request, context: ServerContext) async throws -> Response {
        let user = try context.requireIdentity()
        let run = try await access.run(context.pathParameter("run"), for: user)
        let language = try Self.language(request.uri.queryParameters.get("lang"))
        var base: RunRecord?
        if let text = request.uri.queryParameters.get("base") {
            guard Int64(text) != nil else { throw APIError(.badRequest, "base must be a run id, not \"\(text)\".") }
            base = try await access.run(text, for: user)
        } else {
            base = try await store.previousCheckedRun(unit: run.unit, before: run.id)
        }
        let diff = try await server.diff(run, base: base, language: language)
        return JSONOut.response(DiffValue(run: run.id, base: base?.id, diff: diff))
    }

    static func language(_ text: String?) throws -> Language {
        guard let text else { return .en }
        guard let language = Language(rawValue: text) else {
            throw APIError(.badRequest, "lang must be da or en, not \"\(text)\".")
        }
        return language
    }
}

struct DiffValue: Encodable {
    var run: Int64
    var base: Int64?
    var diff: RunDiff

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(run, forKey: .run)
        try container.encode(base, forKey: .base)
        try container.encode(diff.new, forKey: .new)
        try container.encode(diff.fixed, forKey: .fixed)
        try container.encode(diff.unchanged, forKey: .unchanged)
    }

    enum Keys: String, CodingKey { case run, base, new, fixed, unchanged }
}
