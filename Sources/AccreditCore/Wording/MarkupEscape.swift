/// The one escaper for markup that every front end and writer uses, XML and HTML alike: the
/// five markup characters as entities, characters XML 1.0 forbids as U+FFFD, and tab, line
/// feed, carriage return and apostrophe written as each use needs them. Package and rule files
/// are hostile input, so text from them passes through here before it reaches a report, a page,
/// a written manifest or a rule file. One loop, so that XML and HTML cannot drift apart in what
/// they let through.
public enum MarkupEscape {
    /// XML 1.0 character data or attribute value: `& < > " '` as entities; tab, line feed and
    /// carriage return as character references so attributes keep them.
    public static func xml(_ text: String) -> String { Style.xmlAttribute.escape(text) }

    /// XML element content where line breaks should stay readable: as `xml`, line feeds kept.
    public static func xmlText(_ text: String) -> String { Style.xmlText.escape(text) }

    /// HTML text or a double-quoted attribute value: as XML, with `&#39;` for the apostrophe
    /// (HTML 4 has no `&apos;`), tabs and line breaks kept, a carriage return as a line feed.
    public static func html(_ text: String) -> String { Style.html.escape(text) }

    /// Whether XML 1.0 allows the character (production [2] Char).
    public static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private struct Style: Sendable {
        let apostrophe: String
        let tab: String
        let lineFeed: String
        let carriageReturn: String
        /// Control bytes a text may hold and still come back as it is.
        let keeping: [UInt8]

        static let xmlAttribute = Style(
            apostrophe: "&apos;", tab: "&#9;", lineFeed: "&#10;", carriageReturn: "&#13;", keeping: [])
        static let xmlText = Style(
            apostrophe: "&apos;", tab: "&#9;", lineFeed: "\n", carriageReturn: "&#13;", keeping: [0x0A])
        static let html = Style(
            apostrophe: "&#39;", tab: "\t", lineFeed: "\n", carriageReturn: "\n", keeping: [0x0A, 0x09])

        func escape(_ text: String) -> String {
            if isPlain(text) { return text }
            var out = ""
            out.reserveCapacity(text.utf8.count)
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'": out += apostrophe
                case "\t": out += tab
                case "\n": out += lineFeed
                case "\r": out += carriageReturn
                default: out.unicodeScalars.append(MarkupEscape.isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
                }
            }
            return out
        }

        /// True if `text` needs no escaping: no markup character, no control character other
        /// than those kept, and no byte that could start U+FFFE or U+FFFF (0xEF, conservatively).
        /// Most text is plain, so this check spares building a copy of it.
        private func isPlain(_ text: String) -> Bool {
            for byte in text.utf8 {
                switch byte {
                case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0xEF: return false
                case 0x00..<0x20: if !keeping.contains(byte) { return false }
                default: continue
                }
            }
            return true
        }
    }
}
