import Foundation
import HTTPTypes
import Hummingbird

/// The browser's session cookie: a random secret, `HttpOnly` (no script reads it), `SameSite=Lax`
/// (other sites' forms do not carry it), `Secure` when the site is served over HTTPS.
enum SessionCookie {
    static let name = "accredit_session"
    /// Eight hours: a working day, after which the coordinator signs in again.
    static let lifetime: TimeInterval = 8 * 3600

    static func value(_ request: Request) -> String? {
        request.cookies[name]?.value
    }

    static func set(_ secret: String, secure: Bool) -> String {
        "\(name)=\(secret); Path=/; Max-Age=\(Int(lifetime)); HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "")
    }

    static func clear(secure: Bool) -> String {
        "\(name)=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "")
    }

    /// Whether cookies must be `Secure`: the server was told so, or the proxy says the browser
    /// came over HTTPS.
    static func secure(_ request: Request, settings: ServerSettings) -> Bool {
        settings.secureCookies || request.headers[HTTPField.Name("X-Forwarded-Proto")!] == "https"
    }
}
