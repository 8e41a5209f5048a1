import AccreditCore
import Foundation
import HTTPTypes
import Hummingbird

/// `/account/password`: every signed-in user changes their own password, proving the current
/// one first. Wrong guesses count as failed logins, so the page cannot be used to guess a
/// password around the login form's throttling.
///
/// Fields: `current`, `new`, `repeat`.
struct AccountRoutes: Sendable {
    let server: ServerEnvironment

    func register(on router: some RouterMethods<ServerContext>) {
        router.get("account/password", use: EditingPage.guarded(show))
        router.post("account/password", use: EditingPage.guarded(change))
    }

    func page(
        _ context: ServerContext, notice: String? = nil, problems: [LocalisedText] = [], status: HTTPResponse.Status = .ok
    ) -> Response {
        let language = context.language
        var values: [String: Any] = [
            "minimumLength": Passwords.minimumLength,
            "passwordRule": AdminTexts.passwordRule(language),
            "hasProblems": !problems.isEmpty,
            "problemList": problems.map { $0.text(language) },
        ]
        if let notice { values["notice"] = notice }
        return PageRenderer.shared.page(
            "admin-password", title: AdminTexts.passwordTitle, values: values, context: context, texts: AdminTexts.page,
            status: status)
    }

    @Sendable func show(_ request: Request, context: ServerContext) async throws -> Response {
        _ = try WebAccess.user(request, context)
        return page(context, notice: EditingPage.notice(request, AdminTexts.notices, context.language))
    }

    @Sendable func change(_ request: Request, context: ServerContext) async throws -> Response {
        let user = try WebAccess.user(request, context)
        let form = try await FormBody.read(request, context: context)
        try WebAccess.checkForm(form["csrf"], context)
        let current = form["current"] ?? ""
        let new = form["new"] ?? ""
        let again = form["repeat"] ?? ""
        let store = server.store
        let since = Date().addingTimeInterval(-server.settings.loginWindow)
        if try await store.loginFailures(name: user.name, since: since) >= server.settings.loginAttempts {
            try await server.audit(user.name, "password.refused", "user:\(user.name)", "too many attempts")
            return page(
                context,
                problems: [
                    LocalisedText(
                        da: "For mange forkerte forsøg. Vent et kvarter.",
                        en: "Too many wrong attempts. Wait a quarter of an hour.")
                ], status: .tooManyRequests)
        }
        var problems: [LocalisedText] = []
        if new.count < Passwords.minimumLength || new.utf8.count > 1024 {
            problems.append(
                LocalisedText(
                    da: "Den nye adgangskode skal have mindst \(Passwords.minimumLength) tegn (og højst 1024 bytes).",
                    en: "The new password needs at least \(Passwords.minimumLength) characters (and at most 1024 bytes)."))
        }
        if new != again {
            problems.append(
                LocalisedText(
                    da: "De to nye adgangskoder er ikke ens.", en: "The two new passwords differ."))
        }
        guard problems.isEmpty else { return page(context, problems: problems, status: .badRequest) }
        guard current.utf8.count <= 1024, let found = try await store.credentials(name: user.name),
            let hash = found.passwordHash, await Passwords.verify(current, hash: hash)
        else {
            try await store.recordLoginFailure(name: user.name, at: Date())
            try await server.audit(user.name, "password.failed", "user:\(user.name)", "wrong current password")
            return page(
                context,
                problems: [
                    LocalisedText(da: "Den nuværende adgangskode er forkert.", en: "The current password is wrong.")
                ], status: .badRequest)
        }
        try await store.setPassword(user: user.id, hash: await Passwords.hash(new))
        // Whoever else knew the old password is signed out everywhere; this browser goes on
        // with a new session.
        try await store.deleteSessions(user: user.id)
        let cookie = try await SessionStart.begin(user, request: request, server: server)
        try await server.audit(user.name, "user.password", "user:\(user.name)")
        var response = EditingPage.redirect("/account/password", notice: "passwordChanged")
        response.headers[.setCookie] = cookie
        return response
    }
}
