import AccreditCore
import Foundation

/// Writes the report as JSON (schema `Schemas/report.schema.json`) with sorted keys, so output
/// is byte-stable.
public struct JSONReporter: Reporter {
    /// Cores to render a large report on (the bytes are the same on any number).
    var concurrency = Cores.available
    /// Reports with more requirements than this are rendered in pieces of this many.
    var requirementsPerPiece = JSONReport.requirementsPerPiece

    public init() {}

    public func render(_ report: Report, language: Language) -> String {
        String(decoding: renderUTF8(report, language: language), as: UTF8.self)
    }

    public func renderUTF8(_ report: Report, language: Language) -> [UInt8] {
        json(report, language).utf8()
    }

    public func render(_ report: Report, language: Language, into output: ([UInt8]) throws -> Void) rethrows {
        try json(report, language).write(to: output)
    }

    private func json(_ report: Report, _ language: Language) -> JSONReport {
        var json = JSONReport(report, language: language)
        json.concurrency = concurrency
        json.requirementsPerPiece = requirementsPerPiece
        return json
    }
}
