import AccreditCore

/// Reads indicator values from a CSV export: a header row naming at least the columns
/// `unit`, `indicator`, `period` and `value` (any order; `direction` optional, `higher` or
/// `lower`), comma or semicolon separated, UTF-8. A value may use a decimal comma. Kolada's
/// markers for missing data ("–" or "-" bortfall, "." ej tillämplig, ".." sekretess) and an
/// empty cell count as missing.
public enum IndicatorTable {
    public struct Parsed: Sendable {
        public var observations: [IndicatorComparison.Observation]
        public var directions: [String: IndicatorComparison.Direction]
    }

    public static func parse(_ text: String, file: String) throws(AccreditError) -> Parsed {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first else { throw problem(file, 1, da: "filen er tom", en: "the file is empty") }
        let separator: Character = header.contains(";") ? ";" : ","
        let columns = split(header, separator).map { $0.lowercased() }
        func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
        guard let unit = column("unit"), let indicator = column("indicator"), let period = column("period"),
            let value = column("value")
        else {
            throw problem(
                file, 1, da: "overskriften skal have kolonnerne unit, indicator, period og value",
                en: "the header needs the columns unit, indicator, period and value")
        }
        let direction = column("direction")
        var parsed = Parsed(observations: [], directions: [:])
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters().isEmpty {
            let cells = split(line, separator)
            guard cells.count == columns.count else {
                throw problem(
                    file, index + 1, da: "rækken har \(cells.count) felter; overskriften har \(columns.count)",
                    en: "the row has \(cells.count) fields; the header has \(columns.count)")
            }
            let raw = cells[value]
            let number: Double?
            if ["", "-", "–", ".", ".."].contains(raw) {
                number = nil
            } else if let parsedNumber = Double(raw.replacingComma()) {
                number = parsedNumber
            } else {
                throw problem(
                    file, index + 1, da: "værdien \"\(raw)\" er hverken et tal eller en markør for manglende data",
                    en: "the value \"\(raw)\" is neither a number nor a missing-data marker")
            }
            parsed.observations.append(
                .init(unit: cells[unit], indicator: cells[indicator], period: cells[period], value: number))
            if let direction, let d = IndicatorComparison.Direction(rawValue: cells[direction]) {
                parsed.directions[cells[indicator]] = d
            }
        }
        return parsed
    }

    /// Splits one CSV line, honouring double quotes.
    static func split(_ line: String, _ separator: Character) -> [String] {
        var cells: [String] = []
        var current = ""
        var quoted = false
        var iterator = line.makeIterator()
        while let c = iterator.next() {
            if c == "\"" {
                if quoted, let next = iterator.next() {
                    if next == "\"" {
                        current.append("\"")
                    } else {
                        quoted = false
                        if next == separator {
                            cells.append(current)
                            current = ""
                        } else {
                            current.append(next)
                        }
                    }
                } else {
                    quoted.toggle()
                }
            } else if c == separator && !quoted {
                cells.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        cells.append(current)
        return cells.map { $0.trimmingCharacters() }
    }

    private static func problem(_ file: String, _ line: Int, da: String, en: String) -> AccreditError {
        AccreditError(
            .invalid, at: SourceLocation(file: file, line: line), message: LocalisedText(da: da, en: en),
            hint: LocalisedText(
                da: "Se formatet under `accredit compare --help`.", en: "See the format in `accredit compare --help`."))
    }
}

extension String {
    func trimmingCharacters() -> String { trimmedSpaces }
    func replacingComma() -> String { String(map { $0 == "," ? "." : $0 }) }
}
