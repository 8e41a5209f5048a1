import AccreditAuthoring
import AccreditCore

/// A catalogue diff as plain text: the differences grouped by what they concern, each field's
/// old and new value, then the sector requirements affected and the totals.
struct CatalogueDiffTextRenderer: CatalogueDiffRenderer {
    /// The old version as the user named it.
    let old: String
    /// The new version as the user named it.
    let new: String

    func render(_ diff: CatalogueDiff, language l: Language) -> String {
        let da = l == .da
        var out = [(da ? "Forskelle fra " : "Differences from ") + old + (da ? " til " : " to ") + new, ""]
        guard !diff.isEmpty else {
            out.append(da ? "Ingen forskelle." : "No differences.")
            return out.joined(separator: "\n") + "\n"
        }
        for subject in CatalogueDiff.Subject.allCases {
            let differences = diff.differences.filter { $0.subject == subject }
            guard !differences.isEmpty else { continue }
            out.append(subject.name.text(l) + " (\(differences.count))")
            for difference in differences {
                let owner = difference.owner.map { " (\($0))" } ?? ""
                out.append("  " + pad(difference.kind.name.text(l), 10) + difference.id + owner)
                for change in difference.changes {
                    let language = change.language.map { " [\($0.rawValue)]" } ?? ""
                    out.append("      \(change.field.name.text(l))\(language): \(quoted(change.old)) → \(quoted(change.new))")
                }
            }
            out.append("")
        }
        out.append(
            (da
                ? "Sektorkrav berørt af ændringer på koncernniveau"
                : "Sector requirements affected by changes at the concern level")
                + " (\(diff.affected.count))")
        for affected in diff.affected {
            let causes = affected.causes.map { cause in
                let fields = cause.fields.isEmpty ? "" : ": " + cause.fields.map { $0.name.text(l) }.joined(separator: ", ")
                return "\(cause.concern) (\(cause.relation.rawValue)) \(cause.kind.name.text(l))\(fields)"
            }
            out.append("  \(affected.sector) (\(affected.standard)) ← " + causes.joined(separator: "; "))
        }
        if diff.affected.isEmpty { out.append(da ? "  ingen" : "  none") }
        out.append("")
        let counts = CatalogueDiff.Kind.allCases.map { "\(diff.count($0)) \($0.name.text(l))" }.joined(separator: ", ")
        out.append(
            (da ? "I alt: " : "Total: ") + counts + "; " + "\(diff.affected.count) "
                + (da ? "sektorkrav berørt" : "sector requirements affected"))
        return out.joined(separator: "\n") + "\n"
    }

    private func quoted(_ value: String) -> String { value.isEmpty ? "–" : "\"\(value)\"" }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
