import AccreditCore

/// Writes the report as JSON (schema `Schemas/report.schema.json`) with sorted keys, so output
/// is byte-stable.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: Report, language: Language) -> String {
        JSONReport(report, language: language).serialized()
    }

    public func renderUTF8(_ report: Report, language: Language) -> [UInt8] {
        JSONReport(report, language: language).utf8()
    }
}
