/// Why a document could not be read. Carries libxml2's diagnostics with lines.
public struct XMLParseError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// Not well-formed XML (including invalid UTF-8 and excessive nesting).
        case malformed
        /// The document declares a DOCTYPE, which untrusted input may not.
        case doctypeRefused
        /// libxml2 could not allocate a parser.
        case outOfMemory
        /// A streamed entry holds more elements than the reader's bound.
        case entryTooLarge
    }
    public var reason: Reason
    public var diagnostics: [XMLDiagnostic]

    public init(reason: Reason, diagnostics: [XMLDiagnostic]) {
        self.reason = reason
        self.diagnostics = diagnostics
    }

    /// The first line a reader should look at.
    public var line: Int { diagnostics.first?.line ?? 0 }

    /// The first diagnostic's text, or a description of the reason.
    public var summary: String {
        switch reason {
        case .doctypeRefused: return "a DOCTYPE declaration is not allowed"
        case .outOfMemory: return "out of memory"
        case .malformed: return diagnostics.first?.message ?? "not well-formed XML"
        case .entryTooLarge: return diagnostics.first?.message ?? "an entry is too large"
        }
    }
}
