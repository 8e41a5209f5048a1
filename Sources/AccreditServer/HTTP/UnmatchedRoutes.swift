import HTTPTypes
import Hummingbird
import NIOConcurrencyHelpers

/// Requests no route takes: a known path with a method it does not take gets 405 with `Allow`
/// (what HTTP asks, and what API clients and scanners expect); an unknown path gets 404 with the
/// usual JSON error body rather than an empty answer.
struct UnmatchedRoutes: RouterMiddleware {
    typealias Context = ServerContext

    /// The routes, known only once every group has registered its own; read on each miss.
    final class Table: Sendable {
        private let routes = NIOLockedValueBox<[(segments: [Substring], method: HTTPRequest.Method)]>([])

        func fill(_ descriptions: [Router<ServerContext>.RouteDescription]) {
            routes.withLockedValue { value in
                value = descriptions.map { (String(describing: $0.path).split(separator: "/"), $0.method) }
            }
        }

        /// The methods routes take for `path`, empty when no route has that path.
        func methods(for path: String) -> [HTTPRequest.Method] {
            let segments = path.split(separator: "/")
            return routes.withLockedValue { value in
                value.filter { route in
                    route.segments.count == segments.count
                        && zip(route.segments, segments).allSatisfy { $0.hasPrefix(":") || $0 == "*" || $0 == $1 }
                }.map(\.method)
            }
        }
    }

    let table: Table

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && error.body == nil {
            var allowed = Set(table.methods(for: request.uri.path).map(\.rawValue))
            if allowed.contains("GET") { allowed.insert("HEAD") }
            guard !allowed.isEmpty else { throw APIError(.notFound, "No such page or API route: \(request.uri.path).") }
            let list = allowed.sorted().joined(separator: ", ")
            var response = try APIError(.methodNotAllowed, "\(request.method.rawValue) is not allowed here; use \(list).")
                .response(from: request, context: context)
            response.headers[.allow] = list
            return response
        }
    }
}
