import AccreditCore

/// The formats accredit writes a report in. A closed enum with an exhaustive switch, so a
/// format that is not wired up does not compile, and `--help` can list them.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// The terminal report, optionally in colour.
    case text
    /// The versioned JSON schema (`Schemas/report.schema.json`).
    case json
    /// JUnit XML for CI test dashboards.
    case junit
    /// SARIF 2.1.0 for code-scanning tools.
    case sarif
    /// GitHub Actions workflow annotations.
    case github
    /// GitLab's Code Quality report (CodeClimate JSON) for merge requests.
    case codeclimate
    /// A Markdown summary for a pull request or job summary.
    case markdown
    /// One row per requirement for spreadsheets, in the dialect of the report's language:
    /// Excel's for Danish, RFC 4180 for English.
    case csv
    /// The same rows in Excel's Danish dialect (`;`, decimal comma, byte-order mark), whatever the
    /// language.
    case csvExcel = "csv-excel"
    /// The same rows in RFC 4180's dialect (`,`, decimal point), whatever the language.
    case csvRFC4180 = "csv-rfc4180"
    /// A self-contained HTML page for people, printable to PDF.
    case html
    /// An Excel workbook: summary, requirements, findings and overlaps, with typed cells.
    case xlsx

    /// The reporter for this format, plain (no terminal colour).
    public var reporter: any Reporter { reporter(colour: false) }

    /// The reporter for this format; `colour` only affects `text`.
    public func reporter(colour: Bool) -> any Reporter {
        switch self {
        case .text: return TextReporter(colour: colour)
        case .json: return JSONReporter()
        case .junit: return JUnitReporter()
        case .sarif: return SARIFReporter()
        case .github: return GitHubReporter()
        case .codeclimate: return CodeClimateReporter()
        case .markdown: return MarkdownReporter()
        case .csv: return CSVReporter()
        case .csvExcel: return CSVReporter(dialect: .excel)
        case .csvRFC4180: return CSVReporter(dialect: .rfc4180)
        case .html: return HTMLReporter()
        case .xlsx: return XLSXReporter()
        }
    }

    /// What the format is for, for `--help`.
    public var purpose: String {
        switch self {
        case .text: return "the terminal report"
        case .json: return "the versioned JSON schema"
        case .junit: return "JUnit XML for CI test dashboards"
        case .sarif: return "SARIF 2.1.0 for code-scanning tools"
        case .github: return "GitHub Actions annotations"
        case .codeclimate: return "GitLab Code Quality (CodeClimate JSON) for merge requests"
        case .markdown: return "a summary for a pull request or job summary"
        case .csv: return "one row per requirement for spreadsheets; Excel's dialect with --lang da"
        case .csvExcel: return "the CSV in Danish Excel's dialect (; and decimal comma)"
        case .csvRFC4180: return "the CSV in RFC 4180's dialect (, and decimal point)"
        case .html: return "a self-contained page for people, printable to PDF"
        case .xlsx: return "an Excel workbook with typed cells and filters; needs a file"
        }
    }

    /// The file extension of a report in this format, for a batch run that writes one report
    /// per package into a folder: distinct for every format, so reports never overwrite each
    /// other.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .json: return "json"
        case .junit: return "junit.xml"
        case .sarif: return "sarif"
        case .github: return "github.txt"
        case .codeclimate: return "codeclimate.json"
        case .markdown: return "md"
        case .csv: return "csv"
        case .csvExcel: return "excel.csv"
        case .csvRFC4180: return "rfc4180.csv"
        case .html: return "html"
        case .xlsx: return "xlsx"
        }
    }

    /// Whether the format is binary (a zip archive) rather than text: such a report is never
    /// written to standard output, where it would garble a terminal, and its bytes come from
    /// `renderUTF8`, not `render`.
    public var isBinary: Bool { self == .xlsx }
}
