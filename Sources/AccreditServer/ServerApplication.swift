import Hummingbird
import Logging

/// Puts the server together: middlewares, the health checks, the REST API and the pages, over
/// one `ServerEnvironment`. Front ends (the `serve` command, tests) call `router` or `make`.
public enum ServerApplication {
    public static func router(_ environment: ServerEnvironment) -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        let table = UnmatchedRoutes.Table()
        router.add(middleware: SecurityHeaders())
        router.add(middleware: UnmatchedRoutes(table: table))
        router.add(middleware: StoreErrors())
        HealthRoutes(store: environment.store).register(on: router)
        APIRoutes(server: environment).register(on: router)
        WebRoutes(server: environment).register(on: router)
        table.fill(router.routes)
        return router
    }

    /// The application; `onRunning` gets the address it listens on once it does (port 0 picks
    /// a free one, which is how tests and scripts start several).
    public static func make(
        _ environment: ServerEnvironment, logger: Logger? = nil,
        onRunning: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }
    ) -> some ApplicationProtocol {
        var log = logger ?? Logger(label: "accredit-server")
        if logger == nil { log.logLevel = .notice }
        return Application(
            router: router(environment),
            configuration: .init(
                address: .hostname(environment.settings.host, port: environment.settings.port), serverName: "accredit"),
            onServerRunning: { channel in
                await onRunning(environment.settings.host, channel.localAddress?.port ?? environment.settings.port)
            },
            logger: log)
    }
}

/// A database that stops answering is the server's trouble, not the client's: 503, so that a
/// proxy tries another instance, with a message rather than a stack trace.
struct StoreErrors: RouterMiddleware {
    typealias Context = ServerContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as StoreError {
            switch error {
            case .unavailable: throw APIError(.serviceUnavailable, "The database is unavailable; try again shortly.")
            case .conflict(let what): throw APIError(.conflict, "\(what) exists already.")
            case .missing(let what): throw APIError(.notFound, "\(what) was not found.")
            }
        }
    }
}
