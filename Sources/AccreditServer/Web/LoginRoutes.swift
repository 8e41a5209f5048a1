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
        "busy": LocalisedText(
            da: "Serveren har travlt lige nu. Prøv igen om lidt.", en: "The server is busy. Try again in a moment."),
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
        try Self.checkOrigin(request)
        let form = try await FormBody.read(request, context: context)
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = form["password"] ?? ""
        let next = form["next"]
        let store = server.store
        let since = Date().addingTimeInterval(-server.settings.loginWindow)
        guard User.isValidName(name), password.utf8.count <= 1024 else {
            return page(context, next: next, message: "wrong", status: .unauthorized)
        }
        // The attempt is counted before the password is looked at, and the count read after:
        // a burst of parallel guesses cannot all pass a check made before any of them failed.
        try await store.recordLoginFailure(name: name, at: Date())
        let attempts = try await store.loginFailures(name: name, since: since)
        if attempts > server.settings.loginAttempts {
            // Audited once, when the limit is first passed, so that guessing cannot flood the log.
            if attempts == server.settings.loginAttempts + 1 {
                try await server.audit(name, "login.refused", "user:\(name)", "too many attempts")
            }
            return page(context, next: next, message: "throttled", status: .tooManyRequests)
        }
        let found = try await store.credentials(name: name)
        // An unknown name costs the same bcrypt work as a wrong password, so that the time of
        // the answer does not tell which names exist.
        guard let verified = await Self.verify(password, against: found?.passwordHash) else {
            return page(context, next: next, message: "busy", status: .serviceUnavailable)
        }
        guard let user = found?.user, verified else {
            if found != nil { try await server.audit(name, "login.failed", "user:\(name)") }
            return page(context, next: next, message: "wrong", status: .unauthorized)
        }
        try await store.clearLoginFailures(name: name)
        let cookie = try await SessionStart.begin(user, request: request, server: server)
        try await server.audit(name, "login", "user:\(name)")
        return Response(status: .seeOther, headers: [.location: WebAccess.safeNext(next), .setCookie: cookie])
    }

    /// A hash of a password nobody has, at the cost real ones have, for unknown names.
    private static let decoy = Passwords.hashNow(Secret.make())

    /// bcrypt at most a few at a time: each takes a quarter of a second of a core by design, and
    /// a flood of sign-ins must not take the cores from checks. Nil when too many are waiting.
    private static let gate = PasswordGate(running: 2, waiting: 16)

    private static func verify(_ password: String, against hash: String?) async -> Bool? {
        guard await gate.enter() else { return nil }
        let result = await Passwords.verify(password, hash: hash ?? decoy)
        await gate.leave()
        return hash != nil && result
    }

    /// Another site's form may not sign a browser in (to an account of the other site's
    /// choosing): a sign-in whose `Origin` names another host is refused.
    static func checkOrigin(_ request: Request) throws {
        guard let origin = request.headers[.origin], origin != "null" else { return }
        let host = request.head.authority ?? ""
        guard let parsed = URLComponents(string: origin), let originHost = parsed.host else {
            throw APIError(.forbidden, "The sign-in form must be sent from this site.")
        }
        let originAuthority = originHost + (parsed.port.map { ":\($0)" } ?? "")
        guard originAuthority.lowercased() == host.lowercased() else {
            throw APIError(.forbidden, "The sign-in form must be sent from this site.")
        }
    }

    @Sendable func signOut(_ request: Request, context: ServerContext) async throws -> Response {
        let secure = SessionCookie.secure(request, settings: server.settings)
        let form = try await FormBody.read(request, context: context)
        // A session that has already ended has nothing to protect: the cookie is cleared anyway.
        if context.session != nil {
            try WebAccess.checkForm(form["csrf"], context)
            if let secret = SessionCookie.value(request) { try await server.store.deleteSession(digest: Secret.digest(secret)) }
        }
        return Response(status: .seeOther, headers: [.location: "/login", .setCookie: SessionCookie.clear(secure: secure)])
    }
}

/// A counter of bcrypt computations in progress, with a bounded queue.
actor PasswordGate {
    private let running: Int
    private let waitingLimit: Int
    private var busy = 0
    private var queue: [CheckedContinuation<Void, Never>] = []

    init(running: Int, waiting: Int) {
        self.running = running
        waitingLimit = waiting
    }

    /// False when the queue is full: the caller answers "busy" rather than waiting.
    func enter() async -> Bool {
        if busy < running {
            busy += 1
            return true
        }
        guard queue.count < waitingLimit else { return false }
        await withCheckedContinuation { queue.append($0) }
        return true
    }

    func leave() {
        if queue.isEmpty {
            busy -= 1
        } else {
            queue.removeFirst().resume()
        }
    }
}
