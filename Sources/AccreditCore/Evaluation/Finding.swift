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
        _read { yield storage.code }
        set { storage = Storage(storage, code: newValue) }
    }
    public var kind: Kind {
        _read { yield storage.kind }
        set { storage = Storage(storage, kind: newValue) }
    }
    public var message: LocalisedText {
        _read { yield storage.message }
        set { storage = Storage(storage, message: newValue) }
    }
    public var location: SourceLocation {
        _read { yield storage.location }
        set { storage = Storage(storage, location: newValue) }
    }
    /// The rule use that produced it, if any.
    public var rule: String? {
        _read { yield storage.rule }
        set { storage = Storage(storage, rule: .some(newValue)) }
    }
    public var ruleLocation: SourceLocation? {
        _read { yield storage.ruleLocation }
        set { storage = Storage(storage, ruleLocation: .some(newValue)) }
    }
    /// What within its requirement the finding is about, when that is more than the rule:
    /// `evidence:<id>`, `indicator:<id>`, `indicator:<id>@<start>/<end>` for one period's value,
    /// `requirement:<id>` for a covering requirement. Part of its `FindingFingerprint`, so it
    /// names things by their ids in the package, never by line, wording or language.
    public var subject: String? {
        _read { yield storage.subject }
        set { storage = Storage(storage, subject: .some(newValue)) }
    }

    /// The fields, behind one reference and never changed in place (a setter makes new
    /// storage). A report holds tens of thousands of findings, copied as they are gathered,
    /// fingerprinted and written, often on several cores at once; a struct of seven strings
    /// would retain each of them on every copy, among them file names that every finding
    /// shares and whose counts the cores would fight over.
    private final class Storage: Sendable {
        let code: String
        let kind: Kind
        let message: LocalisedText
        let location: SourceLocation
        let rule: String?
        let ruleLocation: SourceLocation?
        let subject: String?

        init(
            code: String, kind: Kind, message: LocalisedText, location: SourceLocation, rule: String?,
            ruleLocation: SourceLocation?, subject: String?
        ) {
            self.code = code
            self.kind = kind
            self.message = message
            self.location = location
            self.rule = rule
            self.ruleLocation = ruleLocation
            self.subject = subject
        }

        /// A copy of `other` with the fields given replaced.
        convenience init(
            _ other: Storage, code: String? = nil, kind: Kind? = nil, message: LocalisedText? = nil,
            location: SourceLocation? = nil, rule: String?? = nil, ruleLocation: SourceLocation?? = nil,
            subject: String?? = nil
        ) {
            self.init(
                code: code ?? other.code, kind: kind ?? other.kind, message: message ?? other.message,
                location: location ?? other.location, rule: rule ?? other.rule,
                ruleLocation: ruleLocation ?? other.ruleLocation, subject: subject ?? other.subject)
        }
    }

    private var storage: Storage

    public init(
        _ code: String, _ kind: Kind, _ message: LocalisedText, at location: SourceLocation,
        rule: String? = nil, ruleLocation: SourceLocation? = nil, subject: String? = nil
    ) {
        storage = Storage(
            code: code, kind: kind, message: message, location: location, rule: rule, ruleLocation: ruleLocation,
            subject: subject)
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
