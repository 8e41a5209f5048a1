import AccreditCore
import Foundation
import HTTPTypes
import Hummingbird

/// The pages that change things: the self-evaluation editor, package upload and download, and
/// administration of users and units with the audit log, and each user's own password.
struct EditingPages: Sendable {
    let server: ServerEnvironment

    func register(on router: some RouterMethods<ServerContext>) {
        EvaluationRoutes(server: server).register(on: router)
        AdminRoutes(server: server).register(on: router)
        AccountRoutes(server: server).register(on: router)
    }
}

/// A refusal of an editing page, said in both languages.
struct PageError: Error {
    var status: HTTPResponse.Status
    var message: LocalisedText

    init(_ status: HTTPResponse.Status, da: String, en: String) {
        self.status = status
        message = LocalisedText(da: da, en: en)
    }

    static let notFound = PageError(
        .notFound, da: "Siden findes ikke, eller du har ikke adgang til den.",
        en: "The page does not exist, or you have no access to it.")
}

/// What the editing pages share: refusals shown as pages rather than JSON, notices after a
/// redirect, and the redirect itself.
enum EditingPage {
    static let errorTexts: [String: LocalisedText] = [
        "back": LocalisedText(da: "Tilbage til forsiden", en: "Back to the front page"),
        "errorTitle": LocalisedText(da: "Det kan ikke lade sig gøre", en: "That cannot be done"),
        "notFoundTitle": LocalisedText(da: "Siden findes ikke", en: "Page not found"),
        "forbiddenTitle": LocalisedText(da: "Ingen adgang", en: "Not allowed"),
    ]

    /// Runs a page's handler; an `APIError` (404, 403, a refused form) becomes a page with its
    /// status and message. Redirects (to the login page) pass through.
    static func guarded(
        _ handler: @escaping @Sendable (Request, ServerContext) async throws -> Response
    ) -> @Sendable (Request, ServerContext) async throws -> Response {
        { request, context in
            do {
                return try await handler(request, context)
            } catch let error as PageError {
                return errorPage(error.status, error.message.text(context.language), context: context)
            } catch let error as APIError {
                return errorPage(error.status, localised(error).text(context.language), context: context)
            }
        }
    }

    static func errorPage(_ status: HTTPResponse.Status, _ message: String, context: ServerContext) -> Response {
        let key: String
        switch status {
        case .notFound: key = "notFoundTitle"
        case .forbidden: key = "forbiddenTitle"
        default: key = "errorTitle"
        }
        return PageRenderer.shared.page(
            "evaluation-error", title: errorTexts[key]!, values: ["message": message, "back": "/"], context: context,
            texts: errorTexts, status: status)
    }

    /// The refusals of the shared code (`Access`, `WebAccess`, the body readers) in both
    /// languages; others keep their English message.
    static func localised(_ error: APIError) -> LocalisedText {
        switch error.status {
        case .notFound:
            return LocalisedText(
                da: "Det findes ikke, eller du har ikke adgang til det.", en: "It does not exist, or you have no access to it.")
        case .forbidden where error.message.contains("form has expired"):
            return LocalisedText(
                da: "Formularen er udløbet eller kom ikke fra denne side. Genindlæs siden, og prøv igen.",
                en: "The form has expired or did not come from this site. Reload the page and try again.")
        case .forbidden:
            return LocalisedText(
                da: "Din rolle må læse, men ikke ændre dette.", en: "Your role may read this but not change it.")
        case .contentTooLarge:
            return LocalisedText(da: "Det sendte er større end serveren tager imod.", en: error.message)
        default:
            return LocalisedText(da: error.message, en: error.message)
        }
    }

    /// 303 to `path` with `?notice=key` (a key of the page's notices, never free text).
    static func redirect(_ path: String, notice: String? = nil, fragment: String? = nil) -> Response {
        var location = path
        if let notice { location += "?notice=" + notice }
        if let fragment { location += "#" + fragment }
        return Response(status: .seeOther, headers: [.location: location])
    }

    /// The notice a redirect asked for, in the page's language; nil for none or an unknown key.
    static func notice(_ request: Request, _ notices: [String: LocalisedText], _ language: Language) -> String? {
        request.uri.queryParameters.get("notice").flatMap { notices[$0]?.text(language) }
    }
}
