import AccreditCore

/// The colours of statuses, verdicts and overlap states in the HTML report, shared by its
/// style sheet and its SVG pictures so the legend and the charts always agree.
enum HTMLPalette {
    static func status(_ status: RequirementStatus) -> String {
        switch status {
        case .met: return "#2e7d32"
        case .inherited: return "#81c784"
        case .partiallyMet: return "#f9a825"
        case .notMet: return "#c62828"
        case .error: return "#6a1b9a"
        case .notAssessed: return "#78909c"
        case .waived: return "#b0bec5"
        case .notApplicable: return "#cfd8dc"
        }
    }

    /// The order of a stacked bar: fulfilled first, then gaps, then what is not counted.
    static let statusOrder: [RequirementStatus] = [
        .met, .inherited, .partiallyMet, .notMet, .error, .notAssessed, .waived, .notApplicable,
    ]

    static func decision(_ decision: Verdict.Decision) -> String {
        switch decision {
        case .ready: return "#2e7d32"
        case .readyWithRemarks: return "#b26a00"
        case .notReady: return "#c62828"
        case .undetermined: return "#6a1b9a"
        }
    }

    static func overlap(_ state: Overlap.State) -> String {
        switch state {
        case .inherited: return "#81c784"
        case .duplicated: return "#1565c0"
        case .complementary: return "#2e7d32"
        case .conflicting: return "#c62828"
        case .concernGap: return "#ef6c00"
        case .sectorOwes: return "#f9a825"
        case .notComparable: return "#b0bec5"
        }
    }
}
