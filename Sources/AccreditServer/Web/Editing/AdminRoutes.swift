import AccreditCore
import Foundation
import Hummingbird

/// Administration, for the role admin only (everybody else gets 404, as if it did not exist):
/// `/admin` with links, the users (`AdminUsers`), the units (`AdminUnits`) and the audit log,
/// which is shown and never changed: the store offers no way to, and the page no control.
struct AdminRoutes: Sendable {
    let server: ServerEnvironment

    func register(on router: some RouterMethods<ServerContext>) {
        router.get("admin", use: EditingPage.guarded(overview))
        router.get("admin/audit", use: EditingPage.guarded(audit))
        AdminUsers(server: server).register(on: router)
        AdminUnits(server: server).register(on: router)
    }

    /// The signed-in administrator; 404 for every other user.
    static func admin(_ request: Request, _ context: ServerContext) throws -> User {
        let user = try WebAccess.user(request, context)
        guard user.role == .admin else { throw PageError.notFound }
        return user
    }

    @Sendable func overview(_ request: Request, context: ServerContext) async throws -> Response {
        _ = try Self.admin(request, context)
        return PageRenderer.shared.page(
            "admin", title: AdminTexts.overviewTitle, values: [:], context: context, texts: AdminTexts.page)
    }

    @Sendable func audit(_ request: Request, context: ServerContext) async throws -> Response {
        _ = try Self.admin(request, context)
        let language = context.language
        let entries = try await server.store.audit(limit: 500).map { entry -> [String: Any] in
            [
                "id": String(entry.id), "when": PageDates.instant(entry.at, language),
                "machineTime": PageDates.machine(entry.at), "actor": entry.actor, "action": entry.action,
                "object": entry.object, "detail": entry.detail,
            ]
        }
        return PageRenderer.shared.page(
            "admin-audit", title: AdminTexts.auditTitle, values: ["entries": entries, "hasEntries": !entries.isEmpty],
            context: context, texts: AdminTexts.page)
    }
}
