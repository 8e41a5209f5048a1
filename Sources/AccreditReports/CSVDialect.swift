import AccreditCore

/// How a CSV file separates fields and writes numbers, for the program that opens it.
///
/// Excel opens a `.csv` file with the list separator and decimal mark of the computer's
/// regional settings, and reads it as UTF-8 only when it begins with a byte-order mark. With
/// Danish settings that is `;` and a decimal comma, so a comma-separated file without a mark
/// lands in one column with `VÃ¦rktÃ¸j` in the header. `excel` is the dialect Danish Excel
/// (and LibreOffice with Danish settings) opens as it is; `rfc4180` is the plain one that
/// scripts, databases and English-language spreadsheets expect.
public enum CSVDialect: String, Sendable, CaseIterable {
    /// `;` between fields, decimal comma, a UTF-8 byte-order mark, CRLF line ends.
    case excel
    /// `,` between fields, decimal point, no byte-order mark, CRLF line ends (RFC 4180).
    case rfc4180

    /// The dialect a reader of `language` opens without an import dialog: Excel's for Danish,
    /// RFC 4180 for English.
    public static func preferred(for language: Language) -> CSVDialect {
        language == .da ? .excel : .rfc4180
    }

    /// Between the fields of a row.
    public var separator: Character { self == .excel ? ";" : "," }

    /// Between the whole and the fractional part of a number.
    public var decimalSeparator: String { self == .excel ? "," : "." }

    /// What the file begins with: the UTF-8 byte-order mark for Excel, nothing otherwise.
    public var preamble: String { self == .excel ? "\u{FEFF}" : "" }
}
