/// Groups runs, ordered by unit and newest first, into each unit's newest run and the one
/// before it: the dashboard's verdict and its trend.
enum LatestRuns {
    /// The query behind `Store.latestRuns`, the same for both stores: each unit's two newest
    /// runs, with only what the overview pages read. Neither carries rule sets, and the previous
    /// run carries standards and expiring evidence only when the newest could not be evaluated
    /// (the pages then fall back on it): decoding those lists for every unit was a third of the
    /// dashboard's time at a thousand units (BENCHMARKS.md, the server).
    static let sql: String = {
        let needed = "place = 1 OR latest_evaluated = 0"
        let trimmed: [String: String] = [
            "standards": "CASE WHEN \(needed) THEN standards END AS standards",
            "expiring": "CASE WHEN \(needed) THEN expiring END AS expiring",
            "rule_sets": "NULL AS rule_sets",
        ]
        let outer = (["id"] + RunColumns.names).map { trimmed[$0] ?? $0 }.joined(separator: ", ")
        return """
            SELECT \(outer) FROM (SELECT id, \(RunColumns.names.joined(separator: ", ")),
              ROW_NUMBER() OVER (PARTITION BY unit ORDER BY id DESC) AS place,
              FIRST_VALUE(CASE WHEN error IS NULL THEN 1 ELSE 0 END) OVER (PARTITION BY unit ORDER BY id DESC)
                AS latest_evaluated
              FROM runs) AS numbered
            WHERE place <= 2 ORDER BY unit, place
            """
    }()

    static func pair(_ runs: [RunRecord]) -> [String: (latest: RunRecord, previous: RunRecord?)] {
        var result: [String: (latest: RunRecord, previous: RunRecord?)] = [:]
        for run in runs {
            if let found = result[run.unit] {
                if found.previous == nil { result[run.unit] = (found.latest, run) }
            } else {
                result[run.unit] = (run, nil)
            }
        }
        return result
    }
}
