import Hummingbird

/// The pages that read: the concern dashboard, a unit with its history, a run with its reports
/// and downloads, the evidence that runs out, and the comparison of indicators. Every page needs
/// a signed-in user and gets units and runs only through `Access`, so a unit coordinator sees
/// their own units and nothing else; readers see every unit and change nothing here anyway.
struct ReadingPages: Sendable {
    let server: ServerEnvironment

    typealias Handler = @Sendable (Request, ServerContext) async throws -> Response

    func register(on router: some RouterMethods<ServerContext>) {
        let runs = RunPage(server: server)
        let downloads = RunDownloads(server: server)
        router.get("/", use: Self.page(DashboardPage(server: server).show))
        router.get("units/:unit", use: Self.page(UnitPage(server: server).show))
        router.get("runs/:run", use: Self.page(runs.show))
        router.get("runs/:run/report/:format", use: Self.page(downloads.report))
        router.get("runs/:run/report.{format}", use: Self.page(downloads.report))
        router.get("runs/:run/package", use: Self.page(downloads.package))
        router.get("expiring", use: Self.page(ExpiringPage(server: server).show))
        router.get("compare", use: Self.page(ComparePage(server: server).show))
    }

    /// A route whose refusals (no such unit or run, not yours, a bad parameter) are answered
    /// with a page in the user's language rather than the API's JSON, with the same status.
    static func page(_ handler: @escaping Handler) -> Handler {
        { request, context in
            do {
                return try await handler(request, context)
            } catch let error as APIError {
                return ReadingProblem.page(error, context)
            }
        }
    }
}
