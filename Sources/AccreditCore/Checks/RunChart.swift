/// Runs on a run chart: maximal sequences of consecutive values on one side of the median.
/// Values on the median are skipped, neither breaking nor extending a run, as both the IHI
/// run-chart rules and Anhøj's rules count them.
enum RunChart {
    struct Run: Equatable {
        /// +1 above the median, -1 below.
        var side: Int
        /// Indices of the values in the run, skipped median values left out.
        var indices: [Int]
        var count: Int { indices.count }
    }

    /// The runs of `values` around `median`, in order.
    static func runs(_ values: [Double], around median: Double) -> [Run] {
        var runs: [Run] = []
        for (index, value) in values.enumerated() where value != median {
            let side = value > median ? 1 : -1
            if runs.last?.side == side {
                runs[runs.count - 1].indices.append(index)
            } else {
                runs.append(Run(side: side, indices: [index]))
            }
        }
        return runs
    }
}
