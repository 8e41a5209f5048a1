import Foundation

/// A signed-in browser. The cookie carries a random secret; the store keeps only its digest,
/// with the CSRF token every form of the session must echo. Kept in the database so that any
/// instance behind the proxy can serve the next request.
public struct WebSession: Sendable, Hashable {
    public var digest: String
    public var userID: Int64
    public var csrfToken: String
    public var expires: Date

    public init(digest: String, userID: Int64, csrfToken: String, expires: Date) {
        self.digest = digest
        self.userID = userID
        self.csrfToken = csrfToken
        self.expires = expires
    }
}
