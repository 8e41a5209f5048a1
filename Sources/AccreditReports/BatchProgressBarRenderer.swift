import AccreditCore

/// Progress as a one-line bar for a terminal, `[####------] 4/10`, starting with a carriage
/// return so that each rendering draws over the one before. Numbers and signs only, so the
/// language is not used.
struct BatchProgressBarRenderer: BatchProgressRenderer {
    /// Characters between the brackets.
    static let width = 30

    func render(_ progress: BatchProgress, language: Language) -> String {
        let width = Self.width
        let filled = progress.total == 0 ? width : progress.done * width / progress.total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        return "\r[\(bar)] \(progress.done)/\(progress.total)"
    }
}
