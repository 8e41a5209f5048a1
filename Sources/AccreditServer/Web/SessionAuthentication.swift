import AccreditCore
import Foundation
import HTTPTypes
import Hummingbird

/// Signs browser requests in by their session cookie and picks the page language. It never
/// refuses: pages that need a user ask `WebAccess.user`, which sends the browser to the login
/// page; the login page itself needs none.
struct SessionAuthentication: RouterMiddleware {
    typealias Context = ServerContext
    let store: any Store

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        context.language = PageLanguage.of(request)
        if let secret = SessionCookie.value(request), secret.utf8.count <= 256,
            let session = try await store.session(digest: Secret.digest(secret)), session.expires > Date(),
            let user = try await store.user(id: session.userID)
        {
            context.identity = user
            context.session = session
        }
        var response = try await next(request, context)
        if let chosen = request.uri.queryParameters.get("lang"), Language(rawValue: chosen) != nil {
            response.headers.append(
                HTTPField(name: .setCookie, value: "lang=\(chosen); Path=/; Max-Age=31536000; SameSite=Lax"))
        }
        return response
    }
}

/// Danish unless the browser asked for English with `?lang=en` (remembered in a cookie).
enum PageLanguage {
    static func of(_ request: Request) -> Language {
        if let text = request.uri.queryParameters.get("lang"), let language = Language(rawValue: text) {
            return language
        }
        if let text = request.cookies["lang"]?.value, let language = Language(rawValue: text) { return language }
        return .da
    }
}
