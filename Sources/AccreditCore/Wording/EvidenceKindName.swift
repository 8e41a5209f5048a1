/// The kinds of evidence a package declares (`<evidence kind="decision">`) as a Danish reader
/// knows them. Kinds are open tokens that rule authors choose: the ones the shipped rules and
/// examples use are named here; any other is shown as written, in both languages.
public enum EvidenceKindName {
    public static func of(_ kind: String) -> LocalisedText {
        LocalisedText(da: danish[kind] ?? kind, en: kind)
    }

    /// Several kinds, as a rule lists them, joined with `separator`.
    public static func list(_ kinds: [String], separator: String) -> LocalisedText {
        LocalisedText(
            da: kinds.map { danish[$0] ?? $0 }.joined(separator: separator), en: kinds.joined(separator: separator))
    }

    private static let danish: [String: String] = [
        "agreement": "aftale",
        "budget": "budget",
        "curriculum": "læreplan",
        "curriculum-evaluation": "evaluering af læreplan",
        "decision": "beslutning",
        "delivery-log": "leveringslog",
        "general": "generel",
        "guideline": "retningslinje",
        "guidelines": "retningslinjer",
        "implementation": "implementering",
        "improvement": "forbedring",
        "language-procedure": "procedure for sprogvurdering",
        "minutes": "referat",
        "monitoring": "opfølgning",
        "plan": "plan",
        "policy": "politik",
        "premises-review": "gennemgang af lokaler",
        "procedure": "procedure",
        "publication": "offentliggørelse",
        "report": "rapport",
        "self-evaluation": "selvevaluering",
        "strategy": "strategi",
        "supervision-report": "tilsynsrapport",
        "survey": "undersøgelse",
        "wellbeing-survey": "trivselsundersøgelse",
    ]
}
