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
    public var code: String {
        _read { yield storage.fields.code }
        set { storage = storage.with { $0.code = newValue } }
    }
    public var kind: Kind {
        _read { yield storage.fields.kind }
        set { storage = storage.with { $0.kind = newValue } }
    }
    public var message: LocalisedText {
        _read { yield storage.fields.message }
        set { storage = storage.with { $0.message = newValue } }
    }
    public var location: SourceLocation {
        _read { yield storage.fields.location }
        set { storage = storage.with { $0.location = newValue } }
    }
    /// The rule use that produced it, if any.
    public var rule: String? {
        _read { yield storage.fields.rule }
        set { storage = storage.with { $0.rule = newValue } }
    }
    public var ruleLocation: SourceLocation? {
        _read { yield storage.fields.ruleLocation }
        set { storage = storage.with { $0.ruleLocation = newValue } }
    }
    /// What within its requirement the finding is about, when that is more than the rule:
    /// `evidence:<id>`, `indicator:<id>`, `indicator:<id>@<start>/<end>` for one period's value,
    /// `requirement:<id>` for a covering requirement. Part of its `FindingFingerprint`, so it
    /// names things by their ids in the package, never by line, wording or language.
    public var subject: String? {
        _read { yield storage.fields.subject }
        set { storage = storage.with { $0.subject = newValue } }
    }

    private struct Fields {
        var code: String
        var kind: Kind
        var message: LocalisedText
        var location: SourceLocation
        var rule: String?
        var ruleLocation: SourceLocation?
        var subject: String?
    }

    /// See `FieldStorage`: a copy of a finding retains one object, not seven strings.
    private var storage: FieldStorage<Fields>

    public init(
        _ code: String, _ kind: Kind, _ message: LocalisedText, at location: SourceLocation,
        rule: String? = nil, ruleLocation: SourceLocation? = nil, subject: String? = nil
    ) {
        storage = FieldStorage(
            Fields(
                code: code, kind: kind, message: message, location: location, rule: rule, ruleLocation: ruleLocation,
                subject: subject))
    }

    public static func == (a: Finding, b: Finding) -> Bool {
        a.storage === b.storage
            || (a.code == b.code && a.kind == b.kind && a.message == b.message && a.location == b.location
                && a.rule == b.rule && a.ruleLocation == b.ruleLocation && a.subject == b.subject)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(kind)
        hasher.combine(message)
        hasher.combine(location)
        hasher.combine(rule)
        hasher.combine(ruleLocation)
        hasher.combine(subject)
    }
}

extension Finding: CustomReflectable {
    /// The fields, as a struct of them would show them: printed findings, and test failures,
    /// read as before the fields moved behind a reference.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "code": code, "kind": kind, "message": message, "location": location, "rule": rule as Any,
                "ruleLocation": ruleLocation as Any, "subject": subject as Any,
            ], displayStyle: .struct)
    }
}
