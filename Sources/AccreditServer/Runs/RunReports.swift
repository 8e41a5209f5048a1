import AccreditCore
import AccreditReports

/// The reports stored with a run: every format the command line writes, in both languages,
/// keyed `format.language` (`json.en`, `html.da`).
public enum RunReports {
    public static func key(format: ReportFormat, language: Language) -> String {
        "\(format.rawValue).\(language.rawValue)"
    }

    static func render(_ report: Report) -> [String: [UInt8]] {
        var reports: [String: [UInt8]] = [:]
        for format in ReportFormat.allCases {
            for language in [Language.da, .en] {
                reports[key(format: format, language: language)] = format.reporter.renderUTF8(report, language: language)
            }
        }
        return reports
    }

    /// The media type a report is served with.
    public static func contentType(_ format: ReportFormat) -> String {
        switch format {
        case .json, .codeclimate: return "application/json"
        case .html: return "text/html; charset=utf-8"
        case .sarif: return "application/sarif+json"
        case .junit: return "application/xml"
        case .markdown: return "text/markdown; charset=utf-8"
        case .csv, .csvExcel, .csvRFC4180: return "text/csv; charset=utf-8"
        case .text, .github: return "text/plain; charset=utf-8"
        case .xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }
}
