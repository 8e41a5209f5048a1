import AccreditCore

/// The "new since …" and "fixed since …" sections that the text, Markdown and HTML reports
/// show when the check was given a baseline (`check --baseline`): the same items and words
/// in each, so the formats agree. New gaps and errors are worded in the report's language;
/// fixed ones as the earlier report recorded them.
struct BaselineSections {
    struct Item {
        var requirement: String
        var message: String
        var location: SourceLocation
    }

    var newHeading: String
    var fixedHeading: String
    /// "2 new · 5 unchanged · 3 fixed" in the report's language.
    var counts: String
    var new: [Item]
    var fixed: [Item]

    /// The sections of `report`, or nil when it has no baseline.
    init?(_ report: Report, _ l: Language) {
        guard let baseline = report.baseline else { return nil }
        let since = "\(baseline.oldDate) (\(baseline.oldName))"
        newHeading = l == .da ? "Nyt siden \(since)" : "New since \(since)"
        fixedHeading = l == .da ? "Rettet siden \(since)" : "Fixed since \(since)"
        let n = baseline.counts
        counts =
            l == .da
            ? "\(Self.danish(n[.new] ?? 0, "ny", "nye")) · \(Self.danish(n[.unchanged] ?? 0, "uændret", "uændrede")) · "
                + Self.danish(n[.absent] ?? 0, "rettet", "rettede")
            : "\(n[.new] ?? 0) new · \(n[.unchanged] ?? 0) unchanged · \(n[.absent] ?? 0) fixed"
        var new: [Item] = []
        for requirement in report.requirements {
            for (finding, fingerprint) in zip(requirement.findings, requirement.fingerprints)
            where baseline.state(of: fingerprint) == .new {
                new.append(Item(requirement: requirement.id, message: finding.message.text(l), location: finding.location))
            }
        }
        self.new = new
        fixed = baseline.fixed.map { Item(requirement: $0.requirement, message: $0.message, location: $0.location) }
    }

    /// A count with the Danish adjective in the singular or the plural.
    static func danish(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }

    /// What an empty section says.
    static func nothing(_ l: Language) -> String { l == .da ? "ingen" : "none" }
}
