/// The identifier spellings accredit's schemas define with `xs:pattern`, checked byte by
/// byte. Each accepts exactly what its pattern accepts on a value without white space; a
/// value with white space around or inside an identifier is not accepted here at all (the
/// schema's white-space rules decide it), which only sends the document to the whole schema.
package enum IdentifierPattern: Equatable, Sendable {
    case single(Spelling)
    /// An `xs:list` of identifiers: separated by white space, possibly none.
    case list(Spelling)

    package enum Spelling: Equatable, Sendable {
        /// `[A-Za-z0-9][A-Za-z0-9._\-]*`
        case id
        /// `[a-z][a-z0-9]*(-[a-z0-9]+)*`
        case checkKind
    }

    /// The spelling of an XSD pattern, as written in the schema, or nil for any other pattern.
    package init?(xsdPattern: String) {
        switch xsdPattern {
        case #"[A-Za-z0-9][A-Za-z0-9._\-]*"#: self = .single(.id)
        case "[a-z][a-z0-9]*(-[a-z0-9]+)*": self = .single(.checkKind)
        default: return nil
        }
    }

    package func matches(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .single(let spelling):
            return spelling.matches(value[...])
        case .list(let spelling):
            var start = value.startIndex
            while start < value.endIndex {
                if Self.isSpace(value[start]) {
                    start += 1
                    continue
                }
                var end = start
                while end < value.endIndex, !Self.isSpace(value[end]) { end += 1 }
                guard spelling.matches(value[start..<end]) else { return false }
                start = end
            }
            return true
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

extension IdentifierPattern.Spelling {
    func matches(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = value.first else { return false }
        switch self {
        case .id:
            guard Self.isAlphanumeric(first) else { return false }
            return value.dropFirst().allSatisfy { Self.isAlphanumeric($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
        case .checkKind:
            guard Self.isLower(first) else { return false }
            var afterHyphen = false
            for byte in value.dropFirst() {
                if byte == 0x2D {
                    if afterHyphen { return false }
                    afterHyphen = true
                } else if Self.isLower(byte) || Self.isDigit(byte) {
                    afterHyphen = false
                } else {
                    return false
                }
            }
            return !afterHyphen
        }
    }

    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLower(byte) || isDigit(byte) || (byte >= 0x41 && byte <= 0x5A)
    }
}
