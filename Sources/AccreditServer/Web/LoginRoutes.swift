import AccreditCore
import Foundation
import HTTPTypes
import Hummingbird

/// Signing in and out. Failed attempts are counted per user name in the store, so that every
/// instance refuses the sixth guess in fifteen minutes, and written to the audit log.
struct LoginRoutes: Sendable {
    let server: ServerEnvironment

    static let texts: [String: LocalisedText] = [
        "wrong": LocalisedText(da: "Forkert brugernavn eller adgangskode.", en: "Wrong user name or password."),
        "throttled": LocalisedText(
            da: "For mange forsøg. Vent et kvarter, eller bed en administrator om hjælp.",
            en: "Too many attempts. Wait a quarter of an hour, or ask an administrator."),
    ]

    func register(on router: some RouterMethods<ServerContext>) {
        router.get("login") { request, context in
            page(context, next: request.uri.queryParameters.get("next"), message: nil)
        }
        router.post("login", use: signIn)
        router.post("logout", use: signOut)
    }

    func page(_ context: ServerContext, next: String?, message: String?, status: HTTPResponse.Status = .ok) -> Response {
        var values: [String: Any] = ["next": WebAccess.safeNext(next)]
        if let message { values["message"] = LoginRoutes.texts[message]?.text(context.language) ?? message }
        return PageRenderer.shared.page(
            "login", title: PageTexts.common["signIn"]!, values: values, context: context, status: status)
    }

    @Sendable func signIn(_ request: Request, context: ServerContext) async throws -> Response {
        let form = try await FormBody.read(request, context: context)
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = form["password"] ?? ""
        let next = form["next"]
        let store = server.store
        let since = Date().addingTimeInterval(-server.settings.loginWindow)
        guard User.isValidName(name), password.utf8.count <= 1024 else {
            return page(context, next: next, message: "wrong", status: .unauthorized)
        }
        if try await store.loginFailures(name: name, since: since) >= server.settings.loginAttempts {
            try await server.audit(name, "login.refused", "user:\(name)", "too many attempts")
            return page(context, next: next, message: "throttled", status: .tooManyRequests)
        }
        guard let found = try await store.credentials(name: name), let hash = found.passwordHash,
            await Passwords.verify(password, hash: hash)
        else {
            try await store.recordLoginFailure(name: name, at: Date())
            try await server.audit(name, "login.failed", "user:\(name)")
            return page(context, next: next, message: "wrong", status: .unauthorized)
        }
        let secret = Secret.make()
        try await store.createSession(
            WebSession(
                digest: Secret.digest(secret), userID: found.user.id, csrfToken: Secret.make(),
                expires: Date().addingTimeInterval(SessionCookie.lifetime)))
        try await server.audit(name, "login", "user:\(name)")
        let secure = SessionCookie.secure(request, settings: server.settings)
        return Response(
            status: .seeOther,
            headers: [.location: WebAccess.safeNext(next), .setCookie: SessionCookie.set(secret, secure: secure)])
    }

    @Sendable func signOut(_ request: Request, context: ServerContext) async throws -> Response {
        let form = try await FormBody.read(request, context: context)
        try WebAccess.checkForm(form["csrf"], context)
        if let secret = SessionCookie.value(request) { try await server.store.deleteSession(digest: Secret.digest(secret)) }
        let secure = SessionCookie.secure(request, settings: server.settings)
        return Response(status: .seeOther, headers: [.location: "/login", .setCookie: SessionCookie.clear(secure: secure)])
    }
}
