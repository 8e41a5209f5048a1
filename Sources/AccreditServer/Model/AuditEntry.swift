import Foundation

/// One line of the append-only audit log: who changed what, when. Written by every route that
/// changes something; the store offers no way to change or delete one.
public struct AuditEntry: Sendable, Hashable, Codable {
    public var id: Int64
    public var at: Date
    /// The user's name, or `system` for the server itself and `admin-command` for the command line.
    public var actor: String
    /// What happened, as a dotted verb (`unit.create`, `run.create`, `user.create`, `login.failed`).
    public var action: String
    /// The object it happened to (`unit:hjemmeplejen-nord`, `run:12`, `user:anna`).
    public var object: String
    public var detail: String

    public init(id: Int64 = 0, at: Date = Date(), actor: String, action: String, object: String, detail: String = "") {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.object = object
        self.detail = detail
    }
}
