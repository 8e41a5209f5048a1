import AccreditCore
import Foundation

/// Indicator values exported from Kolada (or in its shape): CSV with a header naming
/// `municipality` (or `unit`), `kpi`, `period` and `value`, optionally `gender` and `status`,
/// comma or semicolon separated, decimal commas allowed; or Kolada's JSON API answer
/// `{"values":[{"kpi":…,"municipality":…,"period":2024,"values":[{"gender":"T","status":"","value":12.5}]}]}`.
/// A value with a status, null, empty or one of Kolada's markers ("–", "-", ".", "..") is
/// missing, which is not a zero.
public struct KoladaExport: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var municipality: String
        public var kpi: String
        public var period: String
        /// The value as a manifest writes it (decimal point), nil when missing.
        public var value: String?
        public var gender: String?
        /// Where in the export: the CSV line, or for JSON the entry (`values[3]`) at line 0.
        public var location: SourceLocation
        public var place: String
    }

    public var rows: [Row]

    /// Reads `bytes` of the file named `name`: JSON when it starts with `{`, else CSV.
    public init(_ bytes: [UInt8], name: String) throws(AccreditError) {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "{" {
            rows = try Self.json(bytes, name)
        } else {
            rows = try Self.csv(text, name)
        }
    }

    static let missingMarkers: Set<String> = ["", "-", "–", ".", ".."]

    private static func csv(_ text: String, _ name: String) throws(AccreditError) -> [Row] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { throw problem(name, 1, da: "filen er tom", en: "the file is empty") }
        let header = first.hasPrefix("\u{FEFF}") ? String(first.dropFirst()) : first
        let separator: Character = header.contains(";") ? ";" : ","
        let columns = IndicatorTable.split(header, separator).map { $0.lowercased() }
        func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
        guard let municipality = column("municipality") ?? column("unit"), let kpi = column("kpi"),
            let period = column("period"), let value = column("value")
        else {
            throw problem(
                name, 1, da: "overskriften skal have kolonnerne municipality (eller unit), kpi, period og value",
                en: "the header needs the columns municipality (or unit), kpi, period and value")
        }
        let gender = column("gender")
        let status = column("status")
        var rows: [Row] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let cells = IndicatorTable.split(line, separator)
            guard cells.count == columns.count else {
                throw problem(
                    name, index + 1, da: "rækken har \(cells.count) felter; overskriften har \(columns.count)",
                    en: "the row has \(cells.count) fields; the header has \(columns.count)")
            }
            let raw = cells[value]
            let marked = status.map { !cells[$0].isEmpty } ?? false
            var text: String?
            if !marked && !missingMarkers.contains(raw) {
                let point = String(raw.map { $0 == "," ? "." : $0 })
                guard Double(point) != nil else {
                    throw problem(
                        name, index + 1, da: "værdien \"\(raw)\" er hverken et tal eller en markør for manglende data",
                        en: "the value \"\(raw)\" is neither a number nor a missing-data marker")
                }
                text = point
            }
            rows.append(
                Row(
                    municipality: cells[municipality], kpi: cells[kpi], period: cells[period], value: text,
                    gender: gender.map { cells[$0] }, location: SourceLocation(file: name, line: index + 1),
                    place: "\(name):\(index + 1)"))
        }
        return rows
    }

    private static func json(_ bytes: [UInt8], _ name: String) throws(AccreditError) -> [Row] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            let entries = object["values"] as? [[String: Any]]
        else {
            throw problem(
                name, 0, da: "JSON-filen har ikke Koladas form {\"values\": [...]}",
                en: "the JSON file does not have Kolada's shape {\"values\": [...]}")
        }
        func text(_ any: Any?) -> String? {
            switch any {
            case let string as String: return string
            case let number as NSNumber: return number.stringValue
            default: return nil
            }
        }
        var rows: [Row] = []
        for (index, entry) in entries.enumerated() {
            let place = "\(name): values[\(index)]"
            guard let kpi = text(entry["kpi"]), let municipality = text(entry["municipality"] ?? entry["ou"]),
                let period = text(entry["period"]), let values = entry["values"] as? [[String: Any]]
            else {
                throw AccreditError(
                    .invalid, at: SourceLocation(file: name, line: 0),
                    message: LocalisedText(
                        da: "values[\(index)] mangler kpi, municipality, period eller values",
                        en: "values[\(index)] lacks kpi, municipality, period or values"),
                    hint: hint)
            }
            for value in values {
                let status = text(value["status"]) ?? ""
                let raw = value["value"] is NSNull ? nil : text(value["value"])
                let usable = status.isEmpty ? raw.flatMap { missingMarkers.contains($0) ? nil : $0 } : nil
                rows.append(
                    Row(
                        municipality: municipality, kpi: kpi, period: period, value: usable, gender: text(value["gender"]),
                        location: SourceLocation(file: name, line: 0), place: place))
            }
        }
        return rows
    }

    static let hint = LocalisedText(
        da: "Se formatet under `accredit indicators import --help`.", en: "See the format in `accredit indicators import --help`."
    )

    static func problem(_ file: String, _ line: Int, da: String, en: String) -> AccreditError {
        AccreditError(.invalid, at: SourceLocation(file: file, line: line), message: LocalisedText(da: da, en: en), hint: hint)
    }
}
