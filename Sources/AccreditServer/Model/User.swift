import Foundation

/// A person or a pipeline that signs in. Passwords and tokens are kept only as digests, in the
/// store, never here.
public struct User: Sendable, Hashable, Codable {
    public var id: Int64
    public var name: String
    public var role: Role
    /// The units a unit coordinator works for; empty for the other roles, which see every unit.
    public var units: [String]

    public init(id: Int64, name: String, role: Role, units: [String] = []) {
        self.id = id
        self.name = name
        self.role = role
        self.units = units
    }

    /// Whether this user may read `unit` and its runs. A unit coordinator also reaches the units
    /// under their own, so the coordinator of a concern sees its sector units.
    public func canRead(_ unit: Unit, in all: [String: Unit]) -> Bool {
        if role.seesAllUnits { return true }
        var current: Unit? = unit
        var steps = 0
        while let here = current, steps < 64 {
            if units.contains(here.id) { return true }
            current = here.parent.flatMap { all[$0] }
            steps += 1
        }
        return false
    }

    /// Whether this user may upload runs for, and edit the self-evaluation of, `unit`.
    public func canCheck(_ unit: Unit, in all: [String: Unit]) -> Bool {
        role.mayCheck && canRead(unit, in: all)
    }

    /// User names: what a person types at the login form, so plain and short.
    public static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count)
            && !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == ":" })
            && !name.contains(where: { $0.isWhitespace || $0.isNewline })
    }
}
