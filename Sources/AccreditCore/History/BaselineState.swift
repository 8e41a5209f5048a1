/// How a finding of one run stands against an earlier run (its baseline), as SARIF names it
/// (`baselineState`): in this run and not the earlier one, in both, or only in the earlier one
/// (fixed since).
public enum BaselineState: String, Sendable, Hashable, CaseIterable, Codable {
    case new
    case unchanged
    case absent

    /// The state in words, for people.
    public var name: LocalisedText {
        switch self {
        case .new: return LocalisedText(da: "ny", en: "new")
        case .unchanged: return LocalisedText(da: "uændret", en: "unchanged")
        case .absent: return LocalisedText(da: "rettet", en: "fixed")
        }
    }
}
