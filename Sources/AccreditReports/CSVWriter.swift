import AccreditCore

/// Writes CSV, the one place that knows how a field is quoted and how fields and rows are
/// separated, so every CSV accredit writes opens the same way in a spreadsheet. The dialect
/// (`CSVDialect`) gives the separator, the decimal mark and the byte-order mark: RFC 4180, or
/// what Danish Excel opens as it is.
///
/// Texts that came from a package or rule file are hostile input: a field a spreadsheet would
/// read as a formula is neutralised, so opening the file never runs anything a package author
/// wrote.
struct CSVWriter {
    /// One field of a row.
    enum Field {
        /// Text, perhaps from a package: quoted when needed and neutralised against formulas.
        case text(String)
        /// A number or code the renderer made itself, written as it is, so `-3` stays a number.
        case number(String)
        /// A decimal number, written with the dialect's decimal mark and no grouping, so that a
        /// spreadsheet of the dialect reads it as a number.
        case decimal(Double, fractionDigits: Int)
    }

    /// The separators, number form and preamble.
    let dialect: CSVDialect

    /// After every row: `"\r\n"` as RFC 4180 says, or `"\n"` where a format has always used it.
    let lineEnd: String

    /// The rows written so far, after the dialect's preamble.
    private(set) var text: String

    init(lineEnd: String, dialect: CSVDialect = .rfc4180) {
        self.lineEnd = lineEnd
        self.dialect = dialect
        self.text = dialect.preamble
    }

    /// Appends one row.
    mutating func row(_ fields: [Field]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text.append(dialect.separator) }
            switch field {
            case .text(let value): text += Self.field(value, separator: dialect.separator)
            case .number(let value): text += value
            case .decimal(let value, let digits):
                text += Self.decimal(value, fractionDigits: digits, mark: dialect.decimalSeparator)
            }
        }
        text += lineEnd
    }

    /// Appends one row of texts.
    mutating func row(texts: [String]) {
        row(texts.map(Field.text))
    }

    /// A number with at most `fractionDigits` decimals, trailing zeros dropped, no grouping.
    static func decimal(_ value: Double, fractionDigits: Int, mark: String) -> String {
        let english = Language.en.decimal(value, fractionDigits: fractionDigits).replacingOccurrences(of: ",", with: "")
        return mark == "." ? english : english.replacingOccurrences(of: ".", with: mark)
    }

    /// One text field: quoted when it holds the separator, a quote or a line break, with quotes
    /// doubled. A field that a spreadsheet would read as a formula (starting with `= + - @`, a
    /// tab or a carriage return) is prefixed with an apostrophe.
    static func field(_ text: String, separator: Character = ",") -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        // Bytes, not Characters: a report has a field for every requirement, and "\r\n" is one
        // Character that a Character search would have to name separately.
        let separatorByte = separator.asciiValue ?? 0x2C
        guard value.utf8.contains(where: { $0 == separatorByte || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
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
}
