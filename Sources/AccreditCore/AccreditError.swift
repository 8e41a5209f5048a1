/// Why accredit could not evaluate: a file that cannot be read, is malformed, breaks its
/// schema, references something unknown, or is unsafe. Distinct from findings, which describe
/// a package that was evaluated. Always names the place and says what to do.
public struct AccreditError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable {
        case unreadable, malformed, invalid, unsupportedVersion, unknownReference, unsafe, tooLarge, timedOut
    }

    public var kind: Kind
    public var location: SourceLocation?
    public var message: LocalisedText
    public var hint: LocalisedText

    public init(_ kind: Kind, at location: SourceLocation?, message: LocalisedText, hint: LocalisedText) {
        self.kind = kind
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// "file:line: message. hint" in one language.
    public func text(_ language: Language) -> String {
        let place = location.map { "\($0): " } ?? ""
        let fix = hint.text(language)
        return place + message.text(language) + (fix.isEmpty ? "" : "\n  " + fix)
    }

    public var description: String { text(.en) }
}

/// Several errors found in one pass, so a rule author sees them all at once.
public struct AccreditErrors: Error, Sendable, Equatable {
    public var errors: [AccreditError]
    public init(_ errors: [AccreditError]) { self.errors = errors }
}
