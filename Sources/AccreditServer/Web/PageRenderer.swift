import AccreditCore
import Foundation
import HTTPTypes
import Hummingbird
import Mustache

/// Renders the server's pages: a Mustache template from Resources/templates for the page's body,
/// inside `layout.mustache` (navigation, user, language switch, sign-out form). Templates get
/// the page's values plus `t`, the page's words in its language (see `PageTexts`), and
/// `csrf`, the token every form must send back. Mustache escapes every `{{value}}` for HTML.
struct PageRenderer: Sendable {
    static let shared = PageRenderer()

    let library: MustacheLibrary

    init() {
        var library = MustacheLibrary()
        let folder = ServerResources.folder?.appendingPathComponent("templates")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder?.path ?? "")) ?? []
        for name in names where name.hasSuffix(".mustache") {
            guard let url = folder?.appendingPathComponent(name), let text = try? String(contentsOf: url, encoding: .utf8)
            else { continue }
            // A template that does not parse is a bug found by the page tests, not at a user's request.
            try? library.register(text, named: String(name.dropLast(".mustache".count)))
        }
        self.library = library
    }

    /// One page: `template`'s body in the layout, answered with `status`.
    func page(
        _ template: String, title: LocalisedText, values: [String: Any], context: ServerContext,
        texts: [String: LocalisedText] = [:], status: HTTPResponse.Status = .ok
    ) -> Response {
        let language = context.language
        var words = PageTexts.common.merging(texts) { _, page in page }.mapValues { $0.text(language) }
        words["lang"] = language.rawValue
        var all = values
        all["t"] = words
        all["csrf"] = context.session?.csrfToken ?? ""
        let body = library.render(all, withTemplate: template) ?? ""
        var layout: [String: Any] = [
            "t": words, "title": title.text(language), "body": body, "lang": language.rawValue,
            "csrf": context.session?.csrfToken ?? "",
            "otherLanguage": language == .da ? "en" : "da",
            "otherLanguageName": language == .da ? "English" : "Dansk",
        ]
        if let user = context.identity, context.session != nil {
            layout["user"] = ["name": user.name, "role": PageTexts.role(user.role).text(language)]
            layout["isAdmin"] = user.role == .admin
        }
        let html = library.render(layout, withTemplate: "layout") ?? body
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
