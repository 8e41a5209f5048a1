/// Groups runs, ordered by unit and newest first, into each unit's newest run and the one
/// before it: the dashboard's verdict and its trend.
enum LatestRuns {
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
