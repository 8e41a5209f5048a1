/// What a store reports beyond "it failed": the cases a route answers differently.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A unit or user with that id or name exists already.
    case conflict(String)
    /// The object referred to (a parent unit, a user) does not exist.
    case missing(String)
    /// The database could not be reached or refused the statement.
    case unavailable(String)

    public var description: String {
        switch self {
        case .conflict(let what): return "already exists: \(what)"
        case .missing(let what): return "does not exist: \(what)"
        case .unavailable(let why): return "the database is unavailable: \(why)"
        }
    }
}
