import AccreditCore
import Foundation
import Hummingbird
import HummingbirdAuth

/// What a request carries through the middlewares to its route: the signed-in user (from a
/// bearer token or a session cookie) and, for browsers, their session with its CSRF token.
public struct ServerContext: AuthRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: User?
    public var session: WebSession?
    /// The language pages are shown in (from `?lang=`, the `lang` cookie, else Danish).
    public var language: Language = .da

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// Forms and JSON bodies; package uploads collect their own, larger, limit.
    public var maxUploadSize: Int { 1 << 20 }
}

extension ServerContext {
    /// A path parameter as the client meant it: the router hands segments over still
    /// percent-encoded, and unit ids may hold Danish letters (`børnehuset-ø`).
    public func pathParameter(_ name: String) -> String {
        let raw = parameters.get(name) ?? ""
        return raw.removingPercentEncoding ?? raw
    }
}
