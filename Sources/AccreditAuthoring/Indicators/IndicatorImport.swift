import AccreditCore
import Foundation

/// Turns the rows of a Kolada export into manifest entries for one unit: one `<indicator>` per
/// KPI and period (the KPI id, or the id `mapping` gives it, as the indicator's id; a year
/// `2024` as the period 2024-01-01 to 2024-12-31; a missing value as `missing="true"`). Values
/// the manifest already has for the same indicator and period are kept; a different value for
/// one is a conflict, named with both places, and nothing is imported.
public struct IndicatorImport: Sendable {
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var value: String?
        public var unit: String
        public var periodStart: Day
        public var periodEnd: Day

        /// The entry as a manifest line.
        public var element: String {
            let value = self.value.map { #"value="\#(MarkupEscape.xml($0))""# } ?? #"missing="true""#
            return #"<indicator id="\#(MarkupEscape.xml(id))" \#(value) unit="\#(MarkupEscape.xml(unit))" "#
                + #"periodStart="\#(periodStart)" periodEnd="\#(periodEnd)"/>"#
        }
    }

    /// The entries to add, in the order of the export.
    public var entries: [Entry]
    /// Rows whose value the manifest already has.
    public var alreadyPresent: Int

    /// - Parameters:
    ///   - municipality: which municipality's (or unit's) rows to take; needed when the export
    ///     holds more than one.
    ///   - gender: which gender's values to take when the export has a gender column (Kolada's
    ///     `T` for all by default).
    ///   - existing: the manifest's values, by indicator id, oldest first (`series`).
    public init(
        _ export: KoladaExport, municipality: String?, gender: String = "T", mapping: [String: String] = [:],
        unit: String? = nil, existing: [String: [EvaluationPackage.IndicatorValue]] = [:]
    ) throws(AccreditErrors) {
        let municipalities = Array(Set(export.rows.map(\.municipality))).sorted()
        guard let chosen = municipality ?? (municipalities.count == 1 ? municipalities.first : nil) else {
            throw Self.refusal(
                da: "eksporten har værdier for flere kommuner eller enheder (\(municipalities.joined(separator: ", ")))",
                en: "the export has values for several municipalities or units (\(municipalities.joined(separator: ", ")))",
                hintDA: "Vælg én med --municipality.", hintEN: "Choose one with --municipality.")
        }
        var problems: [AccreditError] = []
        var entries: [Entry] = []
        var seen: [String: (Entry, String)] = [:]
        var present = 0
        for row in export.rows where row.municipality == chosen && (row.gender == nil || row.gender == gender) {
            guard let year = Int(row.period), (1900...9999).contains(year),
                let start = Day(iso: "\(year)-01-01"), let end = Day(iso: "\(year)-12-31")
            else {
                problems.append(
                    Self.problem(
                        row, da: "perioden \"\(row.period)\" er ikke et årstal", en: "the period \"\(row.period)\" is not a year")
                )
                continue
            }
            let id = mapping[row.kpi] ?? row.kpi
            let known = existing[id] ?? []
            let entry = Entry(
                id: id, value: row.value, unit: unit ?? known.last?.unit ?? "", periodStart: start, periodEnd: end)
            let key = "\(id)|\(start)|\(end)"
            if let (earlier, place) = seen[key] {
                if earlier.value != entry.value {
                    problems.append(
                        Self.problem(
                            row,
                            da:
                                "\(id) for \(year) er \(Self.words(entry.value, .da)), men \(place) har \(Self.words(earlier.value, .da))",
                            en:
                                "\(id) for \(year) is \(Self.words(entry.value, .en)), but \(place) has \(Self.words(earlier.value, .en))"
                        ))
                }
                continue
            }
            seen[key] = (entry, row.place)
            if let have = known.first(where: { $0.periodStart == start && $0.periodEnd == end }) {
                let haveValue = have.missing ? nil : have.text
                if Self.same(haveValue, entry.value) {
                    present += 1
                } else {
                    problems.append(
                        Self.problem(
                            row,
                            da:
                                "\(id) for \(year) er \(Self.words(entry.value, .da)), men manifestet har \(Self.words(haveValue, .da)) (\(have.location))",
                            en:
                                "\(id) for \(year) is \(Self.words(entry.value, .en)), but the manifest has \(Self.words(haveValue, .en)) (\(have.location))"
                        ))
                }
                continue
            }
            entries.append(entry)
        }
        guard problems.isEmpty else { throw AccreditErrors(problems) }
        self.entries = entries
        alreadyPresent = present
    }

    /// `manifest` with the entries added before its closing `</package>`, everything else kept
    /// byte for byte.
    public func merged(into manifest: String) -> String? {
        guard !entries.isEmpty else { return manifest }
        guard let close = manifest.range(of: "</package>", options: .backwards) else { return nil }
        let lines = entries.map { "  " + $0.element + "\n" }.joined()
        let before = manifest[..<close.lowerBound]
        let separator = before.hasSuffix("\n") ? "" : "\n"
        return before + separator + lines + manifest[close.lowerBound...]
    }

    private static func same(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?): return a == b || Double(a).map { $0 == Double(b) } ?? false
        default: return false
        }
    }

    private static func words(_ value: String?, _ l: Language) -> String {
        value ?? (l == .da ? "markeret som manglende" : "marked missing")
    }

    private static func problem(_ row: KoladaExport.Row, da: String, en: String) -> AccreditError {
        let prefix =
            row.location.line > 0
            ? "" : row.place.split(separator: ":").last.map { "\($0.trimmingCharacters(in: .whitespaces)): " } ?? ""
        return AccreditError(
            .invalid, at: row.location, message: LocalisedText(da: prefix + da, en: prefix + en),
            hint: LocalisedText(
                da: "Ret værdien i eksporten eller i manifestet; intet er importeret.",
                en: "Correct the value in the export or in the manifest; nothing was imported."))
    }

    private static func refusal(da: String, en: String, hintDA: String, hintEN: String) -> AccreditErrors {
        AccreditErrors([
            AccreditError(.invalid, at: nil, message: LocalisedText(da: da, en: en), hint: LocalisedText(da: hintDA, en: hintEN))
        ])
    }
}
