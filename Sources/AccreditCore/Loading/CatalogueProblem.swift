/// One problem in a standard or rule file, located at a file and line: what kind it is, how
/// serious, what is wrong and what to do. `check` turns the errors among them into
/// `AccreditError`s; `lint` reports them all.
public struct CatalogueProblem: Sendable, Equatable {
    public var check: CatalogueCheck
    public var severity: ProblemSeverity
    public var location: SourceLocation?
    public var message: LocalisedText
    public var hint: LocalisedText
    /// The kind of tool error this is when `check` treats it as fatal.
    public var errorKind: AccreditError.Kind

    public init(
        _ check: CatalogueCheck, severity: ProblemSeverity? = nil, at location: SourceLocation?,
        message: LocalisedText, hint: LocalisedText, errorKind: AccreditError.Kind = .invalid
    ) {
        self.check = check
        self.severity = severity ?? check.defaultSeverity
        self.location = location
        self.message = message
        self.hint = hint
        self.errorKind = errorKind
    }

    /// Wraps a tool error found while loading.
    public init(_ check: CatalogueCheck, _ error: AccreditError) {
        self.init(check, at: error.location, message: error.message, hint: error.hint, errorKind: error.kind)
    }

    public var error: AccreditError { AccreditError(errorKind, at: location, message: message, hint: hint) }

    /// "file:line: error [check] message" then the hint, in one language.
    public func text(_ language: Language) -> String {
        let place = location.map { "\($0): " } ?? ""
        let fix = hint.text(language)
        return place + severity.name.text(language) + " [\(check.rawValue)] " + message.text(language)
            + (fix.isEmpty ? "" : "\n  " + fix)
    }

    /// Findings in a stable order: by file, line, check and message.
    public static func sorted(_ findings: [CatalogueProblem]) -> [CatalogueProblem] {
        findings.sorted {
            let a = $0.location ?? SourceLocation(file: "", line: 0)
            let b = $1.location ?? SourceLocation(file: "", line: 0)
            if a != b { return a < b }
            if $0.check != $1.check { return $0.check.rawValue < $1.check.rawValue }
            return $0.message.text(.en) < $1.message.text(.en)
        }
    }
}
