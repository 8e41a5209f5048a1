/// Escaping for every text format accredit writes. Package and rule files are hostile input,
/// so any text that came from them passes through one of these before it reaches a report.
public enum Escape {
    /// XML 1.0 character data or attribute value: `& < > " '` as entities; tab, line feed and
    /// carriage return as character references so attributes keep them; characters XML 1.0
    /// forbids (other C0 controls, lone surrogates cannot occur in Swift, U+FFFE/U+FFFF) as U+FFFD.
    public static func xml(_ text: String) -> String {
        if isPlain(text, keeping: []) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                out.unicodeScalars.append(isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// XML character data where line breaks should stay readable (element content).
    public static func xmlText(_ text: String) -> String {
        text.utf8.contains(0x0A) ? xml(text).replacingOccurrences(of: "&#10;", with: "\n") : xml(text)
    }

    /// HTML text or a double-quoted attribute value. Same set as XML, with `&#39;` for the
    /// apostrophe (HTML 4 has no `&apos;`) and line breaks kept.
    public static func html(_ text: String) -> String {
        if isPlain(text, keeping: [0x0A, 0x09]) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": out += "\n"
            default: out.unicodeScalars.append(isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, with
    /// quotes doubled. A field that a spreadsheet would read as a formula (starting with
    /// `= + - @`, a tab or a carriage return) is prefixed with an apostrophe, so opening the
    /// file never runs anything a package author wrote.
    public static func csv(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        // Bytes, not Characters: a report has a field for every requirement, and "\r\n" is one
        // Character that a Character search would have to name separately.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            return value
        }
        var out: [UInt8] = [0x22]
        out.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            out.append(byte)
            if byte == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    /// True if `text` needs no escaping: no markup character, no control character other than
    /// those in `keeping`, and no byte that could start U+FFFE or U+FFFF (0xEF, conservatively).
    /// Most report text is plain, so this check spares building a copy of it.
    private static func isPlain(_ text: String, keeping: [UInt8]) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0xEF: return false
            case 0x00..<0x20: if !keeping.contains(byte) { return false }
            default: continue
            }
        }
        return true
    }

    /// The message part of a GitHub Actions workflow command: `%`, CR and LF percent-encoded,
    /// so a message cannot end the command or start a new one.
    public static func workflowData(_ text: String) -> String {
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
    public static func workflowProperty(_ text: String) -> String {
        workflowData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// Text inside a Markdown table cell or list item: characters with Markdown or HTML meaning
    /// backslash-escaped or as entities, line breaks as spaces.
    public static func markdown(_ text: String) -> String {
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
    public static func uri(path: String) -> String {
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
    public static func terminal(_ text: String) -> String {
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

    /// Whether XML 1.0 allows the character (production [2] Char).
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
