import AccreditCore
import Foundation
import HTTPTypes
import Hummingbird

/// `/admin/users`: every user with role and units, a form to create one (password hashed with
/// bcrypt), and per user a form that issues an API token, shown once and kept only as digest.
///
/// Fields: `name`, `role`, `units` (repeated), `password`; for a token `user` (the id) and `label`.
struct AdminUsers: Sendable {
    let server: ServerEnvironment

    var store: any Store { server.store }

    func register(on router: some RouterMethods<ServerContext>) {
        router.get("admin/users", use: EditingPage.guarded(list))
        router.post("admin/users", use: EditingPage.guarded(create))
        router.post("admin/users/token", use: EditingPage.guarded(issueToken))
    }

    /// What the creation form showed, to show it again after a refusal (never the password).
    struct Entered {
        var name = ""
        var role = Role.unit.rawValue
        var units: [String] = []
    }

    func page(
        _ context: ServerContext, notice: String? = nil, problems: [LocalisedText] = [], entered: Entered = Entered(),
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = context.language
        let units = try await store.units().sorted { $0.id < $1.id }
        let names = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let users = try await store.users().map { user -> [String: Any] in
            [
                "userID": String(user.id), "name": user.name, "roleName": PageTexts.role(user.role).text(language),
                "roleID": user.role.rawValue,
                "unitList": user.role == .unit
                    ? user.units.map { id in names[id].map { "\($0) (\(id))" } ?? id }.joined(separator: ", ")
                    : AdminTexts.page["allUnits"]!.text(language),
            ]
        }
        var values: [String: Any] = [
            "users": users,
            "roles": Role.allCases.map {
                ["value": $0.rawValue, "label": PageTexts.role($0).text(language), "selected": $0.rawValue == entered.role]
            },
            "unitChoices": units.map {
                ["value": $0.id, "label": "\($0.name) (\($0.id))", "selected": entered.units.contains($0.id)]
            },
            "enteredName": entered.name,
            "minimumLength": Passwords.minimumLength,
            "passwordRule": AdminTexts.passwordRule(language),
            "hasProblems": !problems.isEmpty,
            "problemList": problems.map { $0.text(language) },
        ]
        if let notice { values["notice"] = notice }
        return PageRenderer.shared.page(
            "admin-users", title: AdminTexts.usersTitle, values: values, context: context, texts: AdminTexts.page,
            status: status)
    }

    @Sendable func list(_ request: Request, context: ServerContext) async throws -> Response {
        _ = try AdminRoutes.admin(request, context)
        return try await page(context, notice: EditingPage.notice(request, AdminTexts.notices, context.language))
    }

    @Sendable func create(_ request: Request, context: ServerContext) async throws -> Response {
        let admin = try AdminRoutes.admin(request, context)
        let form = try await FormBody.read(request, context: context)
        try WebAccess.checkForm(form["csrf"], context)
        let entered = Entered(
            name: (form["name"] ?? "").trimmingCharacters(in: .whitespaces), role: form["role"] ?? "",
            units: form.values("units"))
        let password = form["password"] ?? ""
        var problems: [LocalisedText] = []
        func problem(_ da: String, _ en: String) { problems.append(LocalisedText(da: da, en: en)) }
        if !User.isValidName(entered.name) {
            problem(
                "Brugernavnet er 1 til 64 tegn uden mellemrum og kolon.",
                "The user name is 1 to 64 characters without spaces or colons.")
        }
        let role = Role(rawValue: entered.role)
        if role == nil { problem("Vælg en rolle.", "Choose a role.") }
        let known = Set(try await store.units().map(\.id))
        var units: [String] = []
        if role == .unit {
            for id in entered.units where !units.contains(id) {
                if known.contains(id) {
                    units.append(id)
                } else {
                    problem("Enheden \"\(id)\" findes ikke.", "The unit \"\(id)\" does not exist.")
                }
            }
            if units.isEmpty {
                problem(
                    "En kvalitetskoordinator for en enhed skal have mindst én enhed.",
                    "A unit quality coordinator needs at least one unit.")
            }
        }
        if password.count < Passwords.minimumLength || password.utf8.count > 1024 {
            problem(
                "Adgangskoden skal have mindst \(Passwords.minimumLength) tegn (og højst 1024 bytes).",
                "The password needs at least \(Passwords.minimumLength) characters (and at most 1024 bytes).")
        }
        guard problems.isEmpty, let role else {
            return try await page(context, problems: problems, entered: entered, status: .badRequest)
        }
        let hash = await Passwords.hash(password)
        do {
            _ = try await store.createUser(name: entered.name, role: role, units: units, passwordHash: hash)
        } catch StoreError.conflict {
            return try await page(
                context,
                problems: [
                    LocalisedText(
                        da: "Der findes allerede en bruger med navnet \"\(entered.name)\".",
                        en: "A user named \"\(entered.name)\" exists already.")
                ], entered: entered, status: .conflict)
        }
        try await server.audit(
            admin.name, "user.create", "user:\(entered.name)",
            role.rawValue + (units.isEmpty ? "" : " " + units.joined(separator: " ")))
        return EditingPage.redirect("/admin/users", notice: "userCreated")
    }

    @Sendable func issueToken(_ request: Request, context: ServerContext) async throws -> Response {
        let admin = try AdminRoutes.admin(request, context)
        let form = try await FormBody.read(request, context: context)
        try WebAccess.checkForm(form["csrf"], context)
        guard let id = form["user"].flatMap({ Int64($0) }), let user = try await store.user(id: id) else {
            throw PageError(.notFound, da: "Brugeren findes ikke.", en: "The user does not exist.")
        }
        let label = EvaluationForm.oneLine(form["label"] ?? "")
        guard label.count <= 200 else {
            return try await page(
                context,
                problems: [LocalisedText(da: "Formålet er højst 200 tegn.", en: "The purpose is at most 200 characters.")],
                status: .badRequest)
        }
        let token = Secret.make()
        let stored = label.isEmpty ? "issued by \(admin.name)" : label
        try await store.addToken(digest: Secret.digest(token), user: user.id, label: stored)
        try await server.audit(admin.name, "token.create", "user:\(user.name)", stored)
        // The one answer to a form that is not a redirect: the token exists only in this page,
        // which is never cached (Cache-Control: no-store), so reloading cannot show it again.
        return PageRenderer.shared.page(
            "admin-token", title: AdminTexts.tokenTitle, values: ["token": token, "userName": user.name, "label": stored],
            context: context, texts: AdminTexts.page)
    }
}
