/// Writes CSV (RFC 4180), the one place that knows how a field is quoted and how fields and rows
/// are separated, so every CSV accredit writes opens the same way in a spreadsheet.
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
    }

    /// Between the fields of a row.
    static let separator = ","

    /// After every row: `"\r\n"` as RFC 4180 says, or `"\n"` where a format has always used it.
    let lineEnd: String

    /// The rows written so far.
    private(set) var text = ""

    init(lineEnd: String) {
        self.lineEnd = lineEnd
    }

    /// Appends one row.
    mutating func row(_ fields: [Field]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text += Self.separator }
            switch field {
            case .text(let value): text += Self.field(value)
            case .number(let value): text += value
            }
        }
        text += lineEnd
    }

    /// Appends one row of texts.
    mutating func row(texts: [String]) {
        row(texts.map(Field.text))
    }

    /// One text field: quoted when it holds a comma, a quote or a line break, with quotes
    /// doubled. A field that a spreadsheet would read as a formula (starting with `= + - @`, a
    /// tab or a carriage return) is prefixed with an apostrophe.
    static func field(_ text: String) -> String {
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
}
