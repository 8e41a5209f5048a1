extension RelationType {
    /// The relation as a reader of each language says it. English keeps the identifiers rule
    /// files use, so that reports and rule files read alike.
    public var name: LocalisedText {
        switch self {
        case .equal: return LocalisedText(da: "lig med", en: "equal")
        case .subset: return LocalisedText(da: "delmængde", en: "subset")
        case .superset: return LocalisedText(da: "overmængde", en: "superset")
        case .intersects: return LocalisedText(da: "overlapper", en: "intersects")
        }
    }
}
