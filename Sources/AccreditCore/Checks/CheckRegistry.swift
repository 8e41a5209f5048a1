/// The check kinds this build knows: the one list of them in Swift. The loader, `lint`,
/// `explain` and `init` read it, and a test compares it with the rule schema and the README.
///
/// Written by hand, one line per kind, in the order the README lists them.
enum CheckRegistry {
    static let kinds: [any Check.Type] = [
        EvidenceCheck.self,
        SelfAssessmentCheck.self,
        IndicatorCheck.self,
        XPathCheck.self,
        TrendCheck.self,
    ]

    /// Kind id → its type, looked up once per rule rather than by scanning the list.
    private static let byID: [CheckKind: any Check.Type] = Dictionary(uniqueKeysWithValues: kinds.map { ($0.kind, $0) })

    /// The type of the kind `kind`, if this build knows it.
    static func check(for kind: CheckKind) -> (any Check.Type)? { byID[kind] }
}
