/// One example of a check kind at work: a rule use, the package entries it reads and the
/// outcome it must give. Each kind lists its own; one test runs every example of every
/// registered kind, so a kind's documentation cannot drift from what it does.
///
/// The test writes a standard `example` with the one requirement `x.1` (on `scale`, when
/// given), a rule of the kind with `parameters`, and a package assessed on 2026-03-01 for the
/// period 2025 whose manifest holds `entries` after the claim, plus `files`.
struct CheckExample: Sendable {
    /// What the example shows, in a few words.
    var title: String
    /// The rule's parameters, as a rule file writes them.
    var parameters: [String: String]
    /// Manifest entries, one element each, about requirement `x.1`.
    var entries: [String]
    /// Files of the package by path, for evidence.
    var files: [String: String] = [:]
    /// A `<scale id="s">` element of the standard format, for kinds that judge on a scale.
    var scale: String?
    /// The outcome the use must give.
    var outcome: CheckOutcome.Result
    /// The codes of its findings, in order.
    var codes: [String]
}
