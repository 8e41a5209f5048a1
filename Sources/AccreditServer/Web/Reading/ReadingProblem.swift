import AccreditCore
import HTTPTypes
import Hummingbird

/// The page a reading route answers with when it refuses: "not found" for a unit or run that
/// does not exist or is not the user's (the same words for both, so ids cannot be probed), and
/// the reason for a parameter it cannot use.
enum ReadingProblem {
    static let texts: [String: LocalisedText] = [
        "backToDashboard": LocalisedText(da: "Tilbage til overblikket", en: "Back to the dashboard")
    ]

    static func title(_ status: HTTPResponse.Status) -> LocalisedText {
        switch status {
        case .notFound: return LocalisedText(da: "Ikke fundet", en: "Not found")
        case .forbidden: return LocalisedText(da: "Ingen adgang", en: "Not allowed")
        case .badRequest: return LocalisedText(da: "Forespørgslen kan ikke bruges", en: "The request cannot be used")
        default: return LocalisedText(da: "Noget gik galt", en: "Something went wrong")
        }
    }

    static func message(_ status: HTTPResponse.Status) -> LocalisedText {
        switch status {
        case .notFound:
            return LocalisedText(
                da: "Siden findes ikke, eller du har ikke adgang til den.",
                en: "The page does not exist, or you do not have access to it.")
        case .forbidden:
            return LocalisedText(da: "Din rolle giver ikke adgang til dette.", en: "Your role does not allow this.")
        case .badRequest:
            return LocalisedText(
                da: "Adressen indeholder en værdi, siden ikke kan bruge.", en: "The address holds a value the page cannot use.")
        default:
            return LocalisedText(da: "Prøv igen om lidt.", en: "Try again shortly.")
        }
    }

    /// The refusal as a page. A 404 says nothing more than "not found"; other refusals add the
    /// route's own explanation, which names only what the user sent.
    static func page(_ error: APIError, _ context: ServerContext) -> Response {
        var values: [String: Any] = ["message": message(error.status).text(context.language)]
        if error.status == .badRequest { values["detail"] = error.message }
        return PageRenderer.shared.page(
            "dashboard-problem", title: title(error.status), values: values, context: context, texts: texts,
            status: error.status)
    }
}
