import AccreditCore

/// A run's verdict as the coloured badge of the style sheet (`verdict-ready`, …), with its
/// words in the page's language: the words carry the meaning, the colour only repeats it.
enum VerdictBadge {
    static let decisions = ["ready", "ready-with-remarks", "not-ready", "undetermined"]

    /// `["class": "verdict-…", "name": "…"]`; a run that could not be evaluated, or none, is
    /// `verdict-none`.
    static func values(_ verdict: String?, _ language: Language) -> [String: Any] {
        let known = verdict.flatMap { decisions.contains($0) ? $0 : nil }
        return ["class": "verdict-" + (known ?? "none"), "name": PageTexts.verdict(known).text(language)]
    }

    static func values(_ run: RunRecord?, _ language: Language) -> [String: Any] {
        values(run?.error == nil ? run?.verdict : nil, language)
    }
}
