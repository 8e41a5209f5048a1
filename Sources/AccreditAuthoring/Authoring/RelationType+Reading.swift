import AccreditCore

extension RelationType {
    /// The relation as a verb phrase between a sector requirement and a concern requirement:
    /// "<sector> <phrase> <concern>".
    public var phrase: LocalisedText {
        switch self {
        case .equal: return LocalisedText(da: "svarer til", en: "asks for the same as")
        case .subset: return LocalisedText(da: "dækkes helt af", en: "is fully covered by")
        case .superset: return LocalisedText(da: "kræver mere end", en: "asks for more than")
        case .intersects: return LocalisedText(da: "overlapper delvist med", en: "partly overlaps with")
        }
    }
}
