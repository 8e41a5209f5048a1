import AccreditCore
import Foundation

/// Writes the report as JSON with sorted keys, so output is byte-stable.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: Report, language: Language) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        let data = try! encoder.encode(JSONReport(report, language: language))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
