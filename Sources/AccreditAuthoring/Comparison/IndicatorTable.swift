import AccreditCore

/// Reads indicator values from a CSV export as spreadsheets save them: a header row naming the
/// columns `unit`, `indicator`, `period` and `value` (any order, any case; `direction` optional,
/// `higher` or `lower`), or their Danish names (`Kommune` or `Enhed`, `Nøgletal` or `Indikator`,
/// `År` or `Periode`, `Værdi`, `Retning`), or any names mapped with `columns`. Comma or
/// semicolon separated; UTF-8 with or without a byte-order mark, else Windows-1252 (what Excel's
/// "CSV (semikolonsepareret)" writes); quoted cells may hold separators, quotes and line
/// breaks. A value may use a decimal comma and Danish grouping (`1.234,5`). Kolada's markers
/// for missing data ("–" or "-" bortfall, "." ej tillämplig, ".." sekretess) and an empty cell
/// count as missing.
///
/// Every indicator needs a direction, from its column or from `directions` (the indicator
/// rules): ranking without one would take "higher is better" for a cost, and colour the most
/// expensive unit green. A missing one is refused at the first line of that indicator.
public enum IndicatorTable {
    public struct Parsed: Sendable {
        public var observations: [IndicatorComparison.Observation]
        public var directions: [String: IndicatorComparison.Direction]
    }

    /// The four columns every table needs and the optional fifth, by their English names.
    public static let columnNames = ["unit", "indicator", "period", "value", "direction"]

    /// Danish names a header may use for each column, lower case.
    static let danishNames: [String: [String]] = [
        "unit": ["kommune", "enhed"], "indicator": ["nøgletal", "indikator"], "period": ["år", "periode"],
        "value": ["værdi"], "direction": ["retning"],
    ]

    /// The text of a file's bytes: UTF-8 (a byte-order mark dropped) when they are valid UTF-8,
    /// else Windows-1252, which every byte sequence is.
    public static func decode(_ bytes: [UInt8]) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        for byte in body {
            if (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(windows1252High[Int(byte) - 0x80]) {
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Windows-1252 at 0x80–0x9F; the rest of its upper half is ISO 8859-1.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E,
        0x0178,
    ]

    /// Parses a table; `columns` maps a column (`unit`, `indicator`, `period`, `value`,
    /// `direction`) to the header it has in this file, and `directions` gives the direction of
    /// indicators the table has no direction for.
    public static func parse(
        _ text: String, file: String, columns mapping: [String: String] = [:],
        directions known: [String: IndicatorComparison.Direction] = [:]
    ) throws(AccreditError) -> Parsed {
        let records = self.records(text)
        guard let header = records.all.first, header.cells.contains(where: { !$0.isEmpty }) else {
            throw problem(file, 1, da: "filen er tom", en: "the file is empty")
        }
        let names = header.cells.map { $0.lowercased() }
        func column(_ name: String) -> Int? {
            if let mapped = mapping[name] { return names.firstIndex(of: mapped.lowercased()) }
            return names.firstIndex(of: name) ?? danishNames[name]?.lazy.compactMap { names.firstIndex(of: $0) }.first
        }
        guard let unit = column("unit"), let indicator = column("indicator"), let period = column("period"),
            let value = column("value")
        else {
            let missing = columnNames.prefix(4).filter { column($0) == nil }.joined(separator: ", ")
            throw problem(
                file, 1,
                da: "overskriften mangler kolonnen eller kolonnerne \(missing) (fundet: \(header.cells.joined(separator: ", ")))",
                en: "the header lacks the column(s) \(missing) (found: \(header.cells.joined(separator: ", ")))",
                hintDA: "Navngiv dem unit, indicator, period og value (eller Kommune, Nøgletal, År og Værdi), "
                    + "eller angiv dem med --column, fx --column unit=Enhed.",
                hintEN: "Name them unit, indicator, period and value (or Kommune, Nøgletal, År and Værdi), "
                    + "or map them with --column, e.g. --column unit=Unit.")
        }
        let direction = column("direction")
        var parsed = Parsed(observations: [], directions: [:])
        var firstLine: [String: Int] = [:]
        for record in records.all.dropFirst() where record.cells.contains(where: { !$0.isEmpty }) {
            let cells = record.cells
            guard cells.count == names.count else {
                throw problem(
                    file, record.line, da: "rækken har \(cells.count) felter; overskriften har \(names.count)",
                    en: "the row has \(cells.count) fields; the header has \(names.count)")
            }
            let raw = cells[value]
            let number: Double?
            if ["", "-", "–", ".", ".."].contains(raw) {
                number = nil
            } else if let parsedNumber = self.number(raw, danish: records.separator == ";") {
                number = parsedNumber
            } else {
                throw problem(
                    file, record.line, da: "værdien \"\(raw)\" er hverken et tal eller en markør for manglende data",
                    en: "the value \"\(raw)\" is neither a number nor a missing-data marker")
            }
            let id = cells[indicator]
            parsed.observations.append(.init(unit: cells[unit], indicator: id, period: cells[period], value: number))
            if firstLine[id] == nil { firstLine[id] = record.line }
            if let direction, !cells[direction].isEmpty {
                guard let d = Self.direction(cells[direction]) else {
                    throw problem(
                        file, record.line, da: "retningen \"\(cells[direction])\" er hverken higher eller lower",
                        en: "the direction \"\(cells[direction])\" is neither higher nor lower")
                }
                parsed.directions[id] = d
            }
        }
        for (id, line) in firstLine.sorted(by: { $0.value < $1.value }) where parsed.directions[id] == nil {
            guard let d = known[id] else {
                throw problem(
                    file, line, da: "nøgletallet \(id) har ingen retning, så det kan ikke rangeres",
                    en: "the indicator \(id) has no direction, so it cannot be ranked",
                    hintDA: "Tilføj kolonnen direction (higher eller lower: er en høj værdi god eller dårlig?), "
                        + "eller en indikatorregel med parameteren direction.",
                    hintEN: "Add a direction column (higher or lower: is a high value good or bad?), "
                        + "or an indicator rule with the direction parameter.")
            }
            parsed.directions[id] = d
        }
        return parsed
    }

    /// `higher`/`lower`, or their Danish words `højere`/`lavere`.
    static func direction(_ text: String) -> IndicatorComparison.Direction? {
        switch text.lowercased() {
        case "higher", "højere": return .higher
        case "lower", "lavere": return .lower
        default: return nil
        }
    }

    /// A number as spreadsheets write it: `72.5`, `72,5`, `1.234,5`, `1,234.5`, `1 234,5`. In a
    /// semicolon-separated (Danish) file, `2.000` and `1.234.567` are thousands.
    static func number(_ raw: String, danish: Bool = false) -> Double? {
        var text = raw.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        if text.hasPrefix("−") { text = "-" + text.dropFirst() }
        let comma = text.lastIndex(of: ",")
        let dot = text.lastIndex(of: ".")
        switch (comma, dot) {
        case (let c?, let d?) where c > d:
            text = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        case (_?, _?): text = text.replacingOccurrences(of: ",", with: "")
        case (_?, nil): text = text.replacingComma()
        case (nil, _?) where danish && text.wholeMatch(of: /-?\d{1,3}(\.\d{3})+/) != nil:
            text = text.replacingOccurrences(of: ".", with: "")
        default: break
        }
        return Double(text)
    }

    /// One record of a CSV text: its cells and the line it starts on.
    struct Record {
        var cells: [String]
        var line: Int
    }

    /// The records of a CSV text, honouring double quotes: a quoted cell may hold the separator,
    /// doubled quotes and line breaks. The separator is the header's: `;` if it has one, else `,`.
    static func records(_ text: String) -> (all: [Record], separator: Character) {
        let headerLine = text.prefix { !$0.isNewline }
        let separator: Character = headerLine.contains(";") ? ";" : ","
        var records: [Record] = []
        var cells: [String] = []
        var current = ""
        var quoted = false
        var line = 1
        var start = 1
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" {
                        current.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    if c.isNewline { line += 1 }
                    current.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == separator {
                cells.append(current.trimmingCharacters())
                current = ""
            } else if c.isNewline {
                cells.append(current.trimmingCharacters())
                records.append(Record(cells: cells, line: start))
                cells = []
                current = ""
                line += 1
                start = line
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty || !cells.isEmpty {
            cells.append(current.trimmingCharacters())
            records.append(Record(cells: cells, line: start))
        }
        return (records, separator)
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

    private static func problem(
        _ file: String, _ line: Int, da: String, en: String, hintDA: String = "Se formatet under `accredit compare --help`.",
        hintEN: String = "See the format in `accredit compare --help`."
    ) -> AccreditError {
        AccreditError(
            .invalid, at: SourceLocation(file: file, line: line), message: LocalisedText(da: da, en: en),
            hint: LocalisedText(da: hintDA, en: hintEN))
    }
}

extension String {
    func trimmingCharacters() -> String { trimmedSpaces }
    func replacingComma() -> String { String(map { $0 == "," ? "." : $0 }) }
}
