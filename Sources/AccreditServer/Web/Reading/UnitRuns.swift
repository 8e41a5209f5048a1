import AccreditCore
import Foundation

/// A readable unit with its newest run and the one before it, as the overview pages (dashboard,
/// expiring evidence, comparison) read them: every unit the user may read from one query, every
/// unit's two newest runs from another (`Store.latestRuns`), never a query per unit.
struct UnitRuns: Sendable {
    var unit: Unit
    var latest: RunRecord?
    var previous: RunRecord?

    /// The newest of the two runs whose package could be evaluated: a failed upload says
    /// nothing about the unit's evidence or standards, so these come from the run before it.
    var checked: RunRecord? {
        if let latest, latest.error == nil { return latest }
        if let previous, previous.error == nil { return previous }
        return nil
    }

    /// The change of the share met from the previous run to the latest, in percentage points;
    /// nil unless both runs have a share.
    var trend: Double? {
        guard let now = ReadingFormat.percent(latest?.summary), let before = ReadingFormat.percent(previous?.summary)
        else { return nil }
        return now - before
    }

    /// The units `user` may read, sorted by name, each with its newest runs.
    static func load(_ server: ServerEnvironment, for user: User) async throws -> [UnitRuns] {
        async let units = Access(store: server.store).readableUnits(user)
        async let runs = server.store.latestRuns()
        let latest = try await runs
        return try await units.map { unit in
            let pair = latest[unit.id]
            return UnitRuns(unit: unit, latest: pair?.latest, previous: pair?.previous)
        }
        .sorted(by: UnitRuns.byName)
    }

    /// Name order for people: case aside, numbers by value (`Enhed 2` before `Enhed 10`), then
    /// by id so equal names stay put.
    static func byName(_ a: UnitRuns, _ b: UnitRuns) -> Bool {
        let order = a.unit.name.compare(b.unit.name, options: [.caseInsensitive, .numeric])
        return order == .orderedSame ? a.unit.id < b.unit.id : order == .orderedAscending
    }
}
