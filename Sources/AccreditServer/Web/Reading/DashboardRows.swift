import AccreditCore

/// The dashboard's table rows, written here rather than by the template: an organisation of a
/// thousand units makes a thousand rows of a dozen values, and Mustache's lookup of each value
/// through the context stack was a third of the page's time (BENCHMARKS.md, the server). The
/// markup is the template's, every text escaped by the core's markup escaper.
enum DashboardRows {
    static func html(_ rows: [[String: Any]], language: Language) -> String {
        let failed = MarkupEscape.html(DashboardPage.texts["failed"]!.text(language))
        let noRuns = MarkupEscape.html(PageTexts.common["noRuns"]!.text(language))
        var out = ""
        out.reserveCapacity(rows.count * 900)
        for row in rows {
            out += html(row, failed: failed, noRuns: noRuns)
        }
        return out
    }

    private static func html(_ row: [String: Any], failed: String, noRuns: String) -> String {
        func text(_ key: String) -> String { MarkupEscape.html(row[key] as? String ?? "") }
        var out = "<tr>\n<th scope=\"row\"><a href=\"\(text("href"))\">\(text("name"))</a></th>\n<td>\(text("level"))</td>\n"
        guard row["hasRun"] as? Bool == true else {
            return out + "<td colspan=\"8\" class=\"muted\">\(noRuns)</td>\n</tr>\n"
        }
        out += "<td>"
        if let verdict = row["verdict"] as? [String: Any] {
            let badge = MarkupEscape.html(verdict["class"] as? String ?? "")
            out += "<span class=\"verdict \(badge)\">\(MarkupEscape.html(verdict["name"] as? String ?? ""))</span>"
        }
        if row["failed"] as? Bool == true { out += "<br><small class=\"muted\">\(failed)</small>" }
        out += "</td>\n<td class=\"number\">\(text("share"))</td>\n<td>"
        if let trend = row["trend"] as? [String: Any] {
            let words = MarkupEscape.html(trend["words"] as? String ?? "")
            if trend["none"] as? Bool == true {
                out += "<span class=\"muted\">\(words)</span>"
            } else {
                let direction = MarkupEscape.html(trend["direction"] as? String ?? "")
                let arrow = MarkupEscape.html(trend["arrow"] as? String ?? "")
                let points = (trend["points"] as? String).map { " " + MarkupEscape.html($0) } ?? ""
                out +=
                    "<span class=\"reading-trend reading-trend-\(direction)\"><span aria-hidden=\"true\">\(arrow)</span> \(words)\(points)</span>"
            }
        } else {
            out += "–"
        }
        out += "</td>\n<td class=\"number\">\(text("gaps"))</td>\n<td class=\"number\">\(text("within30"))</td>\n"
        out += "<td class=\"number\(row["warn7"] as? Bool == true ? " reading-warn" : "")\">\(text("within7"))</td>\n"
        out += "<td class=\"number\(row["warnExpired"] as? Bool == true ? " reading-alert" : "")\">\(text("expired"))</td>\n"
        out +=
            "<td class=\"reading-date\"><a href=\"\(text("runHref"))\"><time datetime=\"\(text("lastRunISO"))\">\(text("lastRun"))</time></a></td>\n</tr>\n"
        return out
    }
}
