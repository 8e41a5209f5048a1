/// One observation about one requirement, located in the package (or, where nothing in the
/// package can be pointed at, at the claim of the standard). Plain values, in both languages.
public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        /// A check that passed, said so the report shows what was accepted.
        case passed
        /// Something the unit must still supply or fix.
        case gap
        /// Something that could not be evaluated (a checksum mismatch, a failing XPath).
        case error
        /// Context: an exemption, inheritance from the concern level, manual assessment.
        case note
    }

    /// Stable identifier of the kind of finding, e.g. `evidence.stale`.
    public var code: String
    public var kind: Kind
    public var message: LocalisedText
    public var location: SourceLocation
    /// The rule use that produced it, if any.
    public var rule: String?
    public var ruleLocation: SourceLocation?
    /// What within its requirement the finding is about, when that is more than the rule:
    /// `evidence:<id>`, `indicator:<id>`, `indicator:<id>@<start>/<end>` for one period's value,
    /// `requirement:<id>` for a covering requirement. Part of its `FindingFingerprint`, so it
    /// names things by their ids in the package, never by line, wording or language.
    public var subject: String?

    public init(
        _ code: String, _ kind: Kind, _ message: LocalisedText, at location: SourceLocation,
        rule: String? = nil, ruleLocation: SourceLocation? = nil, subject: String? = nil
    ) {
        self.code = code
        self.kind = kind
        self.message = message
        self.location = location
        self.rule = rule
        self.ruleLocation = ruleLocation
        self.subject = subject
    }
}
