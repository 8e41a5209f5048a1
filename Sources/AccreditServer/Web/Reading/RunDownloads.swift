import AccreditCore
import AccreditReports
import Foundation
import HTTPTypes
import Hummingbird

/// A run's reports and package for the browser: the API's report and package routes behind the
/// session instead of a token. `/runs/{id}/report.{ext}` and `/runs/{id}/report/{format}` take
/// a format's name (`json`) or its file extension (`junit.xml`); `?language=` or `?lang=` picks
/// the language, else the page's. (The run page links with `language`, because `lang` also
/// switches the language of the pages, which a download in the other language should not.) Every format but HTML is a download; the HTML report is shown with its own
/// content security policy, so that its inline style and script work and nothing else does.
struct RunDownloads: Sendable {
    let server: ServerEnvironment

    /// The HTML report's own policy, and a sandbox: opened on its own, the report still runs in
    /// an origin of its own, as it does in the run page's sandboxed frame.
    static let reportPolicy =
        HTMLReporter.contentSecurityPolicy + "; sandbox allow-scripts allow-modals allow-popups allow-popups-to-escape-sandbox"

    /// The format a path names, by its name or its file extension.
    static func format(_ name: String) -> ReportFormat? {
        ReportFormat(rawValue: name) ?? ReportFormat.allCases.first { $0.fileExtension == name }
    }

    /// The address of a report in `format` and `language`, to download without changing the
    /// language of the pages.
    static func href(run: Int64, format: ReportFormat, language: Language) -> String {
        "/runs/\(run)/report.\(format.fileExtension)?language=\(language.rawValue)"
    }

    @Sendable func report(_ request: Request, context: ServerContext) async throws -> Response {
        let user = try WebAccess.user(request, context)
        let run = try await Access(store: server.store).run(PagePath.parameter(context, "run"), for: user)
        let name = PagePath.parameter(context, "format")
        guard let format = Self.format(name) else {
            let known = ReportFormat.allCases.map(\.fileExtension).joined(separator: ", ")
            throw APIError(.badRequest, "Unknown report format \"\(name)\"; use one of \(known).")
        }
        let language = PageQuery(request).get("language").flatMap(Language.init(rawValue:)) ?? context.language
        guard run.error == nil,
            let body = try await server.store.report(
                run: run.id, format: RunReports.key(format: format, language: language))
        else {
            throw APIError.notFound("The report of run \(run.id)")
        }
        var headers: HTTPFields = [.contentType: RunReports.contentType(format)]
        if format == .html {
            headers[.contentSecurityPolicy] = Self.reportPolicy
        } else {
            headers[.contentDisposition] = Self.attachment(
                "\(run.unit)-run-\(run.id)-\(language.rawValue).\(format.fileExtension)")
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    @Sendable func package(_ request: Request, context: ServerContext) async throws -> Response {
        let user = try WebAccess.user(request, context)
        let run = try await Access(store: server.store).run(PagePath.parameter(context, "run"), for: user)
        guard let body = try await server.store.package(run: run.id) else {
            throw APIError.notFound("The package of run \(run.id)")
        }
        return Response(
            status: .ok,
            headers: [.contentType: "application/zip", .contentDisposition: Self.attachment("\(run.unit)-run-\(run.id).zip")],
            body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// `Content-Disposition` for a download named `name`: a plain-ASCII name for every browser,
    /// and the exact name (unit ids may hold Danish letters) for those that read `filename*`.
    static func attachment(_ name: String) -> String {
        let plain = String(
            name.unicodeScalars.map { scalar -> Character in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
                    ? Character(scalar) : "_"
            })
        guard plain != name else { return "attachment; filename=\"\(plain)\"" }
        return "attachment; filename=\"\(plain)\"; filename*=UTF-8''\(PagePath.segment(name))"
    }
}
