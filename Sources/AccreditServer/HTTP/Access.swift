import AccreditCore
import Hummingbird

/// Authorization of objects: every route that names a unit or a run asks here, and gets the
/// object only when the signed-in user may see it. "Not yours" answers exactly like "does not
/// exist" (404), so that a unit coordinator cannot even learn which other units or runs exist.
struct Access: Sendable {
    let store: any Store

    /// Every unit by id: parents are followed to decide what a unit coordinator reaches.
    func allUnits() async throws -> [String: Unit] {
        Dictionary(uniqueKeysWithValues: try await store.units().map { ($0.id, $0) })
    }

    func readableUnits(_ user: User) async throws -> [Unit] {
        let all = try await allUnits()
        return all.values.filter { user.canRead($0, in: all) }.sorted { $0.id < $1.id }
    }

    func unit(_ id: String, for user: User) async throws -> Unit {
        let all = try await allUnits()
        guard let unit = all[id], user.canRead(unit, in: all) else { throw APIError.notFound("Unit \"\(id)\"") }
        return unit
    }

    /// The unit, when the user may also check it (upload, edit the self-evaluation): 404 when
    /// they cannot see it, 403 when they can see it but only read.
    func checkableUnit(_ id: String, for user: User) async throws -> Unit {
        let unit = try await unit(id, for: user)
        guard user.role.mayCheck else {
            throw APIError(.forbidden, "Your role (\(user.role.rawValue)) may read units but not check them.")
        }
        return unit
    }

    func run(_ id: Int64, for user: User) async throws -> RunRecord {
        // A run of a unit the user cannot see is answered exactly like a run that does not
        // exist: the unit's error would tell that the run exists, and whose it is.
        let all = try await allUnits()
        guard let run = try await store.run(id: id), let unit = all[run.unit], user.canRead(unit, in: all) else {
            throw APIError.notFound("Run \(id)")
        }
        return run
    }

    func run(_ text: String?, for user: User) async throws -> RunRecord {
        guard let text, let id = Int64(text), id > 0 else { throw APIError.notFound("Run \(text ?? "")") }
        return try await run(id, for: user)
    }
}
