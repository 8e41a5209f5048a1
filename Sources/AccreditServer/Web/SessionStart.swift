import Foundation
import HTTPTypes
import Hummingbird

/// Starting a browser session: a new random secret every time (never one the browser brought,
/// so a planted cookie cannot be promoted to a signed-in one), its digest stored with a fresh
/// CSRF token, and the cookie that carries it.
enum SessionStart {
    /// Stores a new session for `user` and returns the `Set-Cookie` value for it.
    static func begin(_ user: User, request: Request, server: ServerEnvironment) async throws -> String {
        let secret = Secret.make()
        try await server.store.createSession(
            WebSession(
                digest: Secret.digest(secret), userID: user.id, csrfToken: Secret.make(),
                expires: Date().addingTimeInterval(SessionCookie.lifetime)))
        return SessionCookie.set(secret, secure: SessionCookie.secure(request, settings: server.settings))
    }
}
