/// The id of a check kind, as a rule file writes it in `check="…"`.
///
/// A plain value rather than an enumeration: the kinds are the registered ones
/// (`CheckRegistry`), and a rule file may name one this build does not know, which the loader
/// refuses at the rule's line. Each kind declares its constant in its own file.
public struct CheckKind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// Every kind this build knows, in registry order.
    public static var registered: [CheckKind] { CheckRegistry.kinds.map { $0.kind } }

    /// Whether this build knows the kind.
    public var isRegistered: Bool { CheckRegistry.check(for: self) != nil }

    /// The names of the parameters the kind accepts, in the order it declares them; empty for
    /// a kind this build does not know.
    public var parameterNames: [String] { CheckRegistry.check(for: self)?.parameters.map(\.name) ?? [] }
}
