import Foundation
import HTTPTypes
import Hummingbird

/// What a page asks before it shows or changes anything: a signed-in user (else to the login
/// page), and for every form a CSRF token equal to the session's.
enum WebAccess {
    /// Thrown to send the browser elsewhere (to the login page, or back after a form).
    struct Redirect: Error, HTTPResponseError {
        var location: String
        var status: HTTPResponse.Status { .seeOther }

        func response(from request: Request, context: some RequestContext) throws -> Response {
            Response(status: .seeOther, headers: [.location: location])
        }
    }

    static func user(_ request: Request, _ context: ServerContext) throws -> User {
        guard let user = context.identity, context.session != nil else {
            let next = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            throw Redirect(location: "/login?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
        }
        return user
    }

    /// Refuses a form whose `csrf` field is missing or differs from the session's token: a
    /// form another site made the browser send.
    static func checkForm(_ token: String?, _ context: ServerContext) throws {
        guard let session = context.session, let token, Secret.same(token, session.csrfToken) else {
            throw APIError(.forbidden, "The form has expired or did not come from this site; reload the page and try again.")
        }
    }

    /// Only paths on this site are followed after login, so a link cannot send a user elsewhere.
    static func safeNext(_ next: String?) -> String {
        // Browsers drop tabs and line breaks from URLs, so "/\t/evil" would become "//evil":
        // no control character or space is let through.
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
            next.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F })
        else { return "/" }
        return next
    }
}
