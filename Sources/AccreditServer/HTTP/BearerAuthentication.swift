import Hummingbird
import HummingbirdAuth

/// Signs API requests in by their bearer token (as `accredit admin add-user` prints it), looked
/// up by digest. A request without a valid token goes no further than this middleware.
struct BearerAuthentication: RouterMiddleware {
    typealias Context = ServerContext
    let store: any Store

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard let token = request.headers.bearer?.token, !token.isEmpty, token.utf8.count <= 256,
            let user = try await store.user(tokenDigest: Secret.digest(token))
        else { throw APIError.unauthorized }
        var context = context
        context.identity = user
        return try await next(request, context)
    }
}
