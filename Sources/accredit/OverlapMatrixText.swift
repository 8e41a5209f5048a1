import AccreditAuthoring
import AccreditCore

/// Renders an `OverlapMatrix` as plain text in one language.
enum OverlapMatrixText {
    static func render(_ m: OverlapMatrix, language l: Language) -> String {
        let da = l == .da
        var out: [String] = []
        out.append(
            (da ? "Relationer mellem " : "Relations between ") + "\(m.concern.id) \(m.concern.version)"
                + (da ? " og " : " and ") + "\(m.sector.id) \(m.sector.version)")
        out.append("")
        let width = max(12, m.rows.map(\.sector.id.count).max() ?? 0)
        out.append(
            pad(da ? "Sektorkrav" : "Sector", width) + "  " + pad(da ? "Dækning" : "Coverage", 15) + "  "
                + (da ? "Koncernkrav (relation)" : "Concern (relation)"))
        for row in m.rows {
            let relations = row.relations.map { "\($0.concern) (\($0.type.rawValue))" }.joined(separator: ", ")
            out.append(
                pad(row.sector.id, width) + "  " + pad(row.coverage.name.text(l), 15) + "  "
                    + (relations.isEmpty ? "–" : relations))
        }
        let counts = m.counts
        out.append("")
        out.append(OverlapMatrix.Coverage.allCases.map { "\($0.name.text(l)): \(counts[$0] ?? 0)" }.joined(separator: ", "))
        out.append("")
        out.append((da ? "Sektoren skylder selv" : "The sector still owes") + " (\(m.sectorOwes.count))")
        for r in m.sectorOwes { out.append("  \(r.id)  \(r.title.text(l))") }
        out.append("")
        out.append(
            (da ? "Sektorkrav uden modstykke på koncernniveau" : "Sector requirements with no concern counterpart")
                + " (\(m.sectorWithoutCounterpart.count))")
        for r in m.sectorWithoutCounterpart { out.append("  \(r.id)  \(r.title.text(l))") }
        out.append("")
        out.append(
            (da ? "Koncernkrav uden modstykke i \(m.sector.id)" : "Concern requirements with no counterpart in \(m.sector.id)")
                + " (\(m.concernWithoutCounterpart.count))")
        for r in m.concernWithoutCounterpart { out.append("  \(r.id)  \(r.title.text(l))") }
        return out.joined(separator: "\n") + "\n"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
