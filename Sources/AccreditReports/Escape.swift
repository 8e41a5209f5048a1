import AccreditCore

/// Escaping for every text format accredit writes, one escaper per format (CSV fields are
/// quoted by `CSVWriter`, JSON strings by `JSONStream`). Package and rule files are hostile
/// input, so any text that came from them passes through one of these before it reaches a report.
enum Escape {
    /// XML character data or an attribute value (see `MarkupEscape.xml`).
    static func xml(_ text: String) -> String { MarkupEscape.xml(text) }

    /// XML element content with line feeds kept (see `MarkupEscape.xmlText`).
    static func xmlText(_ text: String) -> String { MarkupEscape.xmlText(text) }

    /// HTML text or a double-quoted attribute value (see `MarkupEscape.html`).
    static func html(_ text: String) -> String { MarkupEscape.html(text) }

    /// The message part of a GitHub Actions workflow command: `%`, CR and LF percent-encoded,
    /// so a message cannot end the command or start a new one.
    static func workflowData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value of a workflow command (`file=`, `title=`): as `workflowData`, plus
    /// `:` and `,`, which separate properties.
    static func workflowProperty(_ text: String) -> String {
        workflowData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// Text inside a Markdown table cell or list item: characters with Markdown or HTML meaning
    /// backslash-escaped or as entities, line breaks as spaces.
    static func markdown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "!": out += "\\" + String(scalar)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// A file path as a URI reference (RFC 3986): relative paths stay relative, absolute
    /// paths become `file://` URIs; every byte outside the unreserved set and `/` is
    /// percent-encoded, so Danish letters and spaces survive any SARIF consumer.
    static func uri(path: String) -> String {
        var out = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// Text for a terminal: control characters other than tab and line feed (ESC above all,
    /// which starts colour and cursor sequences) as U+FFFD, so a package cannot drive the
    /// terminal that shows its report.
    static func terminal(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            out.unicodeScalars.append(isControl(scalar) ? "\u{FFFD}" : scalar)
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA: return false
        case 0x0...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// Whether XML 1.0 allows the character.
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool { MarkupEscape.isXMLCharacter(scalar) }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
